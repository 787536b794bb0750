import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { exactKey } from './exact-key.js'
import { foldCase } from './fold-case.js'
import { normaliseText } from './normalise.js'
import { words } from './words.js'

describe('normaliseText', () => {
  test('NFKC, case, typographic quotes and dashes, whitespace', () => {
    expect(normaliseText('“Seizing,  holding” – and\u00a0GOVERNING\n\n')).toBe(
      '"seizing, holding" - and governing',
    )
    expect(normaliseText('Dunford’s ﬁnal ‘word’ — Ｒａｑｑａ')).toBe(
      "dunford's final 'word' - raqqa",
    )
  })

  test('property: idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normaliseText(text)
        expect(normaliseText(once)).toBe(once)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('foldCase', () => {
  test('full case folding where lower-casing is not enough', () => {
    expect(foldCase('Straße')).toBe(foldCase('STRASSE'))
    expect(foldCase('ΟΔΟΣ')).toBe(foldCase('οδος'))
    expect(foldCase('ﬁnal Ｒａｑｑａ')).toBe('final raqqa')
    expect(foldCase('Raqqa')).toBe('raqqa')
  })

  test('property: idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(foldCase(foldCase(text))).toBe(foldCase(text))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('exactKey', () => {
  test('equal for texts that differ only in typography and spacing', () => {
    expect(exactKey('The SDF – which includes “Arab” groups')).toBe(
      exactKey('the SDF -  which includes "Arab" groups'),
    )
    expect(exactKey('The SDF said')).not.toBe(exactKey('The SDF says'))
    expect(exactKey('The SDF said')).toMatch(/^[\da-f]{16}$/)
    expect(() => exactKey(undefined as unknown as string)).toThrow(/got undefined/)
  })

  test('property: the key of a text is the key of its normalised form', () => {
    const typographic = fc.constantFrom('“', '”', '’', '—', '–', ' ', '\n', '\u00a0', 'A', 'é', 'ﬁ')
    const text = fc
      .array(fc.oneof(fc.string({ maxLength: 4 }), typographic), { maxLength: 30 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' })), (value) => {
        expect(exactKey(value)).toBe(exactKey(normaliseText(value)))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('words', () => {
  test('letters, digits and underscore, with offsets into the text', () => {
    const text = 'Raqqa’s 200,000 people — née Café_1'
    const found = words(text)
    expect(found.map((word) => word.normal)).toEqual([
      'raqqa',
      's',
      '200',
      '000',
      'people',
      'née',
      'café_1',
    ])
    for (const word of found)
      expect(text.slice(word.start, word.end).toLowerCase()).toBe(word.normal)
  })

  test('property: words never overlap and always index the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        let last = -1
        for (const word of words(text)) {
          expect(word.start).toBeGreaterThan(last)
          expect(word.end).toBeGreaterThan(word.start)
          last = word.end - 1
        }
      }),
    )
  })
})
