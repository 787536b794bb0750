import { type Day, isoWeek } from '@copydesk/lexicon'

/** Two digits, as TIMEX3 writes months, days, hours and minutes. */
export const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value))

/** Four-digit year (`0987`), as TIMEX3 writes years. */
export function pad4(value: number): string {
  if (value < 0) return String(value)
  return String(value).padStart(4, '0')
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
