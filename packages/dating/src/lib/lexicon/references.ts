/**
 * Vague temporal references: words and phrases TimeML marks with `PRESENT_REF`, `PAST_REF` or
 * `FUTURE_REF` because they point at a time without naming it.
 */

export type ReferenceValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'

/** Single words. `now`, `currently` → present; `recently`, `formerly` → past; `soon` → future. */
export const REFERENCE_WORDS: ReadonlyMap<string, ReferenceValue> = new Map([
  ['now', 'PRESENT_REF'],
  ['currently', 'PRESENT_REF'],
  ['current', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'],
  ['recently', 'PAST_REF'],
  ['formerly', 'PAST_REF'],
  ['lately', 'PAST_REF'],
  ['soon', 'FUTURE_REF'],
])

/** Phrases: `the past`, `the future`, `the present`, `these days`, `right now`. */
export const REFERENCE_PHRASES: ReadonlyArray<{ words: readonly string[]; value: ReferenceValue }> =
  [
    { words: ['the', 'past'], value: 'PAST_REF' },
    { words: ['the', 'future'], value: 'FUTURE_REF' },
    { words: ['the', 'present'], value: 'PRESENT_REF' },
    { words: ['these', 'days'], value: 'PRESENT_REF' },
    { words: ['right', 'now'], value: 'PRESENT_REF' },
    { words: ['at', 'present'], value: 'PRESENT_REF' },
    { words: ['the', 'near', 'future'], value: 'FUTURE_REF' },
    { words: ['the', 'distant', 'future'], value: 'FUTURE_REF' },
    { words: ['the', 'foreseeable', 'future'], value: 'FUTURE_REF' },
    { words: ['the', 'recent', 'past'], value: 'PAST_REF' },
    { words: ['the', 'near', 'term'], value: 'FUTURE_REF' },
    { words: ['the', 'short', 'term'], value: 'FUTURE_REF' },
    { words: ['the', 'long', 'term'], value: 'FUTURE_REF' },
  ]

/** Relative words that shift a period: `last year` (−1), `this week` (0), `next month` (+1). */
export const SHIFT_WORDS: ReadonlyMap<string, number> = new Map([
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['prior', -1],
  ['this', 0],
  ['current', 0],
  ['next', 1],
  ['coming', 1],
  ['following', 1],
  ['upcoming', 1],
])
