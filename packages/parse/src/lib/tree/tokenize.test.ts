import fc from 'fast-check'
import { ParseEnglish } from 'parse-english'
import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize.js'

const reference = new ParseEnglish()

describe('tokenize (the fast tokeniser behind the body tree)', () => {
  it('makes the same tokens as parse-english on news text with mixed line endings', () => {
    const text =
      'WASHINGTON (AP) \u2014 The U.S. Senate voted 52-48 on Tuesday\u2026\r\n' +
      '\u201cWe\u2019re done,\u201d said Sen. Jane O\u2019Neil, D-N.Y.!!\r' +
      'Prices rose 3.5% to $1,200 \u2014 \u00a0a record \ud83d\udcc8\ud83d\udcc8.\n\n  Next.'
    expect(tokenize(text)).toEqual(reference.tokenize(text))
  })

  it('makes no tokens for empty text', () => {
    expect(tokenize('')).toEqual([])
  })

  it('agrees with parse-english on any text', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom('\r\n', '\r', '\n', ' ', '\u00a0', '...', '!!', '\u2014', 'U.S.', "don't"),
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(tokenize(text)).toEqual(reference.tokenize(text))
      }),
      { numRuns: 500 },
    )
  })
})
