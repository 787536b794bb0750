import type { InputDocument, InputSource } from '../inputs/types.js'
import type { DocumentPool } from '../process/tasks.js'
import { createProgress, type Progress } from '../progress.js'
import type { ReportError } from '../report/types.js'

/** What the steps that read the input or use the workers are given. */
export interface RunInput {
  source: InputSource
  pool: DocumentPool
}

/**
 * The run's log, handed to every step: the progress display (absent with `--progress off`), the
 * errors for the report (in the order the steps met them) and each step's time in milliseconds.
 */
export interface RunLog {
  progress?: Progress
  errors: ReportError[]
  phases: Record<string, number>
}

/**
 * A log for a run, with the progress display `mode` asks for.
 *
 * @example
 *   const log = createRunLog('off')
 *   await timed(log, 'relate', () => relate(relations))
 *   log.phases // {relate: 3}
 */
export function createRunLog(mode: 'auto' | 'bar' | 'lines' | 'off'): RunLog {
  return {
    ...(mode === 'off'
      ? {}
      : {
          progress: createProgress({
            label: 'documents',
            ...(mode === 'auto' ? {} : { tty: mode === 'bar' }),
          }),
        }),
    errors: [],
    phases: {},
  }
}

/** Runs one step and records its time in `log.phases` under `name`. */
export async function timed<Result>(
  log: RunLog,
  name: string,
  step: () => Result | Promise<Result>,
): Promise<Result> {
  const started = performance.now()
  const result = await step()
  log.phases[name] = Math.round(performance.now() - started)
  return result
}

/** Reads the input again and keeps the documents of `ids` only. */
export async function readDocuments(
  source: InputSource,
  ids: ReadonlySet<string>,
): Promise<Map<string, InputDocument>> {
  const documents = new Map<string, InputDocument>()
  if (ids.size === 0) return documents
  for await (const item of source.read()) {
    if (item.kind === 'document' && ids.has(item.id)) documents.set(item.id, item)
  }
  return documents
}
