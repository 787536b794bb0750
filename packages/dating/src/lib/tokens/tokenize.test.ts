import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.js'

describe('tokenize', () => {
  it('splits words, numbers, mixed tokens and punctuation with exact offsets', () => {
    const text = 'On Nov. 6, 7:53 a.m., the 1990s ended.'
    const tokens = tokenize(text)
    expect(tokens.map((token) => token.lower)).toEqual([
      'on',
      'nov',
      '.',
      '6',
      ',',
      '7',
      ':',
      '53',
      'a',
      '.',
      'm',
      '.',
      ',',
      'the',
      '1990s',
      'ended',
      '.',
    ])
    for (const token of tokens)
      expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.lower)
    expect(tokens[14]?.kind).toBe('mixed')
    expect(tokens[3]?.kind).toBe('number')
  })

  it('records spacing, line breaks and capitals', () => {
    const [first, stop, second] = tokenize('Nov.\nSunday')
    expect(first?.capitalised).toBe(true)
    expect(stop?.spaced).toBe(false)
    expect(second?.newline).toBe(true)
  })

  it('keeps surrogate pairs whole and covers every non-space character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        let covered = 0
        for (const token of tokenize(text)) {
          expect(token.end).toBeGreaterThan(token.start)
          covered += token.end - token.start
        }
        expect(covered).toBe(text.replace(/[\s\u200b]/g, '').length)
      }),
      { numRuns: 300 },
    )
  })
})
