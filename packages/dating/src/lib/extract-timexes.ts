import type { Article } from '@copydesk/parse'
import { findDocumentDate } from './dct/index.js'
import { findTimexes } from './engine/find-timexes.js'
import { parseIsoDay } from './normalise/calendar.js'
import type { Timex } from './types.js'

/** Options for `extractTimexes`. */
export interface ExtractTimexesOptions {
  /**
   * The document creation time (ISO 8601 date or date-time: `2016-11-07`, `2016-11-06T07:53:00-05:00`).
   * Relative expressions are resolved against it. For an Article without `dct` the document date
   * is looked up with `findDocumentDate`; for a plain string without `dct`, relative expressions
   * keep TIMEX3 placeholders (`XXXX-WXX-7`, `XXXX-10`).
   */
  dct?: string
}

/**
 * Find the temporal expressions in news text and normalise them per TimeML TIMEX3: type, value,
 * `mod` where it applies, and the anchor a relative value was computed from. Offsets index the
 * input text exactly (`timex.text === text.slice(timex.start, timex.end)`).
 *
 * Relative expressions (`Sunday`, `last month`, `two weeks ago`) are resolved against the DCT
 * with news tense conventions (a weekday in a past-tense sentence is the latest such day on or
 * before the DCT). `the following day`, `three days later` count from the last absolute date
 * before them, falling back to the DCT. With no DCT they keep `X` placeholders.
 *
 * @throws {TypeError} when `input` is neither a string nor an Article, or `dct` is not an ISO date.
 * @example
 *   extractTimexes('Forces said Sunday they had begun the offensive last month.', {dct: '2016-11-07'})
 *   // [{start: 12, end: 18, text: 'Sunday', type: 'DATE', value: '2016-11-06', anchor: {value: '2016-11-07', source: 'dct'}},
 *   //  {start: 49, end: 59, text: 'last month', type: 'DATE', value: '2016-10', anchor: …}]
 */
export function extractTimexes(
  input: string | Article,
  options: ExtractTimexesOptions = {},
): Timex[] {
  const text = readText(input)
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `Cannot \`extractTimexes\` with options ${typeof options}: expected an object such as {dct: '2016-11-07'}`,
    )
  }
  const dctText = options.dct
  if (dctText !== undefined && typeof dctText !== 'string') {
    throw new TypeError(
      `Cannot \`extractTimexes\` with \`dct\` of type ${typeof dctText}: expected an ISO 8601 date such as '2016-11-07'`,
    )
  }
  if (dctText === undefined) {
    // An article's own date, when it states one; a found date that is not a calendar day
    // leaves the relative expressions unresolved rather than failing.
    const found = typeof input === 'string' ? undefined : findDocumentDate(input)?.value
    return findTimexes(text, found === undefined ? null : parseIsoDay(found))
  }
  const dct = parseIsoDay(dctText)
  if (!dct) {
    throw new TypeError(
      `Cannot \`extractTimexes\` with \`dct\` '${dctText.slice(0, 40)}': expected an ISO 8601 date such as '2016-11-07' or '2016-11-07T10:30:00Z'`,
    )
  }
  return findTimexes(text, dct)
}

function readText(input: unknown): string {
  if (typeof input === 'string') return input
  if (
    input &&
    typeof input === 'object' &&
    typeof (input as { text?: unknown }).text === 'string'
  ) {
    return (input as { text: string }).text
  }
  const got = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input
  throw new TypeError(
    `Cannot \`extractTimexes\` without text: expected a string or an Article, got ${got}`,
  )
}
