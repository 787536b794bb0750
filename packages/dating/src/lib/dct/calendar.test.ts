import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  dayFromNumber,
  dayNumber,
  formatCalendarDay,
  isRealDay,
  readCalendarDay,
  weekdayOf,
} from './calendar.js'

describe('calendar arithmetic', () => {
  it('knows the weekdays of the seed story', () => {
    expect(weekdayOf({ year: 2016, month: 11, day: 6 })).toBe(7)
    expect(weekdayOf({ year: 2016, month: 11, day: 7 })).toBe(1)
    expect(weekdayOf({ year: 1969, month: 12, day: 31 })).toBe(3)
  })

  it('round-trips day numbers and agrees with Date on weekdays (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -80_000, max: 60_000 }), (number) => {
        const day = dayFromNumber(number)
        expect(dayNumber(day)).toBe(number)
        expect(weekdayOf(day)).toBe(((new Date(number * 86_400_000).getUTCDay() + 6) % 7) + 1)
        expect(readCalendarDay(formatCalendarDay(day))).toEqual(day)
      }),
    )
  })

  it('knows which days exist', () => {
    expect(isRealDay(2016, 2, 29)).toBe(true)
    expect(isRealDay(2015, 2, 29)).toBe(false)
    expect(isRealDay(2016, 13, 1)).toBe(false)
  })
})
