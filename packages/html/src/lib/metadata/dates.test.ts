import { describe, expect, it } from 'vitest'
import { findTextDates, findUrlDate, readStructuredDate } from './dates.js'

const days = (text: string, order?: 'day-first' | 'month-first') =>
  findTextDates(text, order).map((date) => date.iso)

describe('findTextDates', () => {
  it('finds dates in running text, in text order, with their offsets', () => {
    const text = 'Filed Nov. 7, 2016; the vote was set for 8 November 2016 (2016-11-09).'
    const found = findTextDates(text)
    expect(found.map((date) => date.iso)).toEqual(['2016-11-07', '2016-11-08', '2016-11-09'])
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Nov. 7, 2016')
  })

  it('reads month names of seven languages, abbreviated or not', () => {
    expect(days('am 3. März 2020')).toEqual(['2020-03-03'])
    expect(days('le 1er févr. 2020')).toEqual(['2020-02-01'])
    expect(days('el 9 de dic. de 2019')).toEqual(['2019-12-09'])
    expect(days('il 12 settembre 2018')).toEqual(['2018-09-12'])
    expect(days('em 30 de outubro de 2017')).toEqual(['2017-10-30'])
    expect(days('op 4 mei 2021')).toEqual(['2021-05-04'])
  })

  it('skips words that are not months and days the calendar does not have', () => {
    expect(days('Chapter 7 Section 2016')).toEqual([])
    expect(days('30 February 2016 and 2016-02-30 and 30.02.2016')).toEqual([])
  })

  it('reads 07/11/2016 by the page’s convention, and alone only when unambiguous', () => {
    expect(days('07/11/2016', 'day-first')).toEqual(['2016-11-07'])
    expect(days('07/11/2016', 'month-first')).toEqual(['2016-07-11'])
    expect(days('07/11/2016')).toEqual([])
    expect(days('25/11/2016')).toEqual(['2016-11-25'])
  })
})

describe('findUrlDate and readStructuredDate', () => {
  it('reads a day from URL paths, not from query strings or ids', () => {
    expect(findUrlDate('https://paper.example/2016/11/07/story.html')).toBe('2016-11-07')
    expect(findUrlDate('https://paper.example/news/2016-11-07-story')).toBe('2016-11-07')
    expect(findUrlDate('https://paper.example/story?id=20161107')).toBeUndefined()
    expect(findUrlDate('https://paper.example/2016/13/45/x')).toBeUndefined()
  })

  it('reads structured values and explains the ones it cannot read', () => {
    expect(readStructuredDate('2016-11-07T14:05:00.000Z').iso).toBe('2016-11-07T14:05:00.000Z')
    expect(readStructuredDate('Mon, 07 Nov 2016 14:05:00 GMT').iso).toBe('2016-11-07T14:05:00Z')
    expect(readStructuredDate('2016-11-07T14:05:00+0100 (CET)').iso).toBe('2016-11-07')
    expect(readStructuredDate('2016-02-30').problem).toMatch(/has no day 30/)
    expect(readStructuredDate('soon').problem).toMatch(/expected an ISO 8601 date/)
  })
})
