import type { Day } from '@copydesk/lexicon'
import { describe, expect, it } from 'vitest'
import {
  holidayInYear,
  resolveOffset,
  resolvePeriod,
  resolveSeason,
  resolveWeekday,
  resolveYearless,
} from './resolver.js'

const monday: Day = { year: 2016, month: 11, day: 7 }

describe('resolvers', () => {
  it('resolves weekdays by tense and by shift', () => {
    expect(resolveWeekday(7, undefined)({ anchor: monday, tense: 'past' })).toBe('2016-11-06')
    expect(resolveWeekday(7, undefined)({ anchor: monday, tense: 'future' })).toBe('2016-11-13')
    expect(resolveWeekday(1, undefined)({ anchor: monday, tense: 'none' })).toBe('2016-11-07')
    // No cue: the day just past, unless the coming one is much nearer.
    expect(resolveWeekday(2, undefined)({ anchor: monday, tense: 'none' })).toBe('2016-11-08')
    expect(resolveWeekday(4, undefined)({ anchor: monday, tense: 'none' })).toBe('2016-11-03')
    expect(resolveWeekday(5, -1)({ anchor: monday, tense: 'none' })).toBe('2016-11-04')
    expect(resolveWeekday(5, 1)({ anchor: monday, tense: 'none' })).toBe('2016-11-11')
    expect(resolveWeekday(6, undefined, 'TNI')({ anchor: null, tense: 'past' })).toBe(
      'XXXX-WXX-6TNI',
    )
  })

  it('picks the year of a yearless date: nearest within two months, else by tense', () => {
    expect(resolveYearless(12, 20)({ anchor: monday, tense: 'past' })).toBe('2016-12-20')
    expect(resolveYearless(1, 12)({ anchor: monday, tense: 'past' })).toBe('2016-01-12')
    expect(resolveYearless(1, 12)({ anchor: monday, tense: 'future' })).toBe('2017-01-12')
    expect(resolveYearless(6, 1)({ anchor: monday, tense: 'past' })).toBe('2016-06-01')
    expect(resolveYearless(6, 1)({ anchor: monday, tense: 'future' })).toBe('2017-06-01')
    expect(resolveYearless(3, undefined)({ anchor: null, tense: 'none' })).toBe('XXXX-03')
  })

  it('shifts periods and offsets at the unit granularity', () => {
    expect(resolvePeriod('month', -1)({ anchor: monday, tense: 'none' })).toBe('2016-10')
    expect(resolvePeriod('quarter', 1)({ anchor: monday, tense: 'none' })).toBe('2017-Q1')
    expect(resolvePeriod('decade', 0)({ anchor: monday, tense: 'none' })).toBe('201')
    expect(resolveOffset('week', -2)({ anchor: monday, tense: 'none' })).toBe('2016-W43')
    expect(
      resolveOffset('year', -1)({ anchor: monday, tense: 'none', quarterly: () => true }),
    ).toBe('2015-Q3')
  })

  it('resolves seasons', () => {
    expect(resolveSeason('SU', -1)({ anchor: monday, tense: 'none' })).toBe('2016-SU')
    expect(resolveSeason('FA', -1)({ anchor: monday, tense: 'none' })).toBe('2015-FA')
    expect(resolveSeason('SP', 1)({ anchor: monday, tense: 'none' })).toBe('2017-SP')
  })

  it('finds movable holidays', () => {
    expect(holidayInYear({ kind: 'nth-weekday', month: 11, weekday: 4, nth: 4 }, 2016)).toEqual({
      year: 2016,
      month: 11,
      day: 24,
    })
    expect(holidayInYear({ kind: 'election' }, 2016)).toEqual({ year: 2016, month: 11, day: 8 })
    expect(holidayInYear({ kind: 'easter', offset: 0 }, 2000)).toEqual({
      year: 2000,
      month: 4,
      day: 23,
    })
    expect(holidayInYear({ kind: 'nth-weekday', month: 5, weekday: 1, nth: -1 }, 2016)).toEqual({
      year: 2016,
      month: 5,
      day: 30,
    })
  })
})
