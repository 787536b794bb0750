import { describe, expect, it } from 'vitest'
import { extractTimexes } from '../extract-timexes.js'

const dct = '1987-03-10'

function found(text: string) {
  return extractTimexes(text, { dct }).map(({ text, type }) => `${text}|${type}`)
}

describe('four-digit clock times', () => {
  it('reads a number before "local time" as a time, not a year', () => {
    const timexes = found('The shuttle lifted off at 1805 local time after a two-day delay.')
    expect(timexes.some((entry) => entry.startsWith('1805') && entry.endsWith('|TIME'))).toBe(true)
    expect(timexes).not.toContain('1805|DATE')
  })

  it('reads both sides of "1600 est/2100 gmt" as times', () => {
    const timexes = found('Trading in the shares was halted at 1600 est/2100 gmt on Monday.')
    expect(
      timexes.filter((entry) => entry.includes('|DATE') && /^(1600|2100)\|/.test(entry)),
    ).toEqual([])
    expect(timexes.some((entry) => entry.startsWith('1600') && entry.endsWith('|TIME'))).toBe(true)
    expect(timexes.some((entry) => entry.startsWith('2100') && entry.endsWith('|TIME'))).toBe(true)
  })

  it('reads a lower-case gmt after the number as a time', () => {
    const timexes = found('The ministry said the ceasefire began at 0400 gmt.')
    expect(timexes.some((entry) => entry.startsWith('0400') && entry.endsWith('|TIME'))).toBe(true)
  })

  it('keeps a year before an ordinary word a year', () => {
    expect(found('The company was founded in 1805 and moved to Boston.')).toContain('1805|DATE')
  })
})
