import { describe, expect, it } from 'vitest'
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
    expect(brief('Talks resume November 6 and end Sunday, February 30.')).toEqual([])
  })
})
