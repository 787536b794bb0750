import { monthNumbers, weekdayNumbers } from '@copydesk/lexicon'
import { NAMED_TIMES, PARTS_OF_DAY, SEASONS, WEEKDAY_PLURALS } from '../lexicon/calendar-names.js'
import { HOLIDAYS } from '../lexicon/holidays.js'
import { POSITION_MODIFIERS, POSITION_PHRASES, QUANTITY_MODIFIERS } from '../lexicon/modifiers.js'
import { ORDINALS, SMALL_NUMBERS, TENS, VAGUE_QUANTITIES } from '../lexicon/numbers.js'
import { REFERENCE_PHRASES, REFERENCE_WORDS, SHIFT_WORDS } from '../lexicon/references.js'
import { FREQUENCY_ADVERBS, UNIT_WORDS } from '../lexicon/units.js'
import { DECADE_WORDS } from './dates.js'
import { DURATION_LEADS } from './durations.js'

/** Words no lexicon lists that still open an expression (`the third quarter`, `a year ago`, `fiscal 1988`). */
const GRAMMAR_WORDS = [
  'the',
  'a',
  'an',
  'this',
  'that',
  'fiscal',
  'every',
  'each',
  'per',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'overnight',
  'year',
  'couple',
  'nineteen',
  'eighteen',
  'last',
  'next',
]

/**
 * Every word that can begin a temporal expression. A word token outside this set is skipped
 * without trying the rules, which keeps the scan fast on ordinary prose; numbers, mixed tokens
 * (`1990s`, `Q3`) and apostrophes (`'90s`) are always tried.
 */
export const STARTER_WORDS: ReadonlySet<string> = new Set([
  ...monthNumbers.keys(),
  ...weekdayNumbers.keys(),
  ...WEEKDAY_PLURALS.keys(),
  ...SEASONS.keys(),
  ...PARTS_OF_DAY.keys(),
  ...NAMED_TIMES.keys(),
  ...SMALL_NUMBERS.keys(),
  ...TENS.keys(),
  ...ORDINALS.keys(),
  ...VAGUE_QUANTITIES,
  ...UNIT_WORDS.keys(),
  ...FREQUENCY_ADVERBS.keys(),
  ...POSITION_MODIFIERS.keys(),
  ...POSITION_PHRASES.map((phrase) => phrase.words[0] ?? ''),
  ...QUANTITY_MODIFIERS.map((modifier) => modifier.words[0] ?? ''),
  ...REFERENCE_WORDS.keys(),
  ...REFERENCE_PHRASES.map((phrase) => phrase.words[0] ?? ''),
  ...SHIFT_WORDS.keys(),
  ...HOLIDAYS.map((holiday) => holiday.words[0] ?? ''),
  ...DECADE_WORDS.keys(),
  ...DURATION_LEADS,
  ...GRAMMAR_WORDS,
])
