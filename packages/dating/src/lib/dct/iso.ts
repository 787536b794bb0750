import type { Day } from '@copydesk/lexicon'
import { dayOf, tryReadDate } from '../input/read-date.js'

/** Whether a value is a date `readDate` reads (`2016-11-07`, `2016-11-07T09:30-05:00`, `2016/11/07`…) and the calendar has. */
export function isReadableDate(value: unknown): value is string {
  return tryReadDate(value) !== undefined
}

/** The calendar day of an ISO date or date-time, as written (`2016-11-06T07:53-05:00` → `2016-11-06`). */
export function calendarDay(value: string): string {
  return value.slice(0, 10)
}

/** The calendar day of an ISO date or date-time already read with `readDate`. */
export function isoDayOf(value: string): Day {
  return dayOf(value)
}
