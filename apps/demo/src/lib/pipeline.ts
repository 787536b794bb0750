import { mkdir } from 'node:fs/promises'
import type { DemoOptions } from './cli/args.js'
import { openInput } from './inputs/index.js'
import { createPool } from './process/pool.js'
import { runTask, type TaskInput, type TaskOutput } from './process/tasks.js'
import { createSpool } from './report/spool.js'
import type { Report, ReportDocument } from './report/types.js'
import { align } from './steps/align.js'
import { analyse } from './steps/analyse.js'
import { merge } from './steps/merge.js'
import { redate } from './steps/redate.js'
import { relate } from './steps/relate.js'
import { createRunLog, timed } from './steps/run.js'
import { write } from './steps/write.js'

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
 * Runs the demo on an input and writes `report.json` (and `report.html`), step by step:
 * `analyse` (each document in a worker) → `relate` (duplicates and candidate pairs from the
 * signatures) → `align` (shared passages, then stories) → `redate` (the undated from their
 * related documents) → `merge` (quotes across documents, speaker names across a story) →
 * `write`. Each step's time goes to `report.stats.phases` under its name.
 *
 * @example
 *   const result = await runPipeline({input: 'seeds', out: 'out', workers: 1, maxBytes: 5e6, htmlLimit: 200, html: true, progress: 'off'})
 */
export async function runPipeline(options: PipelineOptions): Promise<DemoResult> {
  const started = performance.now()
  const source = await openInput(options.input, { maxBytes: options.maxBytes })
  await mkdir(options.out, { recursive: true })
  const log = createRunLog(options.progress)
  const pool = createPool<TaskInput, TaskOutput>({
    workers: options.workers,
    entry: workerEntry(),
    inline: runTask,
  })
  const spool = await createSpool<ReportDocument>()
  const run = { source, pool }
  try {
    const analysed = await timed(log, 'analyse', () => analyse(run, spool, log))
    const related = await timed(log, 'relate', () => relate(analysed.relations))
    const aligned = await timed(log, 'align', () =>
      align(run, { ids: analysed.dates.keys(), related, dates: analysed.dates }, log),
    )
    const redated = await timed(log, 'redate', () =>
      redate(run, { pairs: related.pairs, stories: aligned.stories, dates: analysed.dates }, log),
    )
    const merged = await timed(log, 'merge', () =>
      merge(analysed.quotes, {
        related: [...related.pairs, ...related.passagePairs],
        stories: aligned.stories,
      }),
    )
    const written = await timed(log, 'write', () =>
      write(
        options,
        { source, spool, workers: pool.size, started },
        { analysed, related, aligned, redated, merged },
        log,
      ),
    )
    return {
      ...written,
      documents: spool.count(),
      errors: log.errors.length,
      elapsedMs: Math.round(performance.now() - started),
    }
  } finally {
    await pool.close()
    await spool.remove()
    await source.close?.()
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
