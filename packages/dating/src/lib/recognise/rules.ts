import { monthNumbers, weekdayNumbers } from '@copydesk/lexicon'
import { NAMED_TIMES, PARTS_OF_DAY, SEASONS, WEEKDAY_PLURALS } from '../lexicon/calendar-names.js'
import { HOLIDAYS } from '../lexicon/holidays.js'
import { ORDINALS, SMALL_NUMBERS, TENS, VAGUE_QUANTITIES } from '../lexicon/numbers.js'
import { REFERENCE_PHRASES, REFERENCE_WORDS, SHIFT_WORDS } from '../lexicon/references.js'
import { FREQUENCY_ADVERBS, UNIT_WORDS } from '../lexicon/units.js'
import type { TokenKind } from '../tokens/tokenize.js'
import type { CoreRule } from './core.js'
import {
  century,
  DECADE_WORDS,
  dayFirst,
  decade,
  decadeWord,
  holiday,
  monthFirst,
  numericDate,
  quarterOrHalf,
  season,
  spelledYear,
  year,
  yearPeriod,
} from './dates.js'
import { DURATION_LEADS, duration } from './durations.js'
import { vagueReference } from './references.js'
import {
  dayWord,
  definitePeriod,
  followingPartOfDay,
  shiftedMonth,
  shiftedPeriod,
  thatPeriod,
  weekday,
  yearEnd,
} from './relative.js'
import { recurrence } from './sets.js'
import { STARTER_WORDS } from './starters.js'
import { clockTime, partOfDay } from './times.js'

/**
 * A recognition rule and the tokens it can begin with: a word in `firstWords`, or a number, mixed
 * (`1990s`) or apostrophe token when `figures` is set. Elsewhere the rule reads nothing, so it is
 * not tried there. Without `firstWords` it is tried at every token.
 */
interface RuleEntry {
  rule: CoreRule
  firstWords?: readonly string[]
  figures?: boolean
}

/** Rules in priority order: on a tie in length the earlier rule wins. */
const RULE_ENTRIES: readonly RuleEntry[] = [
  {
    rule: recurrence,
    firstWords: [
      ...FREQUENCY_ADVERBS.keys(),
      ...WEEKDAY_PLURALS.keys(),
      ...weekdayNumbers.keys(),
      'every',
      'each',
      'per',
      'a',
      'an',
    ],
  },
  { rule: clockTime, firstWords: [...NAMED_TIMES.keys()], figures: true },
  { rule: numericDate, firstWords: [], figures: true },
  { rule: monthFirst, firstWords: [...monthNumbers.keys()] },
  { rule: dayFirst, firstWords: [], figures: true },
  {
    rule: weekday,
    firstWords: ['this', 'last', 'next', 'past', 'coming', ...weekdayNumbers.keys()],
  },
  {
    rule: dayWord,
    firstWords: ['tonight', 'overnight', 'this', 'last', 'the', 'today', 'yesterday', 'tomorrow'],
  },
  { rule: quarterOrHalf, firstWords: [...ORDINALS.keys()], figures: true },
  { rule: century, firstWords: [...ORDINALS.keys()], figures: true },
  { rule: decade, firstWords: [], figures: true },
  { rule: season, firstWords: ['this', ...SHIFT_WORDS.keys(), ...SEASONS.keys()] },
  { rule: shiftedMonth, firstWords: [...SHIFT_WORDS.keys()] },
  { rule: shiftedPeriod, firstWords: [...SHIFT_WORDS.keys()] },
  {
    rule: definitePeriod,
    firstWords: ['the', 'full', 'latest', 'recent', 'comparable', 'same', 'fiscal', 'most', 'year'],
  },
  { rule: thatPeriod, firstWords: ['the', 'that'] },
  { rule: followingPartOfDay, firstWords: ['the'] },
  { rule: yearEnd, firstWords: ['year'] },
  { rule: yearPeriod, firstWords: [], figures: true },
  { rule: year, firstWords: ['fiscal'], figures: true },
  {
    rule: holiday,
    firstWords: ['last', 'next', 'this', ...HOLIDAYS.map((entry) => entry.words[0] ?? '')],
  },
  { rule: decadeWord, firstWords: [...DECADE_WORDS.keys()] },
  { rule: spelledYear, firstWords: ['nineteen', 'eighteen'] },
  {
    rule: duration,
    firstWords: [
      ...DURATION_LEADS,
      'a',
      'an',
      'couple',
      ...VAGUE_QUANTITIES,
      ...TENS.keys(),
      ...SMALL_NUMBERS.keys(),
      ...UNIT_WORDS.keys(),
    ],
    figures: true,
  },
  { rule: partOfDay, firstWords: [...PARTS_OF_DAY.keys()] },
  {
    rule: vagueReference,
    firstWords: [
      ...REFERENCE_WORDS.keys(),
      ...REFERENCE_PHRASES.map((phrase) => phrase.words[0] ?? ''),
    ],
  },
]

/** Every rule, in priority order. */
export const RULES: readonly CoreRule[] = RULE_ENTRIES.map((entry) => entry.rule)

/** The rules worth trying at each starter word, in priority order. */
const RULES_BY_WORD: ReadonlyMap<string, readonly CoreRule[]> = new Map(
  [...STARTER_WORDS].map((word) => [
    word,
    RULE_ENTRIES.filter((entry) => !entry.firstWords || entry.firstWords.includes(word)).map(
      (entry) => entry.rule,
    ),
  ]),
)

/** The rules worth trying at a number, mixed or apostrophe token, in priority order. */
const FIGURE_RULES: readonly CoreRule[] = RULE_ENTRIES.filter(
  (entry) => !entry.firstWords || entry.figures,
).map((entry) => entry.rule)

/**
 * The rules to try at a token, in priority order: those that can begin with it.
 *
 * @example
 *   rulesFor('word', 'the').includes(monthFirst) // false
 *   rulesFor('number', '2016').includes(monthFirst) // false
 */
export function rulesFor(kind: TokenKind, lower: string): readonly CoreRule[] {
  if (kind !== 'word') return FIGURE_RULES
  return RULES_BY_WORD.get(lower) ?? RULES
}
