import type { InputDocument } from '../inputs/types.js'
import type { ReportPassage } from '../report/types.js'
import { alignDocuments } from './align.js'
import {
  type AlignInput,
  type AnalyseInput,
  type AnalyseOutput,
  analyseDocument,
  type RedateInput,
  type RedateOutput,
  redateDocument,
} from './document.js'
import type { Pool } from './pool.js'

/** Work sent to a worker. */
export type TaskInput =
  | { kind: 'analyse'; input: AnalyseInput }
  | { kind: 'redate'; input: RedateInput }
  | { kind: 'align'; input: AlignInput }

export type TaskOutput =
  | { kind: 'analyse'; output: AnalyseOutput }
  | { kind: 'redate'; output: RedateOutput }
  | { kind: 'align'; output: ReportPassage[] }

/** Runs one task (in a worker, or on the main thread with `--workers 0`). */
export function runTask(task: TaskInput): TaskOutput {
  switch (task.kind) {
    case 'analyse':
      return { kind: 'analyse', output: analyseDocument(task.input) }
    case 'redate':
      return { kind: 'redate', output: redateDocument(task.input) }
    case 'align':
      return { kind: 'align', output: alignDocuments(task.input) }
  }
}

/** Signatures travel back as transferred buffers, not copies. */
export function transferablesOf(output: TaskOutput): ArrayBuffer[] {
  if (output.kind !== 'analyse') return []
  const buffers: ArrayBuffer[] = []
  if (output.output.signature) buffers.push(output.output.signature.buffer as ArrayBuffer)
  if (output.output.shingles) buffers.push(output.output.shingles.buffer as ArrayBuffer)
  return buffers
}

/** The worker threads of a run (or the main thread, with `--workers 0`). */
export type DocumentPool = Pool<TaskInput, TaskOutput>

/** What a worker is sent of an input document. */
export function toTaskDocument(item: InputDocument): AnalyseInput {
  return {
    id: item.id,
    text: item.text,
    bytes: item.bytes,
    ...(item.format ? { format: item.format } : {}),
    ...(item.url ? { url: item.url } : {}),
    ...(item.notes ? { notes: item.notes } : {}),
    ...(item.date ? { date: item.date } : {}),
    ...(item.title ? { title: item.title } : {}),
  }
}
