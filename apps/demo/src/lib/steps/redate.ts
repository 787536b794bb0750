import { planRedating } from '../corpus/redate.js'
import type { RedateOutput } from '../process/document.js'
import { toTaskDocument } from '../process/tasks.js'
import type { ReportDuplicatePair } from '../report/types.js'
import type { DatedAs } from './analyse.js'
import { type RunInput, type RunLog, readDocuments } from './run.js'

/** The documents dated from their related documents, and every document's date after that. */
export interface Redated {
  /** Per document dated again: its new date, temporal expressions and warnings. */
  updates: Map<string, RedateOutput>
  /** Every document's date, the inferred ones included, in input order. */
  dates: Map<string, DatedAs>
}

/** Rounds of dating: a document dated by inference can date its own siblings in the next round. */
const rounds = 3

/**
 * Step 4: dates the documents without a date of their own from their duplicates, then the other
 * members of their story (`resolveDocumentDate` of `@copydesk/dating` with `siblings`, in a
 * worker, which resolves the document's temporal expressions again against the new date). Reads
 * the input again for those documents' texts only. A document that fails goes to `log.errors`.
 *
 * @example
 *   const {updates, dates} = await redate({source, pool}, {pairs, stories, dates}, log)
 *   dates.get('001') // {value: '2016-11-07', source: 'inferred'}
 */
export async function redate(
  { source, pool }: RunInput,
  {
    pairs,
    stories,
    dates: found,
  }: {
    pairs: Pick<ReportDuplicatePair, 'a' | 'b'>[]
    stories: string[][]
    dates: ReadonlyMap<string, DatedAs>
  },
  log: RunLog,
): Promise<Redated> {
  const dates = new Map(found)
  const updates = new Map<string, RedateOutput>()
  const plan = planRedating({ pairs, stories }, dates)
  const texts = await readDocuments(source, new Set(plan.keys()))
  for (let round = 0; round < rounds; round++) {
    let progressed = false
    await Promise.all(
      [...plan.entries()]
        .filter(([id]) => !updates.has(id))
        .map(async ([id, relatedIds]) => {
          const document = texts.get(id)
          const siblings = relatedIds.flatMap(({ id: sibling, relation }) => {
            const value = dates.get(sibling)?.value
            return value === undefined ? [] : [{ id: sibling, relation, dct: value }]
          })
          if (!document || siblings.length === 0) return
          try {
            const output = await pool.run({
              kind: 'redate',
              input: { document: toTaskDocument(document), siblings },
            })
            if (output.kind !== 'redate' || output.output.dct.value === undefined) return
            updates.set(id, output.output)
            dates.set(id, { value: output.output.dct.value, source: 'inferred' })
            progressed = true
          } catch (error) {
            log.errors.push({
              id,
              where: document.where,
              code: 'processing-failed',
              reason: `Cannot date ${id} from its related documents: ${(error as Error).message}`,
            })
          }
        }),
    )
    if (!progressed) break
  }
  return { updates, dates }
}
