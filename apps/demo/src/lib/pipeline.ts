import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { storyClustersFromLinks } from '@copydesk/dedupe'
import type { DemoOptions } from './cli/args.js'
import { mergeCorpusQuotes, type QuoteDigest } from './corpus/merge-quotes.js'
import { planRedating } from './corpus/redate.js'
import { createRelations } from './corpus/relations.js'
import { storySpeakerNames, withStoryNames } from './corpus/story-speakers.js'
import { renderReportHtml } from './html/page.js'
import { openInput } from './inputs/index.js'
import type { InputDocument, InputSource } from './inputs/types.js'
import { createPool, type Pool } from './process/pool.js'
import { runTask, type TaskInput, type TaskOutput } from './process/tasks.js'
import { createProgress, type Progress } from './progress.js'
import { createSpool } from './report/spool.js'
import {
  type Report,
  type ReportDocument,
  type ReportError,
  type ReportReuse,
  reportSchemaId,
} from './report/types.js'
import { writeReportJson } from './report/write-json.js'

/** What a run produced. */
export interface DemoResult {
  json: string
  html?: string
  documents: number
  errors: number
  elapsedMs: number
  /** Every part of the report but the documents (for callers and tests). */
  report: Omit<Report, 'documents'>
}

export type PipelineOptions = Pick<
  DemoOptions,
  'input' | 'out' | 'workers' | 'maxBytes' | 'htmlLimit' | 'html' | 'progress'
>

/**
 * Runs the whole demo pipeline on an input and writes `report.json` (and `report.html`).
 *
 * 1. Stream the input; each document goes to a worker: parse, document date, temporal expressions,
 *    quotes, MinHash signature. Results are spooled to disk in input order; a bad document becomes
 *    an entry in `errors`.
 * 2. On the main thread: duplicates and story clusters from the signatures.
 * 3. A second pass over the input for the documents that need their text again: shared passages of
 *    related pairs, and dates inferred from related documents for documents without one.
 * 4. Merge quotes across documents, write the JSON from the spool, render the HTML.
 *
 * @example
 *   const result = await runPipeline({input: 'seeds', out: 'out', workers: 1, maxBytes: 5e6, htmlLimit: 200, html: true, progress: 'off'})
 */
export async function runPipeline(options: PipelineOptions): Promise<DemoResult> {
  const started = performance.now()
  const source = await openInput(options.input, { maxBytes: options.maxBytes })
  await mkdir(options.out, { recursive: true })
  const progress = makeProgress(options.progress)
  const pool = createPool<TaskInput, TaskOutput>({
    workers: options.workers,
    entry: workerEntry(),
    inline: runTask,
  })
  const spool = await createSpool<ReportDocument>()
  try {
    const errors: ReportError[] = []
    const relations = createRelations()
    const quotes: { document: string; quotes: QuoteDigest[] }[] = []
    const dates = new Map<string, { value?: string; source: string }>()
    let inputs = 0
    let bytes = 0

    const phases: Record<string, number> = {}
    let mark = performance.now()
    const lap = (name: string) => {
      const now = performance.now()
      phases[name] = Math.round(now - mark)
      mark = now
    }
    // 1. Per-document work, in order, with a bounded number of documents in flight.
    progress?.note(`copydesk: reading ${source.path}`)
    // Enough documents in flight that one slow document does not leave the other workers idle.
    const inFlight = Math.max(4, pool.size * 16)
    // Each result with how far the input had been read when its document was: progress counts
    // what is done, not what is read ahead.
    const results: { result: Promise<AnalyseResult>; readUpTo: number }[] = []
    let done = 0
    const settle = async ({ result: pending, readUpTo }: (typeof results)[number]) => {
      const result = await pending
      done = readUpTo
      if (result.ok) {
        const output = result.output
        await spool.append(output.record)
        dates.set(output.record.id, {
          ...(output.record.dct.value ? { value: output.record.dct.value } : {}),
          source: output.record.dct.source,
        })
        if (output.signature && output.parameters) {
          relations.add(output.record.id, {
            values: output.signature,
            parameters: output.parameters,
            ...(output.shingles ? { shingles: output.shingles } : {}),
            ...(output.exactKey ? { key: output.exactKey } : {}),
          })
        }
        if (output.quotes.length > 0)
          quotes.push({ document: output.record.id, quotes: output.quotes })
        bytes += output.record.bytes
      } else {
        errors.push(result.error)
      }
      progress?.update({
        documents: spool.count(),
        errors: errors.length,
        bytes: done,
        totalBytes: source.totalBytes,
      })
    }
    for await (const item of source.read()) {
      inputs++
      if (item.kind === 'error') {
        const { kind: _kind, ...error } = item
        results.push({
          result: Promise.resolve({ ok: false, error }),
          readUpTo: source.bytesRead(),
        })
      } else {
        results.push({ result: analyse(pool, item), readUpTo: source.bytesRead() })
      }
      while (results.length >= inFlight) await settle(results.shift()!)
    }
    while (results.length > 0) await settle(results.shift()!)
    await spool.finish()
    progress?.done({
      documents: spool.count(),
      errors: errors.length,
      bytes: source.bytesRead(),
      totalBytes: source.totalBytes,
    })

    lap('documents')
    // 2. Corpus relations from the signatures and shingles.
    const found = relations.finish()
    const related = [...found.pairs, ...found.similarPairs, ...found.passagePairs]
    const undatedRelated = new Set(
      related.flatMap(({ a, b }) => [a, b]).filter((id) => dates.get(id)?.value === undefined),
    )

    lap('relations')
    // 3. Second pass: the texts of related pairs, for shared passages and dating by siblings.
    const wanted = new Set<string>([
      ...found.passagePairs.flatMap((pair) => [pair.a, pair.b]),
      ...undatedRelated,
    ])
    const texts =
      wanted.size > 0 ? await collectTexts(source, wanted) : new Map<string, InputDocument>()
    const reuse: ReportReuse[] = []
    await Promise.all(
      found.passagePairs.map(async (pair) => {
        const a = texts.get(pair.a)
        const b = texts.get(pair.b)
        if (!a || !b) return
        try {
          const output = await pool.run({
            kind: 'align',
            input: { a: { id: pair.a, text: a.text }, b: { id: pair.b, text: b.text } },
          })
          if (output.kind === 'align' && output.output.length > 0) {
            reuse.push({ a: pair.a, b: pair.b, passages: output.output })
          }
        } catch (error) {
          errors.push({
            id: `${pair.a}~${pair.b}`,
            where: `${a.where} and ${b.where}`,
            code: 'processing-failed',
            reason: `Cannot align ${pair.a} with ${pair.b}: ${(error as Error).message}`,
          })
        }
      }),
    )
    for (const id of found.passagePairs.flatMap((pair) => [pair.a, pair.b])) {
      if (!undatedRelated.has(id)) texts.delete(id)
    }
    // Stars around the best-connected document (`@copydesk/dedupe`), so stories do not chain.
    const stories = storyClustersFromLinks(
      dates.keys(),
      [...found.pairs, ...found.similarPairs, ...reuse],
      { minSize: 2 },
    ).map((story) => story.ids)

    lap('passages')
    // Dating by siblings, in rounds, so a document dated by inference can date its own siblings.
    const redating = planRedating({ pairs: found.pairs, stories }, dates)
    const redated = new Map<string, Extract<TaskOutput, { kind: 'redate' }>['output']>()
    for (let round = 0; round < 3; round++) {
      let progressed = false
      await Promise.all(
        [...redating.entries()]
          .filter(([id]) => !redated.has(id))
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
                input: { document: toAnalyseInput(document), siblings },
              })
              if (output.kind !== 'redate' || output.output.dct.value === undefined) return
              redated.set(id, output.output)
              dates.set(id, { value: output.output.dct.value, source: 'inferred' })
              progressed = true
            } catch (error) {
              errors.push({
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
    texts.clear()
    reuse.sort((x, y) => (x.a === y.a ? x.b.localeCompare(y.b) : x.a.localeCompare(y.a)))

    lap('dating')
    // 4. Quotes across documents, then the report.
    const merged = mergeCorpusQuotes(quotes, [...found.pairs, ...found.passagePairs])
    // "Dunford" in one article is "Joseph Dunford" in another of the same story.
    const storyNames = storySpeakerNames(quotes, stories)
    const generated = new Date().toISOString()
    const rest: Omit<Report, 'documents'> = {
      schema: reportSchemaId,
      generated,
      input: { path: source.path, kind: source.kind },
      duplicates: { threshold: found.threshold, clusters: found.clusters, pairs: found.pairs },
      reuse,
      stories: stories.map((members, index) => storyOf(members, index, dates)),
      quotes: merged,
      errors,
      stats: {
        inputs,
        documents: spool.count(),
        errors: errors.length,
        bytes,
        workers: pool.size,
        elapsedMs: 0,
        phases,
      },
    }
    const patched = (original: ReportDocument): ReportDocument => {
      const document = withStoryNames(original, storyNames)
      const update = redated.get(document.id)
      if (!update) return document
      return {
        ...document,
        dct: update.dct,
        timexes: update.timexes,
        warnings: limitWarnings([...document.warnings, ...update.warnings]),
      }
    }
    lap('quotes')
    const json = path.join(options.out, 'report.json')
    rest.stats.elapsedMs = Math.round(performance.now() - started)
    await writeReportJson(json, rest, mapAsync(spool.records(), patched))
    let html: string | undefined
    if (options.html) {
      const shown: ReportDocument[] = []
      for await (const document of spool.records()) {
        if (shown.length >= options.htmlLimit) break
        shown.push(patched(document))
      }
      html = path.join(options.out, 'report.html')
      await writeFile(
        html,
        renderReportHtml({
          report: rest,
          documents: shown,
          totalDocuments: spool.count(),
          limits: { documents: options.htmlLimit, timelineEvents: 400, speakers: 150, pairs: 200 },
        }),
      )
    }
    lap('write')
    return {
      json,
      ...(html ? { html } : {}),
      documents: spool.count(),
      errors: errors.length,
      elapsedMs: Math.round(performance.now() - started),
      report: rest,
    }
  } finally {
    await pool.close()
    await spool.remove()
  }
}

/**
 * The worker module: beside the built CLI (`dist/worker.js`, a tsup entry), or the TypeScript
 * source when this module itself runs from source (tests, tsx scripts).
 */
function workerEntry(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./process/worker.ts', import.meta.url)
    : new URL('./worker.js', import.meta.url)
}

type AnalyseResult =
  | { ok: true; output: Extract<TaskOutput, { kind: 'analyse' }>['output'] }
  | { ok: false; error: ReportError }

async function analyse(
  pool: Pool<TaskInput, TaskOutput>,
  item: InputDocument,
): Promise<AnalyseResult> {
  try {
    const output = await pool.run({ kind: 'analyse', input: toAnalyseInput(item) })
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

function toAnalyseInput(item: InputDocument) {
  return {
    id: item.id,
    text: item.text,
    bytes: item.bytes,
    ...(item.date ? { date: item.date } : {}),
    ...(item.title ? { title: item.title } : {}),
  }
}

/** Reads the input again and keeps the texts of `ids` only. */
async function collectTexts(
  source: InputSource,
  ids: Set<string>,
): Promise<Map<string, InputDocument>> {
  const texts = new Map<string, InputDocument>()
  for await (const item of source.read()) {
    if (item.kind === 'document' && ids.has(item.id)) texts.set(item.id, item)
  }
  return texts
}

function storyOf(members: string[], index: number, dates: Map<string, { value?: string }>) {
  const values = members
    .map((id) => dates.get(id)?.value)
    .filter((value): value is string => value !== undefined)
    .sort()
  return {
    id: `story-${index + 1}`,
    members,
    ...(values.length > 0 ? { first: values[0]!, last: values[values.length - 1]! } : {}),
  }
}

/** Distinct warnings, at most 20 (and a count of the rest). */
function limitWarnings(warnings: string[]): string[] {
  const distinct = [...new Set(warnings)]
  if (distinct.length <= 20) return distinct
  return [...distinct.slice(0, 20), `… and ${distinct.length - 20} more warnings`]
}

async function* mapAsync<From, To>(
  items: AsyncIterable<From>,
  map: (item: From) => To,
): AsyncGenerator<To> {
  for await (const item of items) yield map(item)
}

function makeProgress(mode: PipelineOptions['progress']): Progress | undefined {
  if (mode === 'off') return undefined
  return createProgress({ label: 'documents', ...(mode === 'auto' ? {} : { tty: mode === 'bar' }) })
}
