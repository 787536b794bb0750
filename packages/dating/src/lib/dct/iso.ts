import { type Day, parseIsoDay } from '../normalise/calendar.js'
import { dctToTimex3 } from '../timeml/dct-value.js'

const isoDateOrDateTime =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Whether a string is an ISO 8601 calendar date or date-time (`2016-11-07`, `2016-11-07T09:30-05:00`). */
export function isIsoDate(value: unknown): value is string {
  return (
    typeof value === 'string' && isoDateOrDateTime.test(value) && dctToTimex3(value) !== undefined
  )
}

/** The calendar day of an ISO date or date-time, as written (`2016-11-06T07:53-05:00` → `2016-11-06`). */
export function calendarDay(value: string): string {
  return value.slice(0, 10)
}

/** The calendar day of an ISO date or date-time already checked with `isIsoDate`. */
export function isoDayOf(value: string): Day {
  const day = parseIsoDay(calendarDay(value))
  if (!day) throw new RangeError(`Cannot read a calendar day from ${JSON.stringify(value)}`)
  return day
}
