import { type Day, isValidDay, monthNumbers, weekdayNumbers } from '@copydesk/lexicon'
import { describeValue } from '@copydesk/parse'

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/
const compactDate = /^(\d{4})(\d{2})(\d{2})$/
const slashDate = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/
// `2016-11-07T09:30`, `2016-11-07 09:30:00.5-0500`, `…Z`.
const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/
// Reuters-21578 `26-FEB-1987 15:01:01.79`; `7 Nov 2016`, `7 November 2016`, `Mon, 07 Nov 2016 09:30:00 GMT`.
const dayMonthYear =
  /^(?:([A-Za-z]{3,9})\.?,?\s+)?(\d{1,2})(?:-|\s+)([A-Za-z]{3,9})\.?(?:-|,?\s+)(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:\s*(GMT|UTC|Z|[+-]\d{4}))?)?$/
// `November 7, 2016`, `Nov. 7 2016`, `Monday, November 7, 2016`.
const monthDayYear = /^(?:([A-Za-z]{3,9})\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/

const expected =
  'expected an ISO 8601 date or date-time (`2016-11-07`, `2016-11-07T09:30:00Z`), `20161107`, `2016/11/07`, `November 7, 2016`, `7 Nov 2016`, `26-FEB-1987 15:01:01.79` or a `Date`'

/**
 * Read a date as users hold it — from a CMS, a corpus field, a feed — into ISO 8601: a calendar
 * date (`2016-11-07`) or a date-time as precise as given (`2016-11-07T09:30:00Z`,
 * `1987-02-26T15:01:01.79`; an offset is written `±HH:MM`). Reads ISO dates and date-times,
 * `20161107`, `2016/11/07`, `November 7, 2016`, `7 Nov 2016`, Reuters' `26-FEB-1987 15:01:01.79`,
 * RFC 2822 (`Mon, 07 Nov 2016 09:30:00 GMT`) and a `Date` (its UTC instant). A range such as
 * `2004/2005` is not a date.
 *
 * @param name What the value is, for error messages (`dct`, `siblings[0].dct`).
 * @throws {RangeError} when the text is not a date, names a day the calendar does not have
 *   (`2016-02-30`), or a weekday that the date does not fall on.
 * @throws {TypeError} when `value` is neither a string nor a `Date`.
 * @example
 *   readDate('26-FEB-1987 15:01:01.79') // '1987-02-26T15:01:01.79'
 *   readDate('November 7, 2016') // '2016-11-07'
 */
export function readDate(value: string | Date, name = 'date'): string {
  return readNamedDate(value, `\`${name}\``)
}

/** `readDate`, naming the value as `what` in errors (`` `dct` for `extractTimexes` ``). */
export function readNamedDate(value: unknown, what: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new RangeError(`Cannot read ${what}: the \`Date\` is invalid (its time is NaN)`)
    }
    return value.toISOString()
  }
  if (typeof value !== 'string') {
    throw new TypeError(
      `Cannot read ${what} as a date: expected a string such as \`2016-11-07\` or a \`Date\`, not ${describeValue(value)}`,
    )
  }
  const text = value.trim()
  const bad = (why: string) =>
    new RangeError(`Cannot read ${what} ${JSON.stringify(value.slice(0, 60))}: ${why}`)
  const day = (year: number, month: number | undefined, date: number, weekday?: string) => {
    if (month === undefined) throw bad(expected)
    if (!isValidDay(year, month, date)) {
      throw bad(
        `${pad(year, 4)}-${pad(month, 2)} has no day ${date} (expected a real calendar date)`,
      )
    }
    if (weekday !== undefined) checkWeekday(weekday, year, month, date, bad)
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`
  }
  let match = isoDate.exec(text) ?? compactDate.exec(text) ?? slashDate.exec(text)
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]))
  match = isoDateTime.exec(text)
  if (match) {
    const date = day(Number(match[1]), Number(match[2]), Number(match[3]))
    return date + clock(match[4]!, match[5]!, match[6], match[7], match[8], bad)
  }
  match = dayMonthYear.exec(text)
  if (match) {
    const date = day(Number(match[4]), month(match[3]!), Number(match[2]), match[1])
    return match[5] === undefined
      ? date
      : date + clock(match[5].padStart(2, '0'), match[6]!, match[7], match[8], match[9], bad)
  }
  match = monthDayYear.exec(text)
  if (match) return day(Number(match[4]), month(match[2]!), Number(match[3]), match[1])
  throw bad(expected)
}

/** `readDate` without the throw: the ISO value, or `undefined` when `value` is not a date. */
export function tryReadDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  try {
    return readDate(value)
  } catch {
    return undefined
  }
}

function month(name: string): number | undefined {
  return monthNumbers.get(name.toLowerCase())
}

function checkWeekday(
  name: string,
  year: number,
  month: number,
  day: number,
  bad: (why: string) => RangeError,
) {
  const weekday = weekdayNumbers.get(name.toLowerCase())
  if (weekday === undefined) throw bad(expected)
  const actual = new Date(Date.UTC(2000, month - 1, day))
  actual.setUTCFullYear(year)
  if ((actual.getUTCDay() || 7) !== weekday) {
    throw bad(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)} is not a ${name}`)
  }
}

function clock(
  hour: string,
  minute: string,
  second: string | undefined,
  fraction: string | undefined,
  zone: string | undefined,
  bad: (why: string) => RangeError,
): string {
  const h = Number(hour)
  const m = Number(minute)
  const s = second === undefined ? 0 : Number(second)
  const midnight = h === 24 && m === 0 && s === 0
  if ((h > 23 && !midnight) || m > 59 || s > 60) {
    throw bad(`${hour}:${minute}${second === undefined ? '' : `:${second}`} is not a time of day`)
  }
  let text = `T${hour}:${minute}`
  if (second !== undefined) text += `:${second}${fraction ?? ''}`
  if (zone !== undefined) text += offset(zone)
  return text
}

function offset(zone: string): string {
  if (zone === 'Z' || zone === 'GMT' || zone === 'UTC') return 'Z'
  const digits = zone.replace(':', '')
  return `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`
}

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/** The calendar day of a value `readDate` returned, as written (`2016-11-06T07:53-05:00` → 2016-11-06). */
export function dayOf(iso: string): Day {
  return {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  }
}
