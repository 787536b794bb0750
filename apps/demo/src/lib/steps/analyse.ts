import type { QuoteDigest } from '@copydesk/quotes'
import { type CorpusRelations, createRelations } from '../corpus/relations.js'
import type { InputDocument } from '../inputs/types.js'
import type { AnalyseOutput } from '../process/document.js'
import { toTaskDocument } from '../process/tasks.js'
import type { Spool } from '../report/spool.js'
import type { ReportDocument, ReportError } from '../report/types.js'
import type { RunInput, RunLog } from './run.js'

/** A document's date as the later steps need it: the value, if any, and where it came from. */
export interface DatedAs {
  value?: string
  source: string
}

/** A document's quotes, as the merge needs them. */
export interface DocumentQuotes {
  document: string
  quotes: QuoteDigest[]
}

/** What `analyse` keeps on the main thread (the documents themselves are in the spool). */
export interface Analysed {
  /** Inputs read, documents and failures alike. */
  inputs: number
  /** Bytes of the documents analysed. */
  bytes: number
  /** Every document's date, in input order (so its keys are the ids in input order). */
  dates: Map<string, DatedAs>
  /** The quotes of every document that has some, in input order. */
  quotes: DocumentQuotes[]
  /** Every document's signature and shingles, for `relate`. */
  relations: CorpusRelations
}

/**
 * Step 1: reads the input one document at a time and hands each to a worker (parse, document
 * date, temporal expressions, quotes, MinHash signature). The report documents go to `spool` in
 * input order; what the later steps need stays in memory; a document that cannot be read or
 * processed becomes an entry in `log.errors`.
 *
 * @example
 *   const analysed = await analyse({source, pool}, spool, log)
 *   analysed.dates.get('000') // {value: '2016-11-07', source: 'found'}
 */
export async function analyse(
  { source, pool }: RunInput,
  spool: Spool<ReportDocument>,
  log: RunLog,
): Promise<Analysed> {
  const analysed: Analysed = {
    inputs: 0,
    bytes: 0,
    dates: new Map(),
    quotes: [],
    relations: createRelations(),
  }
  log.progress?.note(`copydesk: reading ${source.path}`)
  // Enough documents in flight that one slow document does not leave the other workers idle.
  const inFlight = Math.max(4, pool.size * 16)
  // Each result with how far the input had been read when its document was: progress counts what
  // is done, not what is read ahead.
  const pending: { result: Promise<Outcome>; readUpTo: number }[] = []
  const settle = async ({ result, readUpTo }: (typeof pending)[number]) => {
    const outcome = await result
    if (outcome.ok) await keep(analysed, spool, outcome.output)
    else log.errors.push(outcome.error)
    log.progress?.update({
      documents: spool.count(),
      errors: log.errors.length,
      bytes: readUpTo,
      totalBytes: source.totalBytes,
    })
  }
  for await (const item of source.read()) {
    analysed.inputs++
    let result: Promise<Outcome>
    if (item.kind === 'error') {
      const { kind: _kind, ...error } = item
      result = Promise.resolve({ ok: false, error })
    } else {
      result = analyseOne(pool, item)
    }
    pending.push({ result, readUpTo: source.bytesRead() })
    while (pending.length >= inFlight) await settle(pending.shift()!)
  }
  while (pending.length > 0) await settle(pending.shift()!)
  await spool.finish()
  log.progress?.done({
    documents: spool.count(),
    errors: log.errors.length,
    bytes: source.bytesRead(),
    totalBytes: source.totalBytes,
  })
  return analysed
}

type Outcome = { ok: true; output: AnalyseOutput } | { ok: false; error: ReportError }

async function analyseOne(pool: RunInput['pool'], item: InputDocument): Promise<Outcome> {
  try {
    const output = await pool.run({ kind: 'analyse', input: toTaskDocument(item) })
    if (output.kind !== 'analyse') throw new Error('the worker answered another task')
    return { ok: true, output: output.output }
  } catch (error) {
    return {
      ok: false,
      error: {
        id: item.id,
        where: item.where,
        code: 'processing-failed',
        reason: `Cannot process \`${item.where}\`: ${(error as Error).message}`,
      },
    }
  }
}

async function keep(
  analysed: Analysed,
  spool: Spool<ReportDocument>,
  output: AnalyseOutput,
): Promise<void> {
  const { record } = output
  await spool.append(record)
  analysed.dates.set(record.id, {
    ...(record.dct.value ? { value: record.dct.value } : {}),
    source: record.dct.source,
  })
  if (output.signature && output.parameters) {
    analysed.relations.add(record.id, {
      values: output.signature,
      parameters: output.parameters,
      ...(output.shingles ? { shingles: output.shingles } : {}),
      ...(output.exactKey ? { key: output.exactKey } : {}),
    })
  }
  if (output.quotes.length > 0) analysed.quotes.push({ document: record.id, quotes: output.quotes })
  analysed.bytes += record.bytes
}
