import { describe, expect, it } from 'vitest'
import { formatMonth, formatWeek, pad4, quarterOf } from './format.js'

describe('TIMEX3 formatting', () => {
  it('writes weeks in ISO week-numbering years, across year ends', () => {
    expect(formatWeek({ year: 2016, month: 11, day: 7 })).toBe('2016-W45')
    expect(formatWeek({ year: 2021, month: 1, day: 1 })).toBe('2020-W53')
  })

  it('pads years to four digits and names quarters', () => {
    expect(pad4(987)).toBe('0987')
    expect(formatMonth(2016, 3)).toBe('2016-03')
    expect([1, 3, 4, 12].map(quarterOf)).toEqual([1, 1, 2, 4])
  })
})
