import type { ReportError } from '../report/types.js'

/** One readable document from the input. */
export interface InputDocument {
  kind: 'document'
  id: string
  /** The document's text, or with `format: 'html'` the page's HTML (decoded), whose main text is extracted when it is analysed. */
  text: string
  /** `html` when `text` is a web page (an .html file, a JSONL `html` field, a WARC response, or text detected as HTML). */
  format?: 'html'
  /** The page's address (JSONL `url`, `WARC-Target-URI`), for its metadata and dates. */
  url?: string
  /** What the reader noticed and the report should say (HTML detected in a text field, a contradicted charset, an unreadable date). */
  notes?: string[]
  /** The date the input gave (JSONL `date`), as written; a numeric date as ISO 8601. */
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
  kind: 'folder' | 'jsonl' | 'file' | 'warc'
  /** Total size in bytes of what will be read (for progress and ETA). */
  totalBytes: number
  /** Reads the input from the start; `bytesRead()` tells how far it got. */
  read(): AsyncIterable<InputItem>
  bytesRead(): number
  /** Releases what the source holds (the copy of standard input); safe to call twice. */
  close?(): Promise<void>
}
