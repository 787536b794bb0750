import { describe, expect, it } from 'vitest'
import { addDays, addMonths, formatWeek, isoWeek, isoWeekday, parseIsoDay } from './calendar.js'

describe('calendar', () => {
  it('computes ISO weekdays and weeks, across year ends', () => {
    expect(isoWeekday({ year: 2016, month: 11, day: 6 })).toBe(7)
    expect(formatWeek({ year: 2016, month: 11, day: 7 })).toBe('2016-W45')
    expect(isoWeek({ year: 2021, month: 1, day: 1 })).toEqual({ year: 2020, week: 53 })
    // Years below 100 are not shifted into the 1900s.
    expect(addDays({ year: 50, month: 3, day: 1 }, -1)).toEqual({ year: 50, month: 2, day: 28 })
  })

  it('adds days and months, clamping to the end of the month', () => {
    expect(addDays({ year: 2016, month: 12, day: 30 }, 3)).toEqual({ year: 2017, month: 1, day: 2 })
    expect(addMonths({ year: 2016, month: 1, day: 31 }, 1)).toEqual({
      year: 2016,
      month: 2,
      day: 29,
    })
    expect(addMonths({ year: 2016, month: 1, day: 15 }, -13)).toEqual({
      year: 2014,
      month: 12,
      day: 15,
    })
  })

  it('reads document dates in ISO and compact forms, and rejects others', () => {
    expect(parseIsoDay('2016-11-06T07:53:00-05:00')).toEqual({ year: 2016, month: 11, day: 6 })
    expect(parseIsoDay('19980108')).toEqual({ year: 1998, month: 1, day: 8 })
    expect(parseIsoDay('2016-02-30')).toBeNull()
    expect(parseIsoDay('Sunday')).toBeNull()
  })
})
