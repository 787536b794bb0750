import { storyClustersFromLinks } from '@copydesk/dedupe'
import { toTaskDocument } from '../process/tasks.js'
import type { ReportReuse } from '../report/types.js'
import type { Related } from './relate.js'
import { type RunInput, type RunLog, readDocuments } from './run.js'

/** The shared passages of related pairs, and the stories the relations make. */
export interface Aligned {
  /** Pairs with shared passages, sorted by their ids. */
  reuse: ReportReuse[]
  /** Stories of two or more documents, as their ids. */
  stories: string[][]
}

/**
 * Step 3: reads the input again for the texts of the pairs `relate` found sharing shingles, and
 * aligns each pair in a worker for its shared passages (`sharedPassages` of `@copydesk/dedupe`). A
 * pair that fails goes to `log.errors`. With the passages the relations are complete, and they
 * are grouped into stories by `storyClustersFromLinks` of `@copydesk/dedupe`: stars around the
 * best-connected document, so a story does not chain through a common phrase.
 *
 * @example
 *   const {reuse, stories} = await align({source, pool}, {ids: analysed.dates.keys(), related}, log)
 *   stories // [['000', '001', '002', '003']]
 */
export async function align(
  { source, pool }: RunInput,
  { ids, related }: { ids: Iterable<string>; related: Related },
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
  const stories = storyClustersFromLinks(
    ids,
    [...related.pairs, ...related.similarPairs, ...reuse],
    {
      minSize: 2,
    },
  ).map((story) => story.members)
  return { reuse, stories }
}
