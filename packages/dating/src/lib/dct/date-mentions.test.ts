import { describe, expect, it } from 'vitest'
import { extractTimexes } from '../extract-timexes.js'
import { findDateMentions } from './date-mentions.js'

const brief = (text: string) =>
  findDateMentions(text).map(({ kind, text, year, month, day, weekday }) => ({
    kind,
    text,
    ...(year === undefined ? {} : { year }),
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    ...(weekday === undefined ? {} : { weekday }),
  }))

describe('findDateMentions', () => {
  it('finds weekday-dates without a year, month first or day first', () => {
    expect(
      brief('Ministers met on Sunday, November 6, in Ankara and again on Tues. 8 Nov.'),
    ).toEqual([
      { kind: 'weekday-date', text: 'Sunday, November 6', month: 11, day: 6, weekday: 7 },
      { kind: 'weekday-date', text: 'Tues. 8 Nov.', month: 11, day: 8, weekday: 2 },
    ])
  })

  it('reads full dates, keeping a weekday only when it fits the year', () => {
    expect(
      brief('The photo dates from November 29, 2015; the vote was on Sun Nov. 6, 2016.'),
    ).toEqual([
      { kind: 'full-date', text: 'November 29, 2015', year: 2015, month: 11, day: 29 },
      { kind: 'full-date', text: 'Sun Nov. 6, 2016', year: 2016, month: 11, day: 6, weekday: 7 },
    ])
    expect(brief('It was filed Monday, November 6, 2016.')[0]).not.toHaveProperty('weekday')
    expect(brief('Records from 2013-08-07 were lost.')).toEqual([
      { kind: 'full-date', text: '2013-08-07', year: 2013, month: 8, day: 7 },
    ])
  })

  it('keeps bare years as weak evidence, but not amounts', () => {
    expect(
      brief('The insurgency has run since 1970 and cost $2015 million, or 1,2000 units.'),
    ).toEqual([{ kind: 'year', text: '1970', year: 1970 }])
  })

  it('ignores a month and day without weekday or year, and impossible dates', () => {
    expect(brief('Talks resume November 6 and end Sunday, February 30.')).toEqual([
      { kind: 'weekday', text: 'Sunday', weekday: 7 },
    ])
  })

  it('reads dates as extractTimexes does, one grammar for both', () => {
    const text =
      'Polls open at 4 p.m. on Thursday, Dec. 28; dealings start this Wednesday, March 4, and Sunday the 6th of November.'
    expect(brief(text)).toEqual([
      { kind: 'weekday-date', text: '4 p.m. on Thursday, Dec. 28', month: 12, day: 28, weekday: 4 },
      { kind: 'weekday-date', text: 'this Wednesday, March 4', month: 3, day: 4, weekday: 3 },
      { kind: 'weekday-date', text: 'Sunday the 6th of November', month: 11, day: 6, weekday: 7 },
    ])
    expect(
      extractTimexes(text, { dct: '2016-11-07' }).map((timex) => [timex.text, timex.value]),
    ).toEqual([
      ['4 p.m. on Thursday, Dec. 28', '2016-12-28T16:00'],
      ['this Wednesday, March 4', '2017-03-04'],
      ['Sunday the 6th of November', '2016-11-06'],
    ])
  })

  it('reads ISO date-times, numeric dates and weekdays alone', () => {
    expect(
      brief('Posted 2016-11-06T07:53:00-05:00 about the 4/3/87 vote, held Saturday night.'),
    ).toEqual([
      { kind: 'full-date', text: '2016-11-06T07:53:00-05:00', year: 2016, month: 11, day: 6 },
      { kind: 'full-date', text: '4/3/87', year: 1987, month: 4, day: 3 },
      { kind: 'weekday', text: 'Saturday night', weekday: 6 },
    ])
    expect(extractTimexes('Posted 2016-11-06T07:53:00-05:00.')[0]).toMatchObject({
      text: '2016-11-06T07:53:00-05:00',
      type: 'TIME',
      value: '2016-11-06T07:53:00',
    })
  })

  it('counts a year named with a month or a modifier, not a decade or a clock time', () => {
    expect(
      brief('Sales slowed in November 2015 and mid-1996, as in the 1970s; BBC2 at 2005 GMT.'),
    ).toEqual([
      { kind: 'year', text: 'November 2015', year: 2015 },
      { kind: 'year', text: 'mid-1996', year: 1996 },
    ])
  })
})
