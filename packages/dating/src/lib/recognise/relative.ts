import {
  addDays,
  isoWeekday,
  monthNumbers,
  shortMonths,
  shortWeekdays,
  weekdayNumbers,
} from '@copydesk/lexicon'
import { PARTS_OF_DAY } from '../lexicon/calendar-names.js'
import { ORDINALS } from '../lexicon/numbers.js'
import { SHIFT_WORDS } from '../lexicon/references.js'
import { UNIT_WORDS } from '../lexicon/units.js'
import { formatWeek, pad4 } from '../normalise/format.js'
import {
  type Resolve,
  resolveDayOffset,
  resolveOffset,
  resolvePeriod,
  resolveReportingQuarter,
  resolveShiftedMonth,
  resolveWeekday,
  resolveYearless,
} from '../normalise/resolver.js'
import type { Scanner } from '../tokens/scanner.js'
import type { Core } from './core.js'
import { dayFirst, monthFirst, readDayNumber, readMonthName, readYearOrSpelled } from './dates.js'
import { isTitleWord } from './durations.js'

/** Day words relative to the DCT. */
const DAY_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
])

/** A part of day after a day expression: `Saturday night`, `yesterday afternoon`. */
function readPartOfDay(scanner: Scanner, index: number): { code: string; end: number } | null {
  const code = PARTS_OF_DAY.get(scanner.word(index))
  if (code === undefined || scanner.word(index) === 'overnight') return null
  return { code, end: index + 1 }
}

/** `today`, `yesterday afternoon`, `tomorrow night`, `tonight`, `the day before yesterday`, `this morning`, `last night`. */
export function dayWord(scanner: Scanner, index: number): Core | null {
  const word = scanner.word(index)
  if (word === 'tonight') return { end: index + 1, type: 'TIME', value: resolveDayOffset(0, 'TNI') }
  if (word === 'overnight')
    return { end: index + 1, type: 'TIME', value: resolveDayOffset(0, 'TNI') }
  if ((word === 'this' || word === 'last') && scanner.word(index - 1) !== 'the') {
    const part = readPartOfDay(scanner, index + 1)
    if (!part) return null
    if (word === 'last' && part.code !== 'NI' && part.code !== 'EV') return null
    return {
      end: part.end,
      type: 'TIME',
      value: resolveDayOffset(word === 'last' ? -1 : 0, `T${part.code}`),
    }
  }
  if (word === 'the' && scanner.word(index + 1) === 'day') {
    const relation = scanner.word(index + 2)
    const target = scanner.word(index + 3)
    const offset = DAY_OFFSETS.get(target)
    if ((relation === 'before' || relation === 'after') && offset !== undefined && offset !== 0) {
      return {
        end: index + 4,
        type: 'DATE',
        value: resolveDayOffset(offset + (relation === 'before' ? -1 : 1)),
      }
    }
    return null
  }
  const offset = DAY_OFFSETS.get(word)
  if (offset === undefined) return null
  const part = readPartOfDay(scanner, index + 1)
  if (part) return { end: part.end, type: 'TIME', value: resolveDayOffset(offset, `T${part.code}`) }
  return { end: index + 1, type: 'DATE', value: resolveDayOffset(offset) }
}

/** A weekday name at `index` (short forms only with a full stop or before a date). */
function readWeekday(scanner: Scanner, index: number): { weekday: number; end: number } | null {
  const word = scanner.word(index)
  const weekday = weekdayNumbers.get(word)
  if (weekday === undefined || !scanner.capitalised(index)) return null
  if (shortWeekdays.has(word)) {
    // `Sun Nov. 6`, `Tues., Nov. 8`, `Tues. 8 Nov.`: only before a date (`Sun` alone is a
    // newspaper or a star).
    const end = scanner.skipStop(index + 1)
    if (!startsDate(scanner, scanner.is(end, ',') ? end + 1 : end)) return null
    return { weekday, end }
  }
  return { weekday, end: index + 1 }
}

/** Whether a month name (`Nov.`) or a day before one (`8 Nov.`, `the 8th of November`) starts at `index`. */
function startsDate(scanner: Scanner, index: number): boolean {
  if (monthNumbers.has(scanner.word(index)) && scanner.capitalised(index)) return true
  const at = scanner.is(index, 'the') ? index + 1 : index
  if (readDayNumber(scanner, at) === null) return false
  return readMonthName(scanner, scanner.is(at + 1, 'of') ? at + 2 : at + 1) !== null
}

/** The date a weekday stands before: `Sunday, November 6`, `Sunday 6 November`, `Sunday the 6th of November`. */
function dateAfterWeekday(scanner: Scanner, index: number): Core | null {
  const date = monthFirst(scanner, index)
  if (date && typeof date.value === 'string' && date.value.length === 10) return date
  if (date && typeof date.value !== 'string' && date.end > index + 1) return date
  return dayFirst(scanner, scanner.is(index, 'the') ? index + 1 : index)
}

/**
 * Weekdays: `Sunday` (resolved by tense), `last Friday`, `next Tuesday`, `this past Sunday`,
 * `Saturday night` (TIME), `Sunday, November 6, 2016` (the date it names).
 */
export function weekday(scanner: Scanner, index: number): Core | null {
  let at = index
  let shift: number | undefined
  const first = scanner.word(at)
  if (first === 'this' && scanner.word(at + 1) === 'past') {
    shift = -1
    at += 2
  } else if (first === 'this' && scanner.word(at + 1) === 'coming') {
    shift = 1
    at += 2
  } else if (
    first === 'last' ||
    first === 'next' ||
    first === 'this' ||
    first === 'past' ||
    first === 'coming'
  ) {
    shift = SHIFT_WORDS.get(first)
    at++
  }
  const day = readWeekday(scanner, at)
  if (!day) return null
  // `Sunday, November 6, 2016`, `this Wednesday, March 4`: the explicit date wins, and the
  // weekday is kept beside it.
  const date = dateAfterWeekday(scanner, scanner.is(day.end, ',') ? day.end + 1 : day.end)
  if (date) return { ...date, takesThe: false, weekday: day.weekday }
  const part = readPartOfDay(scanner, day.end)
  if (part)
    return {
      end: part.end,
      type: 'TIME',
      value: resolveWeekday(day.weekday, shift, `T${part.code}`),
    }
  return { end: day.end, type: 'DATE', value: resolveWeekday(day.weekday, shift) }
}

/** `last June`, `next March`, `this December`. */
export function shiftedMonth(scanner: Scanner, index: number): Core | null {
  const shift = SHIFT_WORDS.get(scanner.word(index))
  if (shift === undefined || scanner.word(index) === 'past' || scanner.word(index) === 'current')
    return null
  const month = monthNumbers.get(scanner.word(index + 1))
  if (month === undefined || !scanner.capitalised(index + 1)) return null
  const end = shortMonths.has(scanner.word(index + 1)) ? scanner.skipStop(index + 2) : index + 2
  // `last Oct. 23`: the date itself, in the year the shift points to.
  if (shift !== 0) {
    const day = readDayNumber(scanner, end)
    if (day !== null) {
      const tense = shift < 0 ? 'past' : 'future'
      const resolve = resolveYearless(month, day)
      return { end: end + 1, type: 'DATE', value: (context) => resolve({ ...context, tense }) }
    }
  }
  return { end, type: 'DATE', value: resolveShiftedMonth(month, shift) }
}

const PERIOD_UNITS = new Set([
  'day',
  'year',
  'month',
  'week',
  'weekend',
  'quarter',
  'decade',
  'century',
])

/**
 * Periods shifted from the DCT: `last year`, `this week`, `next month`, `the coming year`, `the
 * previous quarter`, `this fiscal year`, `the current quarter`; `the following year` counts from
 * the last absolute date before it.
 */
export function shiftedPeriod(scanner: Scanner, index: number): Core | null {
  let at = index
  const first = scanner.word(at)
  const shift = SHIFT_WORDS.get(first)
  if (shift === undefined) return null
  at++
  if (first === 'this' && scanner.word(at) === 'past') return null
  if (scanner.word(at) === 'fiscal') at++
  const word = scanner.word(at)
  const unit = UNIT_WORDS.get(word)
  if (unit === undefined || !PERIOD_UNITS.has(unit) || word.endsWith('s')) return null
  const afterThe = scanner.word(index - 1) === 'the'
  // `the next day`, `the following day`, `the previous day`: counted from the last date mentioned.
  const dayShift =
    first === 'next' || first === 'following' || first === 'previous' || first === 'prior'
  if (unit === 'day' && !(afterThe && dayShift)) return null
  // `the past year`, `the last month` are durations (see durations.ts).
  if (afterThe && (first === 'past' || first === 'last')) return null
  if (
    !afterThe &&
    (first === 'past' ||
      first === 'prior' ||
      first === 'following' ||
      first === 'coming' ||
      first === 'upcoming')
  )
    return null
  // `this year's third quarter`, `last year's quarter`, `next year's first half`
  if (unit === 'year' && scanner.is(at + 1, "'") && scanner.word(at + 2) === 's') {
    const possessed = possessedPeriod(scanner, at + 3, shift)
    if (possessed) return possessed
  }
  const fromPrevious =
    unit === 'day' ||
    first === 'following' ||
    (first === 'previous' && afterThe) ||
    (first === 'prior' && afterThe)
  if (unit === 'quarter' && first === 'last' && !afterThe) {
    return { end: at + 1, type: 'DATE', value: resolveReportingQuarter(0), takesThe: true }
  }
  if (unit === 'weekend' && first === 'this') {
    return { end: at + 1, type: 'DATE', value: resolvePeriod('weekend', 0), takesThe: true }
  }
  return {
    end: at + 1,
    type: 'DATE',
    value: resolvePeriod(unit, shift),
    takesThe: true,
    fromPrevious,
  }
}

/** `the weekend`: the one just past, unless the sentence looks ahead or the DCT is on it. */
function resolveWeekend(): Resolve {
  return ({ anchor, tense }) => {
    if (!anchor) return 'XXXX-WXX-WE'
    const weekday = isoWeekday(anchor)
    const day = tense === 'future' || weekday >= 6 ? anchor : addDays(anchor, -7)
    return `${formatWeek(day)}-WE`
  }
}

/**
 * Bare periods with `the`, as news uses them for the current one: `the year`, `the month`, `the
 * week`, `the weekend`, and in financial copy `the quarter` / `the latest quarter` (the
 * reporting quarter, the last completed one). Also `the year-earlier quarter`, `the year-ago
 * period`, `year-earlier`.
 */
export function definitePeriod(scanner: Scanner, index: number): Core | null {
  let at = index
  const hasThe = scanner.word(at) === 'the'
  if (hasThe) at++
  let yearShift = 0
  let qualified = false
  for (let step = 0; step < 3; step++) {
    const word = scanner.word(at)
    if (
      word === 'full' ||
      word === 'latest' ||
      word === 'recent' ||
      word === 'comparable' ||
      word === 'same' ||
      word === 'fiscal' ||
      word === 'most'
    ) {
      at++
      qualified = true
      continue
    }
    if (
      word === 'year' &&
      scanner.is(at + 1, '-') &&
      scanner.attached(at + 1) &&
      scanner.attached(at + 2)
    ) {
      const relation = scanner.word(at + 2)
      if (relation === 'earlier' || relation === 'ago') {
        yearShift = -1
        at += 3
        qualified = true
        continue
      }
    }
    break
  }
  const word = scanner.word(at)
  if (yearShift === -1) {
    const ordinal = ORDINALS.get(word)
    if (
      ordinal !== undefined &&
      ordinal > 0 &&
      ordinal <= 4 &&
      scanner.word(at + 1) === 'quarter'
    ) {
      return { end: at + 2, type: 'DATE', value: shiftedQuarter(ordinal), takesThe: true }
    }
    if (word === 'quarter' || word === 'period')
      return { end: at + 1, type: 'DATE', value: resolveReportingQuarter(-1), takesThe: true }
    if (word === 'year' || word === 'month' || word === 'week') {
      const unit = UNIT_WORDS.get(word) ?? 'year'
      return {
        end: at + 1,
        type: 'DATE',
        value: resolvePeriod(unit, unit === 'year' ? -1 : 0),
        takesThe: true,
      }
    }
    return { end: at, type: 'DATE', value: resolveOffset('year', -1), takesThe: true }
  }
  if (!hasThe) return null
  if (isTitleWord(scanner, at)) return null
  const next = scanner.word(at + 1)
  // `the year 2000`, `the year two thousand`
  if (word === 'year' && hasThe) {
    const named = readYearOrSpelled(scanner, at + 1)
    if (named) return { end: named.end, type: 'DATE', value: pad4(named.year), takesThe: true }
  }
  // `the year ended June 30`, `the fiscal year ending in March`: a twelve-month period, not a date.
  if (
    word === 'year' &&
    (next === 'ended' || next === 'ending' || next === 'ends' || next === 'to')
  ) {
    return { end: at + 1, type: 'DURATION', value: 'P1Y', takesThe: true }
  }
  if (
    next === 'before' ||
    next === 'after' ||
    next === 'ago' ||
    next === 'earlier' ||
    next === 'later' ||
    next === 'of'
  )
    return null
  if (scanner.is(at + 1, '-')) return null
  if (word === 'quarter')
    return { end: at + 1, type: 'DATE', value: resolveReportingQuarter(0), takesThe: true }
  if (qualified && word === 'period')
    return { end: at + 1, type: 'DATE', value: resolveReportingQuarter(0), takesThe: true }
  if (qualified && word === 'year' && scanner.word(at - 1) !== 'latest') {
    return { end: at + 1, type: 'DATE', value: resolvePeriod('year', 0), takesThe: true }
  }
  if (qualified) return null
  if (word === 'year')
    return { end: at + 1, type: 'DATE', value: resolvePeriod('year', 0), takesThe: true }
  if (word === 'month')
    return { end: at + 1, type: 'DATE', value: resolvePeriod('month', 0), takesThe: true }
  if (word === 'week')
    return { end: at + 1, type: 'DATE', value: resolvePeriod('week', 0), takesThe: true }
  if (word === 'weekend')
    return { end: at + 1, type: 'DATE', value: resolveWeekend(), takesThe: true }
  return null
}

function shiftedQuarter(quarter: number): Resolve {
  return ({ anchor }) => (anchor ? `${pad4(anchor.year - 1)}-Q${quarter}` : `XXXX-Q${quarter}`)
}

/** `that year`, `that day`, `that same week`, `the same day`: the period of the last date mentioned. */
export function thatPeriod(scanner: Scanner, index: number): Core | null {
  const first = scanner.word(index)
  let at = index + 1
  if (first === 'the' && scanner.word(at) === 'same') at++
  else if (first !== 'that') return null
  else if (scanner.word(at) === 'same') at++
  const word = scanner.word(at)
  const part = readPartOfDay(scanner, at)
  if (part && first === 'that') {
    return {
      end: part.end,
      type: 'TIME',
      value: resolveDayOffset(0, `T${part.code}`),
      fromPrevious: true,
    }
  }
  const unit = UNIT_WORDS.get(word)
  if (unit === undefined || !THAT_UNITS.has(word)) return null
  return { end: at + 1, type: 'DATE', value: resolvePeriod(unit, 0), fromPrevious: true }
}

/** `the next morning`, `the following night`: a part of the day after the last date mentioned. */
export function followingPartOfDay(scanner: Scanner, index: number): Core | null {
  if (scanner.word(index) !== 'the') return null
  const shift = scanner.word(index + 1)
  if (shift !== 'next' && shift !== 'following' && shift !== 'previous') return null
  const part = readPartOfDay(scanner, index + 2)
  if (!part) return null
  const days = shift === 'previous' ? -1 : 1
  return {
    end: part.end,
    type: 'TIME',
    value: resolveDayOffset(days, `T${part.code}`),
    fromPrevious: true,
  }
}

const THAT_UNITS = new Set(['day', 'week', 'month', 'quarter', 'year'])

/** `year-end`, `year end`, `year's end`: the end of the current year (mod END). */
export function yearEnd(scanner: Scanner, index: number): Core | null {
  if (scanner.word(index) !== 'year') return null
  let at = index + 1
  if (scanner.is(at, '-') && scanner.attached(at)) at++
  else if (scanner.is(at, "'") && scanner.word(at + 1) === 's') at += 2
  if (scanner.word(at) !== 'end') return null
  // `year-end results` is fine; `year end of` is not this expression.
  if (scanner.word(at + 1) === 'of') return null
  return { end: at + 1, type: 'DATE', value: resolvePeriod('year', 0), mod: 'END', takesThe: true }
}

/** After `this year's` / `last year's`: a quarter or half of that year, or its reporting quarter. */
function possessedPeriod(scanner: Scanner, index: number, yearShift: number): Core | null {
  const word = scanner.word(index)
  if (word === 'quarter' || word === 'period') {
    return {
      end: index + 1,
      type: 'DATE',
      value: resolveReportingQuarter(yearShift),
      takesThe: true,
    }
  }
  const ordinal = ORDINALS.get(word)
  if (ordinal === undefined || ordinal < 1) return null
  let at = index + 1
  if (scanner.is(at, '-') && scanner.attached(at)) at++
  const unit = scanner.word(at)
  if ((unit !== 'quarter' || ordinal > 4) && (unit !== 'half' || ordinal > 2)) return null
  const code = `-${unit === 'quarter' ? 'Q' : 'H'}${ordinal}`
  return {
    end: at + 1,
    type: 'DATE',
    value: ({ anchor }) => (anchor ? pad4(anchor.year + yearShift) : 'XXXX') + code,
    takesThe: true,
  }
}
