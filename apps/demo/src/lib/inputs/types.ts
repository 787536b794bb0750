import type { ReportError } from '../report/types.js'

/** One readable document from the input. */
export interface InputDocument {
  kind: 'document'
  id: string
  text: string
  /** The date the input gave (JSONL `date`), as written. */
  date?: string
  /** The title the input gave (JSONL `title`). */
  title?: string
  /** Where it came from: a file path or `FILE.jsonl:LINE`. */
  where: string
  bytes: number
}

/** An input that could not be read as a document. */
export interface InputFailure extends ReportError {
  kind: 'error'
}

export type InputItem = InputDocument | InputFailure

/** Limits applied while reading. */
export interface ReadLimits {
  /** Largest document accepted, in bytes. */
  maxBytes: number
}

/** A source of documents, read lazily. */
export interface InputSource {
  path: string
  kind: 'folder' | 'jsonl' | 'file'
  /** Total size in bytes of what will be read (for progress and ETA). */
  totalBytes: number
  /** Reads the input from the start; `bytesRead()` tells how far it got. */
  read(): AsyncIterable<InputItem>
  bytesRead(): number
}
