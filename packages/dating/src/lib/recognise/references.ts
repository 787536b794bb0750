import { REFERENCE_PHRASES, REFERENCE_WORDS } from '../lexicon/references.js'
import type { Scanner } from '../tokens/scanner.js'
import type { Core } from './core.js'
import { byFirstWord } from './phrase-index.js'

/** Words after `current`/`recent` that make it a plain adjective of something else (`current account`). */
const NOT_TEMPORAL_AFTER = new Set([
  'account',
  'accounts',
  'affairs',
  'events',
  'event',
  'flow',
  'flows',
  'carrying',
  'issue',
])

const PHRASES_BY_FIRST_WORD = byFirstWord(REFERENCE_PHRASES)

/**
 * Vague references: `now`, `currently`, `recently`, `formerly`, `soon`, `the past`, `the future`,
 * `these days`. The multi-word phrases are tried first.
 */
export function vagueReference(scanner: Scanner, index: number): Core | null {
  const first = scanner.word(index)
  const phrases = PHRASES_BY_FIRST_WORD.get(first)
  if (!phrases && !REFERENCE_WORDS.has(first)) return null
  for (const phrase of phrases ?? []) {
    const end = scanner.phrase(index, phrase.words)
    if (end > 0) return { end, type: 'DATE', value: phrase.value }
  }
  const word = scanner.word(index)
  const value = REFERENCE_WORDS.get(word)
  if (value === undefined) return null
  if ((word === 'current' || word === 'recent') && NOT_TEMPORAL_AFTER.has(scanner.word(index + 1)))
    return null
  // `now` in `from now`, `just now` as in a list is fine; `now-defunct` is an adjective prefix, still PRESENT_REF.
  // `as soon as`, `soon after`: a conjunction, not a time.
  if (
    word === 'soon' &&
    (scanner.word(index - 1) === 'as' || scanner.word(index + 1) === 'after')
  ) {
    return null
  }
  if (
    word === 'once' &&
    (scanner.word(index + 1) === 'a' ||
      scanner.word(index + 1) === 'again' ||
      scanner.word(index + 1) === 'more')
  )
    return null
  return { end: index + 1, type: 'DATE', value }
}
