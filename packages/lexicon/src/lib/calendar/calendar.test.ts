import { describe, expect, it } from 'vitest'
import { isUsDaylightTime, timeZoneOffset, usDaylightPeriod } from './daylight-time.js'
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDay,
  fromDayNumber,
  isoOffset,
  isoWeek,
  isoWeekday,
  isValidDay,
  lastWeekday,
  nthWeekday,
  toDayNumber,
} from './days.js'

describe('days', () => {
  it('round-trips day numbers, also for years 0–99 and before 1970', () => {
    for (const day of [
      { year: 2016, month: 11, day: 6 },
      { year: 87, month: 2, day: 26 },
      { year: 1, month: 1, day: 1 },
      { year: 1900, month: 3, day: 1 },
    ]) {
      expect(fromDayNumber(toDayNumber(day))).toEqual(day)
    }
  })

  it('gives ISO weekdays and weeks', () => {
    expect(isoWeekday({ year: 2016, month: 11, day: 6 })).toBe(7)
    expect(isoWeekday({ year: 2016, month: 11, day: 7 })).toBe(1)
    expect(isoWeekday({ year: 1987, month: 2, day: 26 })).toBe(4)
    expect(isoWeek({ year: 2016, month: 1, day: 1 })).toEqual({ year: 2015, week: 53 })
    expect(isoWeek({ year: 2016, month: 11, day: 6 })).toEqual({ year: 2016, week: 44 })
  })

  it('adds days and months across month and leap-year ends', () => {
    expect(addDays({ year: 2016, month: 2, day: 28 }, 1)).toEqual({ year: 2016, month: 2, day: 29 })
    expect(addDays({ year: 2017, month: 1, day: 1 }, -1)).toEqual({
      year: 2016,
      month: 12,
      day: 31,
    })
    expect(addMonths({ year: 2015, month: 1, day: 31 }, 1)).toEqual({
      year: 2015,
      month: 2,
      day: 28,
    })
    expect(addMonths({ year: 2016, month: 3, day: 15 }, -15)).toEqual({
      year: 2014,
      month: 12,
      day: 15,
    })
  })

  it('tells real days from impossible ones', () => {
    expect(isValidDay(2016, 2, 29)).toBe(true)
    expect(isValidDay(2015, 2, 29)).toBe(false)
    expect(isValidDay(2016, 2, 30)).toBe(false)
    expect(isValidDay(2016, 13, 1)).toBe(false)
    expect(isValidDay(2016, 4, 0)).toBe(false)
    expect(isValidDay(2016, 4, 1.5)).toBe(false)
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
  })

  it('finds the nth and last weekday of a month', () => {
    expect(nthWeekday(2016, 3, 7, 2)).toBe(13)
    expect(nthWeekday(2016, 11, 2, 1)).toBe(1)
    expect(lastWeekday(2016, 10, 7)).toBe(30)
  })

  it('formats days and offsets as ISO 8601 writes them', () => {
    expect(formatDay({ year: 987, month: 2, day: 6 })).toBe('0987-02-06')
    expect(isoOffset(-300)).toBe('-05:00')
    expect(isoOffset(330)).toBe('+05:30')
    expect(isoOffset(0)).toBe('+00:00')
  })
})

describe('US daylight time', () => {
  it('follows the 2007, 1987 and 1967 federal rules', () => {
    expect(usDaylightPeriod(2016)).toEqual({ start: [3, 13], end: [11, 6] })
    expect(usDaylightPeriod(1987)).toEqual({ start: [4, 5], end: [10, 25] })
    expect(usDaylightPeriod(1974)?.start).toEqual([1, 6])
    expect(usDaylightPeriod(1970)).toEqual({ start: [4, 26], end: [10, 25] })
    expect(usDaylightPeriod(1960)).toBeUndefined()
  })

  it('switches at 2 AM local time', () => {
    expect(isUsDaylightTime(2016, 11, 6, 1)).toBe(true)
    expect(isUsDaylightTime(2016, 11, 6, 7)).toBe(false)
    expect(isUsDaylightTime(2016, 3, 13, 3)).toBe(true)
    expect(isUsDaylightTime(2016, 3, 13, 1)).toBe(false)
  })

  it('gives a zone’s offset at a local time, whatever the case of the abbreviation', () => {
    expect(timeZoneOffset('ET', { year: 2016, month: 11, day: 6, hour: 7 })).toBe(-300)
    expect(timeZoneOffset('et', { year: 2016, month: 11, day: 5, hour: 7 })).toBe(-240)
    expect(timeZoneOffset('HST', { year: 2016, month: 11, day: 8, hour: 19 })).toBe(-600)
    expect(timeZoneOffset('EST', { year: 2016, month: 7, day: 1, hour: 12 })).toBe(-300)
    expect(timeZoneOffset('Pacific', { year: 1990, month: 7, day: 1, hour: 12 })).toBe(-420)
    expect(timeZoneOffset('XYZ', { year: 2016, month: 7, day: 1, hour: 12 })).toBeUndefined()
  })
})
