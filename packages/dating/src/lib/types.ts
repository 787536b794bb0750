import type { Warning } from '@copydesk/parse'

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

/** How a relative expression was anchored. */
export interface TimexAnchor {
  /** The value it was resolved against (the DCT, or an earlier expression's value). */
  value: string
  /** `dct`: the document creation time; `previous`: the last absolute expression before it. */
  source: 'dct' | 'previous'
}

/** One temporal expression, per TimeML TIMEX3. `text === source.slice(start, end)`. */
export interface Timex {
  start: number
  end: number
  text: string
  type: TimexType
  /** TIMEX3 value: `2016-11-06`, `2016-11-05TNI`, `P2Y`, `PXM`, `PAST_REF`, `XXXX-WXX-7`… */
  value: string
  /** TIMEX3 mod where it applies: `APPROX`, `START`, `MID`, `END`, `LESS_THAN`, `MORE_THAN`… */
  mod?: string
  /** TIMEX3 quant/freq for sets: `EVERY`, `1W`. */
  quant?: string
  freq?: string
  /** The anchor a relative value was computed from; absent for absolute expressions. */
  anchor?: TimexAnchor
}

/** Where a document creation time came from. */
export type DocumentDateSource = 'given' | 'found' | 'inferred'

/** One piece of evidence for the document date. */
export interface DocumentDateCandidate {
  value: string
  /** What the value was read from: `metadata-date`, `timestamp:published`, `timestamp:updated`, `weekday+date`, `caller`… */
  evidence: string
  start?: number
  end?: number
}

/** The document creation time (DCT) and how it was decided. Never guessed silently. */
export interface DocumentDate {
  /** ISO 8601 date (`2016-11-07`) or date-time with offset. */
  value: string
  source: DocumentDateSource
  /** One sentence a person can read: why this value. */
  reason: string
  candidates: DocumentDateCandidate[]
  /** Problems met on the way (evidence that disagrees with the value chosen); absent when none. */
  warnings?: Warning[]
}

/**
 * A problem found while deciding the document date, such as two dated lines that disagree
 * (`ruleId` `dct-conflict`, `dct-unsupported`): parse's `Warning`.
 *
 * @deprecated Use `Warning` from `@copydesk/parse`; this alias goes in the next major release.
 */
export type DocumentDateWarning = Warning
