import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedDirectory } from '@copydesk/test-utils'
import type { InputFailure, InputSource } from '../src/lib/inputs/types.js'
import { type PipelineOptions, runPipeline } from '../src/lib/pipeline.js'
import { createPool } from '../src/lib/process/pool.js'
import { runTask, type TaskInput, type TaskOutput } from '../src/lib/process/tasks.js'
import type { Report, ReportDocument } from '../src/lib/report/types.js'
import { createRunLog, type RunInput, type RunLog } from '../src/lib/steps/run.js'

export const demoFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const seeds = seedDirectory

const created: string[] = []

/** A fresh folder in the temp dir, removed after the test file (see `test/setup.ts`). */
export async function tempFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix))
  created.push(folder)
  return folder
}

/** Remove every folder `tempFolder` made. */
export async function removeTempFolders(): Promise<void> {
  const folders = created.splice(0)
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })))
}

/** Runs the pipeline into a fresh temp folder and reads report.json back. */
export async function runAndRead(options: Partial<PipelineOptions> & { input: string }) {
  const out = options.out ?? (await tempFolder('demo-out-'))
  const result = await runPipeline({
    workers: 0,
    maxBytes: 5 * 1024 * 1024,
    htmlLimit: 200,
    html: true,
    progress: 'off',
    ...options,
    out,
  })
  const report = JSON.parse(await readFile(result.json, 'utf8')) as Report
  return { result, report, out }
}

/** The document whose id starts with `prefix` (seed ids carry a hash after the number). */
export function documentOf(report: Report, prefix: string): ReportDocument {
  const document = report.documents.find((candidate) => candidate.id.startsWith(prefix))
  if (!document) throw new Error(`No document ${prefix} in the report`)
  return document
}

export function short(id: string): string {
  return id.slice(0, 3)
}

/** A document for `memoryRun`: an id and a text, and the date the input gives, if any. */
export interface MemoryDocument {
  id: string
  text: string
  date?: string
}

/**
 * What a step is given (`RunInput`) for documents held in memory: a source that yields them in
 * order on every read, and the main-thread pool, which fails the tasks `fails` picks.
 */
export function memoryRun(
  documents: (MemoryDocument | InputFailure)[],
  fails: (task: TaskInput) => boolean = () => false,
): RunInput & { reads: () => number } {
  let reads = 0
  let bytesRead = 0
  const bytes = (text: string) => Buffer.byteLength(text)
  const source: InputSource = {
    path: 'memory',
    kind: 'jsonl',
    totalBytes: documents.reduce((sum, item) => sum + ('text' in item ? bytes(item.text) : 0), 0),
    async *read() {
      reads++
      bytesRead = 0
      for (const [line, item] of documents.entries()) {
        if ('code' in item) {
          yield item
          continue
        }
        bytesRead += bytes(item.text)
        yield {
          kind: 'document',
          id: item.id,
          text: item.text,
          ...(item.date ? { date: item.date } : {}),
          where: `memory:${line + 1}`,
          bytes: bytes(item.text),
        }
      }
    },
    bytesRead: () => bytesRead,
  }
  const pool = createPool<TaskInput, TaskOutput>({
    workers: 0,
    entry: new URL('../src/lib/process/worker.ts', import.meta.url),
    inline(task) {
      if (fails(task)) throw new Error('the task failed on purpose')
      return runTask(task)
    },
  })
  return { source, pool, reads: () => reads }
}

/** A log that shows no progress. */
export function quietLog(): RunLog {
  return createRunLog('off')
}
