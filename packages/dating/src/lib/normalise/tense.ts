import { FUTURE_CUES, NOT_PAST_ED, PAST_CUES } from '../lexicon/tense.js'
import type { Scanner } from '../tokens/scanner.js'
import type { Tense } from './resolver.js'

const WINDOW = 10
const QUOTES = new Set(['"', '\u201c', '\u201d', '`', "''"])

/** Quotation marks end the clause: `"…will leave Thursday," Castro said` is future, whatever `said` says. */
function isQuote(scanner: Scanner, index: number): boolean {
  const text = scanner.lower(index)
  if (QUOTES.has(text)) return true
  return text === "'" && (scanner.lower(index + 1) === "'" || scanner.lower(index - 1) === "'")
}
const PAST_AUXILIARIES = new Set(['had', 'was', 'were'])

function cueAt(scanner: Scanner, index: number): Tense {
  const word = scanner.word(index)
  if (word === '') return 'none'
  if (word === 'set') {
    // `set to resume`, `set for Monday` look ahead; `the record set on Aug. 6` looks back.
    const next = scanner.word(index + 1)
    return next === 'to' || next === 'for' ? 'future' : 'past'
  }
  if (FUTURE_CUES.has(word)) {
    // `had been scheduled to`, `was expected to`: a plan reported in the past.
    const before = scanner.word(index - 1)
    const twoBefore = scanner.word(index - 2)
    if (PAST_AUXILIARIES.has(before) || (before === 'been' && PAST_AUXILIARIES.has(twoBefore)))
      return 'past'
    return 'future'
  }
  const past =
    PAST_CUES.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word))
  if (!past) return 'none'
  // A participle after `be`/`to` (`would be paid`, `to be named`) carries no tense of its own.
  const before = scanner.word(index - 1)
  if (before === 'be' || before === 'being' || before === 'to') return 'none'
  return 'past'
}

/**
 * The tense of the clause around tokens `[start, end)`: the nearest tense cue within ten tokens
 * either side, not crossing a sentence boundary. Ties go to the cue before the expression.
 */
export function tenseAround(scanner: Scanner, start: number, end: number): Tense {
  let before: Tense = 'none'
  let beforeDistance = WINDOW + 1
  for (let index = start - 1, distance = 1; index >= 0 && distance <= WINDOW; index--, distance++) {
    if (index + 1 < start && (scanner.boundary(index + 1) || isQuote(scanner, index + 1))) break
    const cue = cueAt(scanner, index)
    if (cue !== 'none') {
      before = cue
      beforeDistance = distance
      break
    }
  }
  let after: Tense = 'none'
  let afterDistance = WINDOW + 1
  for (
    let index = end, distance = 1;
    index < scanner.tokens.length && distance <= WINDOW;
    index++, distance++
  ) {
    if (scanner.boundary(index) || isQuote(scanner, index)) break
    const cue = cueAt(scanner, index)
    if (cue !== 'none') {
      after = cue
      afterDistance = distance
      break
    }
  }
  if (before === 'none') return after
  if (after === 'none') return before
  return afterDistance < beforeDistance ? after : before
}

const QUARTER_WORDS = new Set(['quarter', 'quarterly', 'quarters'])
/** Words of results reporting: with them, a quarter mentioned further back still sets the frame. */
const RESULTS_WORDS = new Set([
  'net',
  'profit',
  'profits',
  'revenue',
  'revenues',
  'sales',
  'earnings',
  'earned',
  'loss',
  'income',
  'share',
  'cents',
  'million',
  'billion',
  '$',
  '%',
  'percent',
])
const NEAR_LOOKBACK = 40
const FAR_LOOKBACK = 300

/**
 * Whether the passage around tokens `[start, end)` talks about quarters, as earnings copy does
 * (`profit rose from a year earlier`): a quarter in the sentence or the forty tokens before it,
 * or further back (300 tokens) when the sentence reports results.
 */
export function mentionsQuarter(scanner: Scanner, start: number, end: number): boolean {
  let results = false
  for (let index = end; index < scanner.tokens.length && index < end + 30; index++) {
    if (scanner.boundary(index)) break
    const word = scanner.lower(index)
    if (QUARTER_WORDS.has(word)) return true
    if (RESULTS_WORDS.has(word)) results = true
  }
  let sentence = true
  for (let index = start - 1; index >= 0 && index >= start - FAR_LOOKBACK; index--) {
    const word = scanner.lower(index)
    if (QUARTER_WORDS.has(word) && (results || index >= start - NEAR_LOOKBACK)) return true
    if (sentence && scanner.boundary(index + 1) && index + 1 < start) sentence = false
    if (sentence && RESULTS_WORDS.has(word)) results = true
  }
  return false
}
