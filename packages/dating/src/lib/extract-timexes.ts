import { type Article, checkOptions, describeValue } from '@copydesk/parse'
import { findDocumentDate } from './dct/index.js'
import { findTimexes } from './engine/find-timexes.js'
import { type DctInput, dctCheck, readDctOption } from './input/dct-option.js'
import { dayOf } from './input/read-date.js'
import type { Timex } from './types.js'

/** Options for `extractTimexes`. */
export interface ExtractTimexesOptions {
  /**
   * The document creation time: anything `readDate` reads (`2016-11-07`,
   * `2016-11-06T07:53:00-05:00`, `26-FEB-1987 15:01:01.79`, `November 7, 2016`, a `Date`) or the
   * `DocumentDate` that `resolveDocumentDate` or `findDocumentDate` decided. Relative expressions
   * are resolved against its calendar day. For an Article without `dct` the document date is
   * looked up with `findDocumentDate`; for a plain string without `dct`, relative expressions keep
   * TIMEX3 placeholders (`XXXX-WXX-7`, `XXXX-10`).
   */
  dct?: DctInput
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
 * @throws {TypeError} when `input` is neither a string nor an Article, or an option is unknown or mistyped.
 * @throws {RangeError} when `dct` is not a real calendar date (`2016-02-30`).
 * @example
 *   extractTimexes('Forces said Sunday they had begun the offensive last month.', {dct: '2016-11-07'})
 *   // [{start: 12, end: 18, text: 'Sunday', type: 'DATE', value: '2016-11-06', anchor: {value: '2016-11-07', source: 'dct'}},
 *   //  {start: 49, end: 59, text: 'last month', type: 'DATE', value: '2016-10', anchor: …}]
 */
export function extractTimexes(input: string | Article, options?: ExtractTimexesOptions): Timex[] {
  const text = readText(input)
  const checked = checkOptions<ExtractTimexesOptions>('extractTimexes', options, { dct: dctCheck })
  const dct = readDctOption(checked.dct, 'extractTimexes')
  if (dct !== undefined) return findTimexes(text, dayOf(dct))
  // An article's own date, when it states one.
  const found = typeof input === 'string' ? undefined : findDocumentDate(input)?.value
  return findTimexes(text, found === undefined ? null : dayOf(found))
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
  throw new TypeError(
    `Cannot \`extractTimexes\` without text: expected a string or an Article, not ${describeValue(input)}`,
  )
}
