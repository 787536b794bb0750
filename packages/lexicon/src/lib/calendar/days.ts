/** A calendar day of the proleptic Gregorian calendar, without a time zone. */
export interface Day {
  year: number
  /** 1–12. */
  month: number
  /** 1–31. */
  day: number
}

const msPerDay = 86_400_000

/** `Date.UTC` without its two-digit-year quirk (years 0–99 are not 1900–1999 here). */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day)
  return date.getTime()
}

/**
 * Days since 1970-01-01.
 *
 * @example
 *   toDayNumber({year: 1970, month: 1, day: 2}) // => 1
 */
export function toDayNumber(date: Day): number {
  return Math.floor(utc(date.year, date.month - 1, date.day) / msPerDay)
}

/**
 * The day a day number falls on.
 *
 * @example
 *   fromDayNumber(0) // => {year: 1970, month: 1, day: 1}
 */
export function fromDayNumber(dayNumber: number): Day {
  const date = new Date(dayNumber * msPerDay)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/**
 * Add (or, negative, subtract) days.
 *
 * @example
 *   addDays({year: 2016, month: 2, day: 28}, 1) // => {year: 2016, month: 2, day: 29}
 */
export function addDays(date: Day, days: number): Day {
  return fromDayNumber(toDayNumber(date) + days)
}

/**
 * Add months, clamping the day to the end of the target month.
 *
 * @example
 *   addMonths({year: 2016, month: 1, day: 31}, 1) // => {year: 2016, month: 2, day: 29}
 */
export function addMonths(date: Day, months: number): Day {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

/**
 * ISO weekday: Monday 1 … Sunday 7.
 *
 * @example
 *   isoWeekday({year: 2016, month: 11, day: 6}) // => 7 (a Sunday)
 */
export function isoWeekday(date: Day): number {
  // 1970-01-01, day 0, was a Thursday (ISO 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1
}

/**
 * The ISO 8601 week-numbering year and week of a day.
 *
 * @example
 *   isoWeek({year: 2016, month: 1, day: 1}) // => {year: 2015, week: 53}
 */
export function isoWeek(date: Day): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date))
  const firstOfYear = toDayNumber({ year: thursday.year, month: 1, day: 1 })
  return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - firstOfYear) / 7) + 1 }
}

/**
 * The number of days in a month.
 *
 * @example
 *   daysInMonth(2016, 2) // => 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate()
}

/**
 * Whether year, month and day name a real calendar day (integers, the month 1–12, the day within
 * the month).
 *
 * @example
 *   isValidDay(2016, 2, 30) // => false
 */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

/**
 * The day of the month of the `n`th (1-based) given ISO weekday of a month.
 *
 * @example
 *   nthWeekday(2016, 3, 7, 2) // => 13 (the second Sunday of March 2016)
 */
export function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = isoWeekday({ year, month, day: 1 })
  return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7
}

/**
 * The day of the month of the last given ISO weekday of a month.
 *
 * @example
 *   lastWeekday(2016, 10, 7) // => 30 (the last Sunday of October 2016)
 */
export function lastWeekday(year: number, month: number, weekday: number): number {
  const lastDay = daysInMonth(year, month)
  const last = isoWeekday({ year, month, day: lastDay })
  return lastDay - ((last - weekday + 7) % 7)
}

function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, '0')
}

/**
 * `YYYY-MM-DD`, with a four-digit year (`0987`), as ISO 8601 and TIMEX3 write it.
 *
 * @example
 *   formatDay({year: 2016, month: 11, day: 6}) // => '2016-11-06'
 */
export function formatDay(date: Day): string {
  const year = date.year < 0 ? `-${pad(date.year, 4)}` : pad(date.year, 4)
  return `${year}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

/**
 * `±HH:MM` for an offset from UTC in minutes.
 *
 * @example
 *   isoOffset(-300) // => '-05:00'
 */
export function isoOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const absolute = Math.abs(offsetMinutes)
  return `${sign}${pad(Math.floor(absolute / 60), 2)}:${pad(absolute % 60, 2)}`
}
