import { timeZones } from '../data/time-zones.js'
import { lastWeekday, nthWeekday } from './days.js'

/** When US daylight time runs in a year: it starts and ends at 2:00 local time on these days. */
export interface DaylightPeriod {
  /** [month, day] on which daylight time starts at 2:00 local standard time. */
  start: [number, number]
  /** [month, day] on which daylight time ends at 2:00 local daylight time. */
  end: [number, number]
}

const sunday = 7

/**
 * The US daylight-saving period of a year, by the federal rules:
 * - 2007 on (Energy Policy Act of 2005): second Sunday of March to first Sunday of November;
 * - 1987–2006: first Sunday of April to last Sunday of October;
 * - 1967–1986 (Uniform Time Act): last Sunday of April to last Sunday of October, except the
 *   energy-crisis years 1974 (from January 6) and 1975 (from February 23).
 * Before 1967 there was no uniform rule: `undefined`.
 *
 * @example
 *   usDaylightPeriod(2016) // => {start: [3, 13], end: [11, 6]}
 */
export function usDaylightPeriod(year: number): DaylightPeriod | undefined {
  if (year >= 2007) {
    return {
      start: [3, nthWeekday(year, 3, sunday, 2)],
      end: [11, nthWeekday(year, 11, sunday, 1)],
    }
  }
  if (year >= 1987) {
    return { start: [4, nthWeekday(year, 4, sunday, 1)], end: [10, lastWeekday(year, 10, sunday)] }
  }
  if (year === 1974) return { start: [1, 6], end: [10, lastWeekday(year, 10, sunday)] }
  if (year === 1975) return { start: [2, 23], end: [10, lastWeekday(year, 10, sunday)] }
  if (year >= 1967) {
    return { start: [4, lastWeekday(year, 4, sunday)], end: [10, lastWeekday(year, 10, sunday)] }
  }
  return undefined
}

/**
 * Whether a local wall-clock time in a US zone that observes daylight time falls in daylight time.
 * The repeated hour on the day it ends (1:00–1:59) is read as daylight time, its first occurrence;
 * the skipped hour on the day it starts (2:00–2:59) as daylight time too. `undefined` before 1967.
 *
 * @example
 *   isUsDaylightTime(2016, 11, 6, 7) // => false (it ended at 2 AM that day)
 */
export function isUsDaylightTime(
  year: number,
  month: number,
  day: number,
  hour: number,
): boolean | undefined {
  const period = usDaylightPeriod(year)
  if (!period) return undefined
  const date = month * 100 + day
  const start = period.start[0] * 100 + period.start[1]
  const end = period.end[0] * 100 + period.end[1]
  const afterStart = date > start || (date === start && hour >= 2)
  const beforeEnd = date < end || (date === end && hour < 2)
  return afterStart && beforeEnd
}

/** A local wall-clock moment: the date and the hour (0–23). */
export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
}

/**
 * The UTC offset in minutes a zone abbreviation means at a local time: fixed zones always give
 * theirs; the US generic zones (`ET`, `PT`, `Eastern`) give daylight time by the federal rules,
 * and their standard offset before 1967. `undefined` for an unknown abbreviation. Case does not
 * matter.
 *
 * @example
 *   timeZoneOffset('ET', {year: 2016, month: 11, day: 6, hour: 7}) // => -300
 *   timeZoneOffset('ET', {year: 2016, month: 11, day: 5, hour: 7}) // => -240
 *   timeZoneOffset('HST', {year: 2016, month: 11, day: 8, hour: 19}) // => -600
 */
export function timeZoneOffset(abbreviation: string, at: WallClock): number | undefined {
  const zone = timeZones.get(abbreviation.toUpperCase())
  if (!zone) return undefined
  if (!zone.observesUsDaylightTime) return zone.offsetMinutes
  const daylight = isUsDaylightTime(at.year, at.month, at.day, at.hour)
  return zone.offsetMinutes + (daylight ? 60 : 0)
}
