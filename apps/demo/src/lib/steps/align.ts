import { storyClustersFromLinks, storyDefaults } from '@copydesk/dedupe'
import { toTaskDocument } from '../process/tasks.js'
import type { ReportReuse } from '../report/types.js'
import type { DatedAs } from './analyse.js'
import type { Related } from './relate.js'
import { type RunInput, type RunLog, readDocuments } from './run.js'

/** The shared passages of related pairs, and the stories the relations make. */
export interface Aligned {
  /** Pairs with shared passages, sorted by their ids. */
  reuse: ReportReuse[]
  /** Stories of two or more documents, as their ids. */
  stories: string[][]
  /** Each story's centre (the member every other is linked to), in the order of `stories`. */
  centres: string[]
}

/**
 * Step 3: reads the input again for the texts of the pairs `relate` found sharing shingles, and
 * aligns each pair in a worker for its shared passages (`sharedPassages` of `@copydesk/dedupe`). A
 * pair that fails goes to `log.errors`. With the passages the relations are complete, and they
 * are grouped into stories by `storyClustersFromLinks` of `@copydesk/dedupe`: stars around the
 * best-connected document, so a story does not chain through a common phrase. A pair's passages
 * link a story by dedupe's rule (`storyDefaults`): a passage of at least 12 aligned words and
 * shared 5-grams of weight 5 — a phrase several unrelated reports carry ("will be in charge of
 * the firm's") is reported as reuse but links no story; and no story
 * spans more than `windowDays` (14) between documents dated by their own evidence (given or
 * found; a story never forces a date: the undated are not limited).
 *
 * @example
 *   const {reuse, stories} = await align({source, pool}, {ids: analysed.dates.keys(), related}, log)
 *   stories // [['000', '001', '002', '003']]
 */
export async function align(
  { source, pool }: RunInput,
  {
    ids,
    related,
    dates,
    windowDays,
  }: {
    ids: Iterable<string>
    related: Related
    /** The documents' own dates (given or found), by id. */
    dates?: ReadonlyMap<string, DatedAs>
    /** The most days a story spans between dated members; 14 (dedupe's default) if not given. */
    windowDays?: number
  },
  log: RunLog,
): Promise<Aligned> {
  const candidates = related.passagePairs
  const texts = await readDocuments(source, new Set(candidates.flatMap(({ a, b }) => [a, b])))
  const reuse: ReportReuse[] = []
  await Promise.all(
    candidates.map(async (pair) => {
      const a = texts.get(pair.a)
      const b = texts.get(pair.b)
      if (!a || !b) return
      try {
        const output = await pool.run({
          kind: 'align',
          input: { a: toTaskDocument(a), b: toTaskDocument(b) },
        })
        if (output.kind === 'align' && output.output.length > 0) {
          reuse.push({ a: pair.a, b: pair.b, passages: output.output })
        }
      } catch (error) {
        log.errors.push({
          id: `${pair.a}~${pair.b}`,
          where: `${a.where} and ${b.where}`,
          code: 'processing-failed',
          reason: `Cannot align ${pair.a} with ${pair.b}: ${(error as Error).message}`,
        })
      }
    }),
  )
  texts.clear()
  reuse.sort((x, y) => (x.a === y.a ? x.b.localeCompare(y.b) : x.a.localeCompare(y.a)))
  const weights = new Map(candidates.map((pair) => [`${pair.a}\u0000${pair.b}`, pair.weight]))
  const distinctive = reuse.filter(
    (pair) =>
      (weights.get(`${pair.a}\u0000${pair.b}`) ?? 0) >= storyDefaults.minSharedShingles &&
      pair.passages.some((passage) => passage.words >= storyDefaults.minSharedWords),
  )
  const clusters = storyClustersFromLinks(
    ids,
    [...related.pairs, ...related.similarPairs, ...distinctive],
    { minSize: 2, dates: ownDates(dates), windowDays },
  )
  return {
    reuse,
    stories: clusters.map((story) => story.members),
    centres: clusters.map((story) => story.representative),
  }
}

/** The dates a document has of its own (given or found, readable), for the story window. */
function ownDates(dates: ReadonlyMap<string, DatedAs> | undefined): Map<string, number> {
  const own = new Map<string, number>()
  for (const [id, { value, source }] of dates ?? []) {
    if (value === undefined || source === 'inferred') continue
    const time = Date.parse(value)
    if (Number.isFinite(time)) own.set(id, time)
  }
  return own
}
