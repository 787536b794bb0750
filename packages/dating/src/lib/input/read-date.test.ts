import { describe, expect, it } from 'vitest'
import { readDate } from './read-date.js'

describe('readDate', () => {
  it('reads the dates users hold into ISO 8601, as precise as given', () => {
    const read = (value: string) => readDate(value)
    expect(read('2016-11-07')).toBe('2016-11-07')
    expect(read('2016-11-07T09:30:00Z')).toBe('2016-11-07T09:30:00Z')
    expect(read('2016-11-07 09:30-0500')).toBe('2016-11-07T09:30-05:00')
    expect(read('2016-11-06T07:53:00.250+05:30')).toBe('2016-11-06T07:53:00.250+05:30')
    expect(read('20161107')).toBe('2016-11-07')
    expect(read('2016/11/07')).toBe('2016-11-07')
    expect(read(' November 7, 2016 ')).toBe('2016-11-07')
    expect(read('Nov. 7 2016')).toBe('2016-11-07')
    expect(read('Monday, November 7, 2016')).toBe('2016-11-07')
    expect(read('7 Nov 2016')).toBe('2016-11-07')
    expect(read('7 November 2016')).toBe('2016-11-07')
    expect(read('26-FEB-1987 15:01:01.79')).toBe('1987-02-26T15:01:01.79')
    expect(read('Mon, 07 Nov 2016 09:30:00 GMT')).toBe('2016-11-07T09:30:00Z')
    expect(read('Mon, 07 Nov 2016 09:30:00 -0500')).toBe('2016-11-07T09:30:00-05:00')
  })

  it('reads a Date as its UTC instant', () => {
    expect(readDate(new Date(Date.UTC(2016, 10, 7, 9, 30)))).toBe('2016-11-07T09:30:00.000Z')
  })

  it('rejects impossible dates and times, naming the value', () => {
    expect(() => readDate('2016-02-30', 'dct')).toThrow(
      /^Cannot read `dct` "2016-02-30": 2016-02 has no day 30 \(expected a real calendar date\)$/,
    )
    expect(() => readDate('2015-02-29')).toThrow(RangeError)
    expect(() => readDate('31-APR-1987 10:00')).toThrow(/1987-04 has no day 31/)
    expect(() => readDate('2016-11-07T25:10')).toThrow(/25:10 is not a time of day/)
    expect(() => readDate('Tuesday, November 7, 2016')).toThrow(/2016-11-07 is not a Tuesday/)
    expect(() => readDate(new Date('not a date'))).toThrow(/the `Date` is invalid/)
  })

  it('rejects what is not a date: ranges, relative words, other types', () => {
    for (const text of ['2004/2005', 'last Sunday', '', '2016-11', '11/07/2016 or so']) {
      expect(() => readDate(text, 'dct')).toThrow(RangeError)
    }
    expect(() => readDate('2004/2005', 'date')).toThrow(
      /^Cannot read `date` "2004\/2005": expected an ISO 8601 date or date-time/,
    )
    expect(() => readDate(20161107 as unknown as string)).toThrow(
      /^Cannot read `date` as a date: expected a string such as `2016-11-07` or a `Date`, not the number 20161107$/,
    )
  })
})
