import { adversarialFamilies, measureGrowth } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import {
  abbreviations,
  addDays,
  formatDay,
  fromDayNumber,
  functionWords,
  isoWeekday,
  monthNumbers,
  timeZoneOffset,
  toDayNumber,
  weekdayNumbers,
} from '../src/index.js'

/** Every look-up the packages make per word: word lists, month and weekday names, zones. */
function lookUpWords(text: string): number {
  let found = 0
  for (const word of text.split(/[\s,.()]+/)) {
    const lower = word.toLowerCase()
    if (functionWords.has(lower)) found++
    if (abbreviations.has(lower)) found++
    if (monthNumbers.has(lower)) found++
    if (weekdayNumbers.has(lower)) found++
    if (timeZoneOffset(word, { year: 2016, month: 11, day: 6, hour: 7 }) !== undefined) found++
  }
  return found
}

/** The calendar arithmetic of `days` consecutive days from 1 January 1900. */
function walkDays(days: number): number {
  let sum = 0
  let day = { year: 1900, month: 1, day: 1 }
  for (let index = 0; index < days; index++) {
    day = addDays(day, 1)
    sum += isoWeekday(day) + fromDayNumber(toDayNumber(day)).day + formatDay(day).length
  }
  return sum
}

// CPU-time ratios at n and 4n (measureGrowth), never wall time or an absolute limit.
describe('lexicon look-ups in linear time', () => {
  it.each(adversarialFamilies)('grows linearly looking up the words of $name', ({ name, make }) => {
    const growth = measureGrowth({ make, run: lookUpWords, n: 250, runs: 2, maxN: 250 * 4096 })
    expect(growth.linear, `${name}: ${growth.summary}`).toBe(true)
  })

  it('finds the calendar words of a dateline', () => {
    // Sunday (weekday), March (month), EST (zone, and `est.` an abbreviation), The (function word).
    expect(lookUpWords('WASHINGTON, Sunday, March 4 (Reuters) 10:30 EST - The')).toBe(5)
  })

  it('grows linearly with the number of days walked through the calendar', () => {
    const growth = measureGrowth({ make: (n) => n, run: walkDays, n: 2_000, runs: 2 })
    expect(growth.linear, growth.summary).toBe(true)
    // 1900-01-01 was a Monday; seven days on it is again.
    expect(isoWeekday(addDays({ year: 1900, month: 1, day: 1 }, 7))).toBe(1)
  })
})
