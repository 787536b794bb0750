/** A calendar day (proleptic Gregorian, no time zone). */
export interface Day {
  year: number
  month: number
  day: number
}

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01 for a calendar day. */
export function toDayNumber(date: Day): number {
  return Math.floor(utc(date.year, date.month - 1, date.day) / MS_PER_DAY)
}

/** `Date.UTC` without its two-digit-year quirk (years 0–99 are not 1900–1999 here). */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day)
  return date.getTime()
}

/** The calendar day a day number falls on. */
export function fromDayNumber(dayNumber: number): Day {
  const date = new Date(dayNumber * MS_PER_DAY)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** Add days to a calendar day. */
export function addDays(date: Day, days: number): Day {
  return fromDayNumber(toDayNumber(date) + days)
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: Day): number {
  // 1970-01-01, day 0, was a Thursday (ISO 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(date: Day): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date))
  const firstOfYear = toDayNumber({ year: thursday.year, month: 1, day: 1 })
  return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - firstOfYear) / 7) + 1 }
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate()
}

/** Whether year, month and day name a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Add months, clamping the day to the end of the target month (`Jan 31 + 1 month` → `Feb 28/29`). */
export function addMonths(date: Day, months: number): Day {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

export const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value))

/** Four-digit year (`0987`), as TIMEX3 writes years. */
export function pad4(value: number): string {
  if (value < 0) return String(value)
  return String(value).padStart(4, '0')
}

/** `YYYY-MM-DD`. */
export function formatDay(date: Day): string {
  return `${pad4(date.year)}-${pad2(date.month)}-${pad2(date.day)}`
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`
}

/** `YYYY-Www`. */
export function formatWeek(date: Day): string {
  const { year, week } = isoWeek(date)
  return `${pad4(year)}-W${pad2(week)}`
}

/** Quarter (1–4) a month falls in. */
export const quarterOf = (month: number) => Math.floor((month - 1) / 3) + 1

/**
 * Read a document creation time: `2016-11-07`, `2016-11-07T10:30:00Z`, `20161107`.
 * Returns null when the text is not such a date.
 */
export function parseIsoDay(text: string): Day | null {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  const iso =
    compact ?? /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)
  if (!iso) return null
  const year = Number(iso[1])
  const month = Number(iso[2])
  const day = Number(iso[3])
  return isValidDay(year, month, day) ? { year, month, day } : null
}
