import { describe, expect, it } from 'vitest'
import { parseArticle } from '../parse-article.js'

function timestampOf(line: string) {
  return parseArticle(`${line}\n\nThe minister resigned on Sunday.`).timestamps[0]
}

describe('timestamps', () => {
  it('applies the end of US daylight time (first Sunday of November, 2 AM)', () => {
    expect(timestampOf('Updated 7:53 AM ET, Sun November 6, 2016')?.value).toBe(
      '2016-11-06T07:53:00-05:00',
    )
    expect(timestampOf('Updated 12:30 AM ET, Sun November 6, 2016')?.value).toBe(
      '2016-11-06T00:30:00-04:00',
    )
    expect(timestampOf('Updated 11:00 PM ET, Sat November 5, 2016')?.value).toBe(
      '2016-11-05T23:00:00-04:00',
    )
  })

  it('applies the start of US daylight time (second Sunday of March since 2007)', () => {
    expect(timestampOf('Updated 1:30 AM PT, March 12, 2017')?.value).toBe(
      '2017-03-12T01:30:00-08:00',
    )
    expect(timestampOf('Updated 3:30 AM PT, March 12, 2017')?.value).toBe(
      '2017-03-12T03:30:00-07:00',
    )
    expect(timestampOf('Published 10:00 AM CT, March 11, 2017')?.value).toBe(
      '2017-03-11T10:00:00-06:00',
    )
  })

  it('uses the older rules before 2007 (first Sunday of April to last Sunday of October)', () => {
    // 2006: daylight time from April 2 to October 29.
    expect(timestampOf('Posted 9:00 AM ET, March 20, 2006')?.value).toBe(
      '2006-03-20T09:00:00-05:00',
    )
    expect(timestampOf('Posted 9:00 AM ET, April 3, 2006')?.value).toBe('2006-04-03T09:00:00-04:00')
    expect(timestampOf('Posted 9:00 AM MT, November 1, 2006')?.value).toBe(
      '2006-11-01T09:00:00-07:00',
    )
    // 1980: last Sunday of April (27th).
    expect(timestampOf('Posted 9:00 AM ET, April 20, 1980')?.value).toBe(
      '1980-04-20T09:00:00-05:00',
    )
    expect(timestampOf('Posted 9:00 AM ET, April 28, 1980')?.value).toBe(
      '1980-04-28T09:00:00-04:00',
    )
  })

  it('reads explicit zones with fixed offsets', () => {
    expect(timestampOf('Updated 0930 GMT, 6 Nov 2016')).toBeUndefined()
    expect(timestampOf('Updated 09:30 GMT, 6 Nov 2016')?.value).toBe('2016-11-06T09:30:00+00:00')
    expect(timestampOf('Published Sun 6 Nov 2016 09.30 BST')?.value).toBe(
      '2016-11-06T09:30:00+01:00',
    )
    expect(timestampOf('Updated 4:05 p.m. EDT, July 4, 2019')?.value).toBe(
      '2019-07-04T16:05:00-04:00',
    )
    expect(timestampOf('Updated 4:05 p.m. EST, January 4, 2019')?.value).toBe(
      '2019-01-04T16:05:00-05:00',
    )
    expect(timestampOf('Updated 8:00 UTC, January 4, 2019')?.value).toBe(
      '2019-01-04T08:00:00+00:00',
    )
    expect(timestampOf('Last updated: 2019-01-04T08:00:00Z')?.value).toBe(
      '2019-01-04T08:00:00+00:00',
    )
  })

  it('gives a local time without offset when no zone is named, and a date when no time', () => {
    expect(timestampOf('Updated 7:53 AM, November 6, 2016')?.value).toBe('2016-11-06T07:53:00')
    expect(timestampOf('November 6, 2016')).toMatchObject({
      kind: 'unlabelled',
      value: '2016-11-06',
    })
    expect(timestampOf('Published 6 November 2016')).toMatchObject({
      kind: 'published',
      value: '2016-11-06',
    })
  })

  it('reads common page layouts of date and time', () => {
    expect(timestampOf('Jan. 9, 2023 at 10:32 a.m. ET')).toMatchObject({
      kind: 'unlabelled',
      value: '2023-01-09T10:32:00-05:00',
    })
    expect(timestampOf('Mon 9 Jan 2023 10.32 GMT')?.value).toBe('2023-01-09T10:32:00+00:00')
    expect(timestampOf('Published: January 9, 2023 / 10:32 PM PT')?.value).toBe(
      '2023-01-09T22:32:00-08:00',
    )
    expect(timestampOf('Updated 2023-07-09 10:32')?.value).toBe('2023-07-09T10:32:00')
    expect(timestampOf('First published on Sun 6 Nov 2016 09.30 GMT+1')?.value).toBe(
      '2016-11-06T09:30:00+01:00',
    )
  })

  it('warns when the weekday disagrees with the date', () => {
    const article = parseArticle(
      'Updated 7:53 AM ET, Mon November 6, 2016\n\nThe minister resigned.',
    )
    expect(article.warnings?.map((warning) => warning.ruleId)).toEqual(['weekday-mismatch'])
  })

  it('reads weekdays with ISO numbers: a Sunday date under `Sun` is no mismatch', () => {
    const sunday = parseArticle(
      'Updated 7:53 AM ET, Sun November 6, 2016\n\nThe minister resigned.',
    )
    expect(sunday.warnings).toEqual([])
    const saturday = parseArticle(
      'Posted Saturday, November 5, 2016 11:00 PM ET\n\nThe minister resigned.',
    )
    expect(saturday.timestamps[0]?.value).toBe('2016-11-05T23:00:00-04:00')
    expect(saturday.warnings).toEqual([])
    const thursday = parseArticle('Updated Thur., Nov. 3, 2016\n\nThe minister resigned.')
    expect(thursday.timestamps[0]?.value).toBe('2016-11-03')
    expect(thursday.warnings).toEqual([])
    const wrong = parseArticle('Updated Sun., Nov. 3, 2016\n\nThe minister resigned.')
    expect(wrong.warnings?.map((warning) => warning.ruleId)).toEqual(['weekday-mismatch'])
  })

  it('reads the zones of the shared lexicon (`HST`, `IST`)', () => {
    expect(timestampOf('Updated 7:00 PM HST, November 8, 2016')?.value).toBe(
      '2016-11-08T19:00:00-10:00',
    )
    expect(timestampOf('Updated 9:15 AM IST, March 2, 2023')?.value).toBe(
      '2023-03-02T09:15:00+05:30',
    )
  })

  it('warns when a US zone is named before uniform daylight time', () => {
    const article = parseArticle('Updated 7:53 AM ET, July 6, 1950\n\nThe minister resigned.')
    expect(article.timestamps[0]?.value).toBe('1950-07-06T07:53:00')
    expect(article.warnings?.map((warning) => warning.ruleId)).toEqual(['unresolved-zone'])
  })

  it('does not take a sentence with a date for a timestamp', () => {
    expect(timestampOf('The vote is set for November 6, 2016.')).toBeUndefined()
    expect(timestampOf('Updated rules took effect November 6, 2016')).toBeUndefined()
  })
})
