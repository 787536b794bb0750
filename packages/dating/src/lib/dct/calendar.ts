/** A calendar day (proleptic Gregorian, no time zone). */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01. */
export function dayNumber(date: CalendarDay): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY)
}

/** The calendar day a day number falls on. */
export function dayFromNumber(number: number): CalendarDay {
  const date = new Date(number * MS_PER_DAY)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekdayOf(date: CalendarDay): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1
}

/** Whether the day exists (`February 29` only in leap years). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  )
}

/** `2016-11-06`. */
export function formatCalendarDay(date: CalendarDay): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0')
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

/** Read the calendar day at the start of an ISO date or date-time (`2016-11-06T07:53…`). */
export function readCalendarDay(iso: string): CalendarDay {
  return {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  }
}
