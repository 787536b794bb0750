import {
  MONTHS,
  NAMED_TIMES,
  PARTS_OF_DAY,
  SEASONS,
  WEEKDAY_PLURALS,
  WEEKDAYS,
} from '../lexicon/calendar-names.js'
import { HOLIDAYS } from '../lexicon/holidays.js'
import { ORDINALS } from '../lexicon/numbers.js'
import { REFERENCE_PHRASES, REFERENCE_WORDS, SHIFT_WORDS } from '../lexicon/references.js'
import { FREQUENCY_ADVERBS } from '../lexicon/units.js'
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
import { duration } from './durations.js'
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
 * A recognition rule and the words it can begin with: at a word token outside `firstWords` the
 * rule reads nothing, so it is not tried there. Without `firstWords` it is tried at every word.
 * Number, mixed and punctuation tokens try every rule.
 */
interface RuleEntry {
  rule: CoreRule
  firstWords?: readonly string[]
}

/** Rules in priority order: on a tie in length the earlier rule wins. */
const RULE_ENTRIES: readonly RuleEntry[] = [
  {
    rule: recurrence,
    firstWords: [
      ...FREQUENCY_ADVERBS.keys(),
      ...WEEKDAY_PLURALS.keys(),
      ...WEEKDAYS.keys(),
      'every',
      'each',
      'per',
      'a',
      'an',
    ],
  },
  // Otherwise it starts with digits.
  { rule: clockTime, firstWords: [...NAMED_TIMES.keys()] },
  { rule: numericDate, firstWords: [] },
  { rule: monthFirst, firstWords: [...MONTHS.keys()] },
  // A day number comes first.
  { rule: dayFirst, firstWords: [] },
  {
    rule: weekday,
    firstWords: ['this', 'last', 'next', 'past', 'coming', ...WEEKDAYS.keys()],
  },
  {
    rule: dayWord,
    firstWords: ['tonight', 'overnight', 'this', 'last', 'the', 'today', 'yesterday', 'tomorrow'],
  },
  // A year in figures, `Q3`, `3rd` or a spelled ordinal.
  { rule: quarterOrHalf, firstWords: [...ORDINALS.keys()] },
  { rule: century, firstWords: [...ORDINALS.keys()] },
  // `1990s`, `'90s`, `1990's`.
  { rule: decade, firstWords: [] },
  { rule: season, firstWords: ['this', ...SHIFT_WORDS.keys(), ...SEASONS.keys()] },
  { rule: shiftedMonth, firstWords: [...SHIFT_WORDS.keys()] },
  { rule: shiftedPeriod, firstWords: [...SHIFT_WORDS.keys()] },
  { rule: definitePeriod },
  { rule: thatPeriod, firstWords: ['the', 'that'] },
  { rule: followingPartOfDay, firstWords: ['the'] },
  { rule: yearEnd, firstWords: ['year'] },
  // A year in figures.
  { rule: yearPeriod, firstWords: [] },
  { rule: year, firstWords: ['fiscal'] },
  {
    rule: holiday,
    firstWords: ['last', 'next', 'this', ...HOLIDAYS.map((entry) => entry.words[0] ?? '')],
  },
  { rule: decadeWord, firstWords: [...DECADE_WORDS.keys()] },
  { rule: spelledYear, firstWords: ['nineteen', 'eighteen'] },
  { rule: duration },
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

/**
 * The rules to try at a token: for a word, only those that can begin with it; for anything else,
 * all of them.
 *
 * @example
 *   rulesFor('word', 'the').includes(monthFirst) // false
 */
export function rulesFor(kind: string, lower: string): readonly CoreRule[] {
  if (kind !== 'word') return RULES
  return RULES_BY_WORD.get(lower) ?? RULES
}

/** The words a rule is limited to, or undefined when it is tried at every word (for tests). */
export function firstWordsOf(rule: CoreRule): readonly string[] | undefined {
  return RULE_ENTRIES.find((entry) => entry.rule === rule)?.firstWords
}
