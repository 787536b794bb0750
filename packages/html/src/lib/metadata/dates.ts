import { readDate } from '@copydesk/dating'
import { foreignMonthNumbers, monthNumbers } from '@copydesk/lexicon'

/**
 * A structured date value (`2016-11-07T14:05:00.000Z`, `Mon, 07 Nov 2016 14:05:00 GMT`,
 * `20161107`) read by dating's `readDate`; a value it does not read but that starts with an ISO
 * day (`2016-11-07T14:05:00.000+0100 (CET)`) gives that day. `undefined` with the reason when
 * it is not a date or not a real calendar day (`2016-02-30`).
 */
export function readStructuredDate(value: string): { iso?: string; problem?: string } {
  const text = value.trim().slice(0, 80)
  try {
    return { iso: readDate(text) }
  } catch (error) {
    const day = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text)
    if (day) {
      try {
        return { iso: readDate(`${day[1]}-${day[2]}-${day[3]}`) }
      } catch (inner) {
        return { problem: (inner as Error).message }
      }
    }
    return { problem: (error as Error).message }
  }
}

/** A day written from numbers, or `undefined` when the calendar has no such day. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  try {
    return readDate(iso)
  } catch {
    return undefined
  }
}

function monthOf(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '')
  return monthNumbers.get(key) ?? foreignMonthNumbers.get(key)
}

/** A date found in running text, with where it starts. */
export interface TextDate {
  iso: string
  start: number
  end: number
}

// `7 November 2016`, `7. November 2016` (de), `7 novembre 2016` (fr, it, nl), `7 de noviembre de
// 2016` (es, pt), `1er mars 2016`, `7º de março de 2016`. Bounded quantifiers, no nested repeats.
const dayFirst =
  /(?<![\p{L}\d])(\d{1,2})(?:\.|º|°|er|st|nd|rd|th)?[ \u00a0]+(?:de[ \u00a0]+)?(\p{L}{3,10}\.?),?[ \u00a0]+(?:de[ \u00a0]+)?(\d{4})(?!\d)/gu
// `November 7, 2016`, `Nov. 7 2016`, `November 7th, 2016`.
const monthFirst =
  /(?<![\p{L}\d])(\p{L}{3,10}\.?)[ \u00a0]+(\d{1,2})(?:st|nd|rd|th)?,?[ \u00a0]+(\d{4})(?!\d)/gu
// `2016-11-07` and `07.11.2016` (the day-first dotted form of German, Dutch and others).
const isoInText = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g
const dotted = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g
const slashed = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g

/**
 * Every calendar date written in `text`, in text order (month names of seven languages).
 * `07/11/2016` is read day first when `order` is `day-first` (European pages), month first
 * when `month-first` (US English), and only when unambiguous (`25/11/2016`) otherwise.
 */
export function findTextDates(text: string, order?: 'day-first' | 'month-first'): TextDate[] {
  const found: TextDate[] = []
  for (const match of text.matchAll(dayFirst)) {
    const month = monthOf(match[2]!)
    if (month === undefined) continue
    const iso = isoDay(Number(match[3]), month, Number(match[1]))
    if (iso) found.push({ iso, start: match.index, end: match.index + match[0].length })
  }
  for (const match of text.matchAll(monthFirst)) {
    const month = monthOf(match[1]!)
    if (month === undefined) continue
    const iso = isoDay(Number(match[3]), month, Number(match[2]))
    if (iso) found.push({ iso, start: match.index, end: match.index + match[0].length })
  }
  for (const match of text.matchAll(isoInText)) {
    const iso = isoDay(Number(match[1]), Number(match[2]), Number(match[3]))
    if (iso) found.push({ iso, start: match.index, end: match.index + match[0].length })
  }
  for (const match of text.matchAll(dotted)) {
    const iso = isoDay(Number(match[3]), Number(match[2]), Number(match[1]))
    if (iso) found.push({ iso, start: match.index, end: match.index + match[0].length })
  }
  for (const match of text.matchAll(slashed)) {
    const first = Number(match[1])
    const second = Number(match[2])
    const dayFirst = order === 'day-first' || (order === undefined && first > 12 && second <= 12)
    const monthFirst =
      order === 'month-first' || (order === undefined && second > 12 && first <= 12)
    if (!dayFirst && !monthFirst) continue
    const iso = dayFirst
      ? isoDay(Number(match[3]), second, first)
      : isoDay(Number(match[3]), first, second)
    if (iso) found.push({ iso, start: match.index, end: match.index + match[0].length })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** A day in a URL path: `/2016/11/07/`, `/2016-11-07/`, `/20161107/`, `-20161107-`. */
export function findUrlDate(url: string): string | undefined {
  let path = url
  try {
    path = new URL(url).pathname
  } catch {
    // A relative or malformed URL: read it as a path.
  }
  const match =
    /(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/.exec(path) ??
    /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/.exec(path)
  if (!match) return undefined
  return isoDay(Number(match[1]), Number(match[2]), Number(match[3]))
}
