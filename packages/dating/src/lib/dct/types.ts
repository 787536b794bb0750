import type { Warning } from '@copydesk/parse'
import type { DocumentDate, DocumentDateCandidate } from '../types.js'

/** A related document whose date can stand in for a document that has none. */
export interface DocumentDateSibling {
  /** How the sibling is named in reasons (`000`, a URL, a corpus id). */
  id: string
  /** The sibling's own document date (as `findDocumentDate` gave it) or a date `readDate` reads. */
  dct: DocumentDate | string | Date
  /**
   * `duplicate`: the same article (another scrape or copy), so the same date;
   * `story`: another report of the same story, written within days of it.
   */
  relation: 'duplicate' | 'story'
}

/** Options for `findDocumentDate` and `resolveDocumentDate`. */
export interface DocumentDateOptions {
  /**
   * The document creation time as the caller knows it; it wins over the text. Anything `readDate`
   * reads (`2016-11-07`, `26-FEB-1987 15:01:01.79`, `November 7, 2016`, a `Date`) or the
   * `DocumentDate` another call decided.
   */
  dct?: string | Date | DocumentDate
  /**
   * A date the document's markup states about itself, as `@copydesk/html`'s
   * `documentDateOptions` gives it: `value` anything `readDate` reads, `key` where the page
   * states it (`JSON-LD datePublished`). It is `found` evidence, ranked after `dct` and before
   * the dates the text states; a text date on another day gives a `dct-conflict` warning.
   */
  pageDate?: { value: string | Date; key: string }
  /**
   * A hint for inference: a year (`2016`) or a date the document is known to be near. It
   * picks the year for a weekday-date without one (`Sunday, November 6`); it is never used as
   * the date itself.
   */
  near?: number | string
  /** Related documents with known dates, tried when the text carries no date of its own. */
  siblings?: readonly DocumentDateSibling[]
}

/** What `resolveDocumentDate` decided, including when it decided there is no date. */
export interface DocumentDateResolution {
  /** The date, or `undefined` when the evidence does not justify one. */
  documentDate: DocumentDate | undefined
  /** One sentence a person can read: why this value, or why none. */
  reason: string
  /** Every piece of evidence considered, best first. */
  candidates: DocumentDateCandidate[]
  warnings: Warning[]
}
