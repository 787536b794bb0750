/** Day of the week (0 = Sunday) of a proleptic Gregorian date. */
export function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Day of the month of the `n`th (1-based) given weekday of a month. */
export function nthWeekday(year: number, month: number, weekdayNumber: number, n: number): number {
  const first = weekday(year, month, 1)
  return 1 + ((weekdayNumber - first + 7) % 7) + (n - 1) * 7
}

/** Day of the month of the last given weekday of a month. */
export function lastWeekday(year: number, month: number, weekdayNumber: number): number {
  const lastDay = daysInMonth(year, month)
  const last = weekday(year, month, lastDay)
  return lastDay - ((last - weekdayNumber + 7) % 7)
}

/** Whether year/month/day names a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, '0')
}

/** `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** `±HH:MM` for an offset in minutes. */
export function isoOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+'
  const absolute = Math.abs(offsetMinutes)
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}
