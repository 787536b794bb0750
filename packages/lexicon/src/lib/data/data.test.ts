import { describe, expect, it } from 'vitest'
import {
  abbreviations,
  businessAbbreviations,
  nonTerminalAbbreviations,
  stateAbbreviations,
  titleAbbreviations,
} from './abbreviations.js'
import { determiners, functionWords, prepositions, pronouns } from './function-words.js'
import { monthNames, monthNumbers, shortMonths } from './months.js'
import { timeZones } from './time-zones.js'
import { shortWeekdays, weekdayNames, weekdayNumbers } from './weekdays.js'

describe('calendar names', () => {
  it('numbers every month name and abbreviation 1–12', () => {
    expect(monthNumbers.get('november')).toBe(11)
    expect(monthNumbers.get('sept')).toBe(9)
    expect(monthNumbers.get('sep')).toBe(9)
    for (const [name, number] of monthNumbers) {
      expect(monthNames[number - 1]?.toLowerCase().startsWith(name.slice(0, 3)), name).toBe(true)
    }
    expect(shortMonths.has('may')).toBe(false)
    expect([...shortMonths].every((name) => monthNumbers.has(name))).toBe(true)
  })

  it('numbers weekdays the ISO way, Monday 1 to Sunday 7, with the wire-copy short forms', () => {
    expect(weekdayNumbers.get('monday')).toBe(1)
    expect(weekdayNumbers.get('sunday')).toBe(7)
    for (const short of ['thu', 'thur', 'thurs']) expect(weekdayNumbers.get(short)).toBe(4)
    expect(weekdayNumbers.get('tues')).toBe(2)
    expect(weekdayNames[(weekdayNumbers.get('sun') as number) - 1]).toBe('Sunday')
    expect(shortWeekdays.has('thur')).toBe(true)
    expect(shortWeekdays.has('sunday')).toBe(false)
  })
})

describe('time zones', () => {
  it('knows the US, European and Pacific zones a news page prints, upper case', () => {
    expect(timeZones.get('HST')).toEqual({ offsetMinutes: -600, observesUsDaylightTime: false })
    expect(timeZones.get('EST')?.offsetMinutes).toBe(-300)
    expect(timeZones.get('ET')?.observesUsDaylightTime).toBe(true)
    expect(timeZones.get('CEST')?.offsetMinutes).toBe(120)
    expect(timeZones.get('AEST')?.offsetMinutes).toBe(600)
    expect(timeZones.has('est')).toBe(false)
  })
})

describe('abbreviations', () => {
  it('keeps categories apart and unites them', () => {
    expect(titleAbbreviations.has('sen')).toBe(true)
    expect(stateAbbreviations.has('calif')).toBe(true)
    expect(businessAbbreviations.has('inc')).toBe(true)
    for (const set of [titleAbbreviations, stateAbbreviations, businessAbbreviations]) {
      for (const word of set) expect(abbreviations.has(word), word).toBe(true)
    }
  })

  it('leaves out of the non-terminal set what may end a sentence (a state, a company word)', () => {
    expect(nonTerminalAbbreviations.has('gen')).toBe(true)
    expect(nonTerminalAbbreviations.has('jan')).toBe(true)
    expect(nonTerminalAbbreviations.has('conn')).toBe(false)
    expect(nonTerminalAbbreviations.has('inc')).toBe(false)
  })
})

describe('function words', () => {
  it('has the classes and their union, lower case', () => {
    expect(determiners.has('the')).toBe(true)
    expect(prepositions.has('from')).toBe(true)
    expect(pronouns.has('herself')).toBe(true)
    for (const word of functionWords) expect(word).toBe(word.toLowerCase())
    expect(functionWords.has('said')).toBe(false)
  })
})
