import type { BlockRole } from '@copydesk/parse'

/**
 * The shape of `report.json`, version 1. Every offset (`start`, `end`) indexes the document's
 * original text: `text.slice(start, end) === span.text`. Documented in the demo's README.
 */
export interface Report {
  /** Schema identifier: `copydesk-demo-report/1`. */
  schema: typeof reportSchemaId
  /** When the run finished (ISO 8601, UTC). */
  generated: string
  input: ReportInput
  /** One entry per document that could be processed, in input order. */
  documents: ReportDocument[]
  duplicates: ReportDuplicates
  /** Pairs that share passages (duplicates excluded), with the passages. */
  reuse: ReportReuse[]
  /** Story clusters: documents about the same story (a looser relation than duplicates). */
  stories: ReportStory[]
  /** The same quote across documents, with every occurrence. */
  quotes: ReportMergedQuote[]
  /** Every input that could not be processed, with what was wrong. */
  errors: ReportError[]
  stats: ReportStats
}

export const reportSchemaId = 'copydesk-demo-report/1' as const

export interface ReportInput {
  /** The folder, JSONL file or text file that was read. */
  path: string
  kind: 'folder' | 'jsonl' | 'file' | 'warc'
}

export interface ReportSpan {
  start: number
  end: number
  text: string
}

export interface ReportBlock extends ReportSpan {
  role: BlockRole
}

export interface ReportArticle {
  /** Length of the original text in UTF-16 code units (the unit of every offset). */
  length: number
  headline?: ReportSpan
  byline?: ReportSpan & { authors: string[]; organisation?: string }
  dateline?: ReportSpan & { place?: string; agency?: string }
  timestamps: (ReportSpan & { kind: string; value?: string })[]
  metadataDate?: ReportSpan & { value: string }
  /** Every block in document order with its role; body paragraphs have role `body`. */
  blocks: ReportBlock[]
}

export interface ReportDocumentDate {
  /** ISO 8601 date or date-time; absent when no date could be found or inferred. */
  value?: string
  /** `given`: by the input (JSONL `date`); `found`: in the text; `inferred`: from related documents or weak evidence; `none`. */
  source: 'given' | 'found' | 'inferred' | 'none'
  /** One sentence a person can read: why this value (or why none). */
  reason: string
  /** The documents the value was inferred from, when `source` is `inferred` from siblings. */
  from?: string[]
}

export interface ReportTimex extends ReportSpan {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET'
  value: string
  mod?: string
  /** The anchor a relative value was computed from. */
  anchor?: { value: string; source: string }
  /**
   * Where the sentence around the expression lies (within its block), for the timeline: offsets
   * only, the text is in the block.
   */
  context: { start: number; end: number }
}

export interface ReportQuote {
  /** The quote's text (content spans joined). */
  text: string
  /** Start of the first content span. */
  start: number
  /** End of the last content span. */
  end: number
  /** Each content span (more than one when the quote is interrupted by its cue). */
  content: ReportSpan[]
  kind: 'direct' | 'partial' | 'mixed' | 'indirect'
  cue?: ReportSpan & { lemma: string }
  speaker?: {
    /**
     * Resolved canonical name ("Joseph Dunford"), when resolved. A person the document names only
     * in part ("Dunford") takes the full name the other documents of its story agree on; the
     * mention keeps the document's own words.
     */
    name?: string
    kind?: string
    role?: string
    /** The mention at this quote ("he", "Dunford"). */
    mention?: ReportSpan
  }
  via?: ReportSpan
}

export interface ReportDocument {
  /** The input id: a file's name without extension, or the JSONL `id`. */
  id: string
  /** Size of the original text in bytes (UTF-8). */
  bytes: number
  /** The JSONL `title`, when the input gave one. */
  title?: string
  /** `html` when the input was a web page: the article's offsets then index the text extracted from it. */
  format?: 'html'
  /** The page's address, when the input gave one. */
  url?: string
  article: ReportArticle
  dct: ReportDocumentDate
  timexes: ReportTimex[]
  quotes: ReportQuote[]
  /** Non-fatal problems met while processing the document. */
  warnings: string[]
}

export interface ReportDuplicatePair {
  a: string
  b: string
  /** Estimated (MinHash) or exact Jaccard similarity of the word shingles, 0–1. */
  similarity: number
  /** `exact`: identical normalised text; `near`: similar above the threshold. */
  kind: 'exact' | 'near'
}

export interface ReportDuplicateCluster {
  /** The representative every member is compared with. */
  representative: string
  members: string[]
}

export interface ReportDuplicates {
  /** The similarity threshold used for near-duplicates. */
  threshold: number
  clusters: ReportDuplicateCluster[]
  pairs: ReportDuplicatePair[]
}

export interface ReportPassage {
  /** The shared passage as it reads in `a` and in `b`. */
  a: ReportSpan
  b: ReportSpan
  /** `2 × aligned words / (words in a + words in b)`: 1 for a verbatim copy. */
  similarity: number
  /** `paragraph`, `sentence` or `fragment` (less than a sentence: a lifted quote or phrase). */
  level: 'paragraph' | 'sentence' | 'fragment'
  /** Words aligned exactly. */
  words: number
}

export interface ReportReuse {
  a: string
  b: string
  passages: ReportPassage[]
}

export interface ReportStory {
  id: string
  members: string[]
  /** The member every other is linked to (the story's centre). */
  representative: string
  /** The representative's headline (or the start of its text). */
  title?: string
  /** Earliest and latest document date among the members, when known. */
  first?: string
  last?: string
}

export interface ReportOccurrence {
  document: string
  start: number
  end: number
  text: string
  kind: string
  speaker?: string
  mention?: string
}

export interface ReportMergedQuote {
  text: string
  /** The speaker's canonical name, when resolved. */
  speaker?: string
  /** The speaker's title or role, when a document gives one. */
  speakerRole?: string
  /** Every name the documents use for the speaker. */
  speakerNames: string[]
  occurrences: ReportOccurrence[]
}

export interface ReportError {
  /** The input id when known; otherwise where it was (`line 12`, a file name). */
  id: string
  /** Where in the input: a file path or `FILE.jsonl:LINE`. */
  where: string
  /** What went wrong, in one sentence. */
  reason: string
  /** A short machine-readable code. */
  code:
    | 'unreadable'
    | 'binary'
    | 'too-large'
    | 'invalid-json'
    | 'invalid-record'
    | 'duplicate-id'
    | 'processing-failed'
    | 'empty'
    | 'truncated'
    | 'not-a-file'
    | 'skipped'
}

export interface ReportStats {
  inputs: number
  documents: number
  errors: number
  bytes: number
  workers: number
  /** Wall time of the run in milliseconds (until report.json was started). */
  elapsedMs: number
  /**
   * Milliseconds per phase: `documents` (read + per-document work), `relations` (duplicates and
   * candidates), `passages` (second read + alignment), `dating` (dates from siblings), `quotes`
   * (merge), `write` (report.json and report.html).
   */
  phases: Record<string, number>
}
