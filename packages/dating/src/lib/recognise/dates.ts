import { isValidDay, monthNumbers, shortMonths } from '@copydesk/lexicon'
import { SEASONS } from '../lexicon/calendar-names.js'
import { HOLIDAYS } from '../lexicon/holidays.js'
import { ORDINALS, SMALL_NUMBERS, TENS } from '../lexicon/numbers.js'
import { SHIFT_WORDS } from '../lexicon/references.js'
import { pad2, pad4 } from '../normalise/format.js'
import {
  type Resolve,
  resolveHoliday,
  resolveInYear,
  resolveSeason,
  resolveShortDecade,
  resolveYearless,
} from '../normalise/resolver.js'
import type { Scanner } from '../tokens/scanner.js'
import type { Core } from './core.js'

/** Strong context for `May` and `March` alone, which are also a name and a verb. */
const VERB_MONTH_CONTEXT = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'during',
  'of',
  'from',
  'through',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'before',
  'after',
  'each',
  'every',
])

/** Words before a bare `May`/`March`/season that show it is the month or season, not a verb or name. */
const MONTH_CONTEXT = new Set([...VERB_MONTH_CONTEXT, 'between', 'and', 'to', 'the', 'that'])

const EARLY_YEAR_CONTEXT = new Set([
  'in',
  'since',
  'year',
  'until',
  'of',
  'from',
  'before',
  'after',
])

/** Prefixes joined to a year by a hyphen: `mid-1996`, `post-1959`. */
const PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late'])

/** A plausible year: 4 digits, 1000–2099, not part of a larger number, amount or code. */
export function readYear(scanner: Scanner, index: number): number | null {
  if (scanner.digitCount(index) !== 4) return null
  const year = scanner.digits(index)
  if (year < 1000 || year > 2099) return null
  // Before 1600 only where a year is expected (`in 1066`), not a count (`1000 people`).
  if (year < 1600 && !EARLY_YEAR_CONTEXT.has(scanner.word(index - 1))) return null
  const previous = scanner.lower(index - 1)
  if (
    scanner.attached(index) &&
    (previous === '$' ||
      previous === '#' ||
      previous === '.' ||
      previous === ',' ||
      (previous === '-' && !PREFIXES.has(scanner.word(index - 2))) ||
      previous === '/' ||
      previous === ':')
  )
    return null
  const next = scanner.lower(index + 1)
  if (
    scanner.attached(index + 1) &&
    (next === '%' || next === ',' || next === ':' || next === '/')
  ) {
    if (next !== ',' || scanner.tokens[index + 2]?.kind === 'number') return null
  }
  if (
    scanner.attached(index + 1) &&
    next === '.' &&
    scanner.tokens[index + 2]?.kind === 'number' &&
    scanner.attached(index + 2)
  )
    return null
  return year
}

/** A day of the month: `6`, `06`, `6th`. */
export function readDayNumber(scanner: Scanner, index: number): number | null {
  const token = scanner.tokens[index]
  if (!token) return null
  let text = token.lower
  if (token.kind === 'mixed') {
    const suffix = text.slice(-2)
    if (suffix !== 'st' && suffix !== 'nd' && suffix !== 'rd' && suffix !== 'th') return null
    text = text.slice(0, -2)
    if (!/^\d{1,2}$/.test(text)) return null
  } else if (token.kind !== 'number' || text.length > 2) return null
  const day = Number(text)
  if (day < 1 || day > 31) return null
  // `Nov. 6:30` or `6.5` are not days.
  const next = scanner.lower(index + 1)
  const digitAfter = scanner.tokens[index + 2]?.kind === 'number' && scanner.attached(index + 2)
  if (
    scanner.attached(index + 1) &&
    ((next === ':' && digitAfter) ||
      next === '%' ||
      (next === '.' && scanner.tokens[index + 2]?.kind === 'number' && scanner.attached(index + 2)))
  )
    return null
  return day
}

/** A month name at `index` (capitalised), with the token after it (its full stop skipped). */
export function readMonthName(
  scanner: Scanner,
  index: number,
): { month: number; end: number } | null {
  const word = scanner.word(index)
  const month = monthNumbers.get(word)
  if (month === undefined || !scanner.capitalised(index)) return null
  if (!shortMonths.has(word)) return { month, end: index + 1 }
  const end = scanner.skipStop(index + 1)
  if (end === index + 1 && scanner.tokens[end]?.kind !== 'number') return null
  return { month, end }
}

function absoluteDay(year: number, month: number, day: number): string | null {
  return isValidDay(year, month, day) ? `${pad4(year)}-${pad2(month)}-${pad2(day)}` : null
}

/** After a month and day: `, 2016` / ` 2016`. */
function readTrailingYear(scanner: Scanner, index: number): { year: number; end: number } | null {
  let at = index
  if (scanner.is(at, ',')) at++
  const year = readYear(scanner, at)
  return year === null ? null : { year, end: at + 1 }
}

/** `November 6, 2016`, `Nov. 6`, `November 1995`, `November of 1995`, `January this year`, `March` (month only when capitalised and, for May/March, in context). */
export function monthFirst(scanner: Scanner, index: number): Core | null {
  const name = readMonthName(scanner, index)
  if (!name) return null
  const { month } = name
  let at = name.end
  const day = readDayNumber(scanner, at)
  if (day !== null) {
    at++
    const year = readTrailingYear(scanner, at)
    if (year) {
      const value = absoluteDay(year.year, month, day)
      if (value) return { end: year.end, type: 'DATE', value }
    }
    if (day > 28 && !isValidDay(2000, month, day)) return null
    return { end: at, type: 'DATE', value: resolveYearless(month, day) }
  }
  let yearAt = at
  if (scanner.is(yearAt, ',') || scanner.is(yearAt, 'of')) yearAt++
  const year = readYearOrSpelled(scanner, yearAt)
  if (year) return { end: year.end, type: 'DATE', value: `${pad4(year.year)}-${pad2(month)}` }
  const relativeYear = readRelativeYear(scanner, yearAt === at ? at : yearAt)
  if (relativeYear) {
    return {
      end: relativeYear.end,
      type: 'DATE',
      value: resolveInYear((y) => `${y}-${pad2(month)}`, relativeYear.shift),
    }
  }
  const word = scanner.word(index)
  const joined = scanner.is(index - 1, '-') && VERB_MONTH_CONTEXT.has(scanner.word(index - 2))
  if (
    (word === 'may' || word === 'march') &&
    !joined &&
    !VERB_MONTH_CONTEXT.has(scanner.word(index - 1))
  )
    return null
  if (word === 'may' && scanner.word(index - 1) === 'the') return null
  return { end: name.end, type: 'DATE', value: resolveYearless(month, undefined), takesThe: false }
}

/** `this year` / `last year` / `next year` after a month or season name. */
function readRelativeYear(scanner: Scanner, index: number): { shift: number; end: number } | null {
  const shift = SHIFT_WORDS.get(scanner.word(index))
  if (shift === undefined || scanner.word(index + 1) !== 'year') return null
  return { shift, end: index + 2 }
}

/** `6 November 2016`, `6th of November`, `the 6th of November`. */
export function dayFirst(scanner: Scanner, index: number): Core | null {
  const day = readDayNumber(scanner, index)
  if (day === null) return null
  let at = index + 1
  if (scanner.is(at, 'of')) at++
  const name = readMonthName(scanner, at)
  if (!name) return null
  const year = readTrailingYear(scanner, name.end)
  if (year) {
    const value = absoluteDay(year.year, name.month, day)
    return value ? { end: year.end, type: 'DATE', value, takesThe: true } : null
  }
  if (!isValidDay(2000, name.month, day)) return null
  return { end: name.end, type: 'DATE', value: resolveYearless(name.month, day), takesThe: true }
}

/** `2016-11-07` and `11/06/2016` (US order), `11/6/16`; `2016-11-06T07:53:00-05:00` (see isoDateTime). */
export function numericDate(scanner: Scanner, index: number): Core | null {
  const first = scanner.tokens[index]
  if (first?.kind !== 'number') return null
  const dateTime = isoDateTime(scanner, index)
  if (dateTime) return dateTime
  const separator = scanner.lower(index + 1)
  if ((separator !== '-' && separator !== '/') || !scanner.attached(index + 1)) return null
  if (
    !scanner.attached(index + 2) ||
    scanner.lower(index + 3) !== separator ||
    !scanner.attached(index + 3) ||
    !scanner.attached(index + 4)
  )
    return null
  const a = scanner.digits(index)
  const b = scanner.digits(index + 2)
  const c = scanner.digits(index + 4)
  if (Number.isNaN(b) || Number.isNaN(c)) return null
  // Not part of a longer run (`1-2-3-4`, a phone number).
  if (
    scanner.attached(index + 5) &&
    (scanner.lower(index + 5) === separator || scanner.tokens[index + 5]?.kind === 'number')
  )
    return null
  let value: string | null = null
  if (
    separator === '-' &&
    scanner.digitCount(index) === 4 &&
    scanner.digitCount(index + 2) === 2 &&
    scanner.digitCount(index + 4) === 2
  ) {
    value = absoluteDay(a, b, c)
  } else if (
    separator === '/' &&
    scanner.digitCount(index) <= 2 &&
    scanner.digitCount(index + 2) <= 2
  ) {
    const digits = scanner.digitCount(index + 4)
    const year = digits === 4 ? c : digits === 2 ? (c < 50 ? 2000 + c : 1900 + c) : Number.NaN
    if (!Number.isNaN(year)) value = absoluteDay(year, a, b)
  }
  return value ? { end: index + 5, type: 'DATE', value } : null
}

/** Two attached digits at `index`: `07`. */
function twoDigits(scanner: Scanner, index: number): string | null {
  return scanner.attached(index) && scanner.digitCount(index) === 2 ? scanner.lower(index) : null
}

/**
 * An ISO 8601 date-time, `2016-11-06T07:53`, `2016-11-06T07:53:00Z`, `2016-11-06T07:53:00-05:00`:
 * a TIME at the clock time written (TIMEX3 values carry no zone, so the offset is only read over).
 * The tokenizer joins the day and the hour (`06T07`).
 */
function isoDateTime(scanner: Scanner, index: number): Core | null {
  if (scanner.digitCount(index) !== 4 || !scanner.is(index + 1, '-')) return null
  const month = twoDigits(scanner, index + 2)
  const joined = /^(\d{2})t(\d{2})$/.exec(scanner.lower(index + 4))
  if (!month || !scanner.is(index + 3, '-') || !joined || !scanner.attached(index + 4)) return null
  const minute =
    scanner.is(index + 5, ':') && scanner.attached(index + 6)
      ? /^(\d{2})(z?)$/.exec(scanner.lower(index + 6))
      : null
  const date = absoluteDay(scanner.digits(index), Number(month), Number(joined[1]))
  if (!date || !minute || Number(joined[2]) > 23 || Number(minute[1]) > 59) return null
  let value = `${date}T${joined[2]}:${minute[1]}`
  let end = index + 7
  if (minute[2]) return { end, type: 'TIME', value }
  const secondsToken =
    scanner.attached(end + 1) && scanner.is(end, ':') ? scanner.lower(end + 1) : ''
  const seconds = /^(\d{2})z?$/.exec(secondsToken)
  if (seconds) {
    value += `:${seconds[1]}`
    end += 2
  }
  const zoneSign = scanner.lower(end)
  if (
    (zoneSign === '-' || zoneSign === '+') &&
    scanner.attached(end) &&
    twoDigits(scanner, end + 1) &&
    scanner.is(end + 2, ':') &&
    twoDigits(scanner, end + 3)
  )
    end += 4
  else if (scanner.is(end, 'z') && scanner.attached(end)) end++
  return { end, type: 'TIME', value }
}

/** A year: `1987`, `fiscal 1988`, `fiscal year 1988`, `the 1988 fiscal year`, `1987's`. */
export function year(scanner: Scanner, index: number): Core | null {
  let at = index
  if (scanner.word(at) === 'fiscal') {
    at++
    if (scanner.word(at) === 'year') at++
    if (scanner.is(at, '-') && scanner.attached(at)) at++
  }
  const value = readYear(scanner, at)
  if (value === null) return null
  let end = at + 1
  if (at === index && scanner.word(end) === 'fiscal' && scanner.word(end + 1) === 'year') end += 2
  // A bare year inside a spelled list of figures (`1987 tons`) is rare in news; keep it.
  return { end, type: 'DATE', value: pad4(value), takesThe: end > at + 1 }
}

/** Decades: `the 1990s`, `1990's`, `the '90s`, `the 90s`. */
export function decade(scanner: Scanner, index: number): Core | null {
  const token = scanner.tokens[index]
  if (!token) return null
  let digits: string | null = null
  let end = index + 1
  if (token.kind === 'mixed' && token.lower.endsWith('s')) {
    digits = token.lower.slice(0, -1)
  } else if (
    token.kind === 'number' &&
    scanner.is(index + 1, "'") &&
    scanner.attached(index + 1) &&
    scanner.lower(index + 2) === 's' &&
    scanner.attached(index + 2)
  ) {
    digits = token.lower
    end = index + 3
  } else if (token.kind === 'punct' && (token.lower === "'" || token.lower === '\u2019')) {
    const next = scanner.tokens[index + 1]
    if (next && next.kind === 'mixed' && !next.spaced && /^\d0s$/.test(next.lower)) {
      return {
        end: index + 2,
        type: 'DATE',
        value: resolveShortDecade(Number(next.lower[0])),
        takesThe: true,
      }
    }
    return null
  }
  if (digits === null) return null
  if (/^\d{3}0$/.test(digits)) {
    const value = Number(digits)
    if (value < 1000 || value > 2090) return null
    return { end, type: 'DATE', value: digits.slice(0, 3), takesThe: true }
  }
  if (/^\d0$/.test(digits) && scanner.word(index - 1) === 'the') {
    return { end, type: 'DATE', value: resolveShortDecade(Number(digits[0])), takesThe: true }
  }
  return null
}

/** Centuries: `the 20th century`, `the twentieth century`, `the 1900s` is a decade-like century read elsewhere. */
export function century(scanner: Scanner, index: number): Core | null {
  const token = scanner.tokens[index]
  if (!token) return null
  let ordinal: number | undefined
  if (token.kind === 'mixed' && /^\d{1,2}(st|nd|rd|th)$/.test(token.lower))
    ordinal = Number.parseInt(token.lower, 10)
  else ordinal = ORDINALS.get(token.lower)
  if (ordinal === undefined || ordinal < 1) return null
  let at = index + 1
  if (scanner.is(at, '-') && scanner.attached(at)) at++
  if (scanner.word(at) !== 'century') return null
  return { end: at + 1, type: 'DATE', value: pad2(ordinal - 1), takesThe: true }
}

/**
 * Quarters and halves: `the third quarter`, `third-quarter`, `the first quarter of 1990`,
 * `the fourth quarter of last year`, `the 1989 third quarter`, `Q3`, `the first half`. A quarter
 * later in the year than the DCT's, read in a past or neutral sentence, is last year's (a
 * January report on fourth-quarter profit).
 */
export function quarterOrHalf(scanner: Scanner, index: number): Core | null {
  let at = index
  let explicitYear: number | null = readYear(scanner, at)
  if (explicitYear !== null) at++
  const token = scanner.tokens[at]
  if (!token) return null
  let ordinal: number | undefined
  let unit: 'quarter' | 'half'
  let hyphenated = false
  let end: number
  if (token.kind === 'mixed' && /^q[1-4]$/.test(token.lower)) {
    ordinal = Number(token.lower[1])
    unit = 'quarter'
    end = at + 1
  } else {
    ordinal = ORDINALS.get(token.lower)
    if (ordinal === undefined) {
      if (token.kind === 'mixed' && /^[1-4](st|nd|rd|th)$/.test(token.lower))
        ordinal = Number(token.lower[0])
      else return null
    }
    let next = at + 1
    if (scanner.is(next, '-') && scanner.attached(next)) {
      next++
      hyphenated = true
    }
    if (scanner.word(next) === 'fiscal') next++
    const word = scanner.word(next)
    if (word === 'quarter') unit = 'quarter'
    else if (word === 'half') unit = 'half'
    else return null
    end = next + 1
  }
  const limit = unit === 'quarter' ? 4 : 2
  if (ordinal < 1 || ordinal > limit) return null
  const letter = unit === 'quarter' ? 'Q' : 'H'
  const suffix = `-${letter}${ordinal}`
  if (explicitYear === null) {
    let yearAt = end
    if (scanner.word(yearAt) === 'of' || scanner.is(yearAt, ',')) yearAt++
    // `Q3 2013`, `the third quarter 2013` take the year straight after.
    else if (readYear(scanner, yearAt) === null) yearAt = -1
    if (yearAt > 0) {
      if (scanner.word(yearAt) === 'fiscal') yearAt++
      explicitYear = readYear(scanner, yearAt)
      if (explicitYear !== null) end = yearAt + 1
      else if (scanner.word(yearAt - 1) === 'of') {
        const relative = readRelativeYear(scanner, yearAt)
        if (relative) {
          return {
            end: relative.end,
            type: 'DATE',
            value: resolveInYear((y) => y + suffix, relative.shift),
            takesThe: true,
          }
        }
      }
    }
  }
  if (explicitYear !== null)
    return { end, type: 'DATE', value: pad4(explicitYear) + suffix, takesThe: true }
  const current: Resolve = (context) => {
    const anchor = context.anchor
    if (!anchor) return `XXXX${suffix}`
    const position =
      unit === 'quarter' ? Math.floor((anchor.month - 1) / 3) + 1 : anchor.month <= 6 ? 1 : 2
    const year = ordinal > position && context.tense !== 'future' ? anchor.year - 1 : anchor.year
    return pad4(year) + suffix
  }
  // `the third-quarter results`: the article belongs to the noun.
  return { end, type: 'DATE', value: current, takesThe: !hyphenated }
}

/** Seasons: `summer 1990`, `the summer of 1990`, `this summer`, `last fall`, `this past spring`, `in the spring`. */
export function season(scanner: Scanner, index: number): Core | null {
  let at = index
  let shift: number | undefined
  const first = scanner.word(at)
  if (first === 'this' && scanner.word(at + 1) === 'past') {
    shift = -1
    at += 2
  } else if (SHIFT_WORDS.has(first) && first !== 'past' && first !== 'prior') {
    shift = SHIFT_WORDS.get(first)
    at++
  }
  const code = SEASONS.get(scanner.word(at))
  if (code === undefined || scanner.word(at).endsWith('s')) return null
  let end = at + 1
  let yearAt = end
  if (scanner.word(yearAt) === 'of') yearAt++
  const explicitYear = readYearOrSpelled(scanner, yearAt)
  if (explicitYear) {
    return {
      end: explicitYear.end,
      type: 'DATE',
      value: `${pad4(explicitYear.year)}-${code}`,
      takesThe: true,
    }
  }
  if (shift === undefined) {
    const previous = scanner.word(index - 1)
    const word = scanner.word(at)
    const needsContext = word === 'fall' || word === 'spring'
    if (
      needsContext &&
      previous !== 'the' &&
      previous !== 'this' &&
      previous !== 'early' &&
      previous !== 'late'
    )
      return null
    if (!needsContext && !MONTH_CONTEXT.has(previous)) return null
    if (
      scanner.is(end, '-') ||
      ['season', 'collection', 'semester', 'term', 'olympics', 'games', 'session'].includes(
        scanner.word(end),
      )
    )
      return null
  }
  const relative = readRelativeYear(scanner, end)
  if (relative) {
    end = relative.end
    return {
      end,
      type: 'DATE',
      value: resolveInYear((y) => `${y}-${code}`, relative.shift),
      takesThe: true,
    }
  }
  return { end, type: 'DATE', value: resolveSeason(code, shift), takesThe: true }
}

/** `the 1988 quarter`, `the 1989 period`: in earnings copy, the reporting quarter of that year. */
export function yearPeriod(scanner: Scanner, index: number): Core | null {
  const value = readYear(scanner, index)
  if (value === null) return null
  const word = scanner.word(index + 1)
  if (word !== 'quarter' && word !== 'period') return null
  const resolve: Resolve = ({ anchor }) =>
    `${pad4(value)}-Q${anchor ? Math.floor(((anchor.month + 8) % 12) / 3) + 1 : 'X'}`
  return { end: index + 2, type: 'DATE', value: resolve, takesThe: true }
}

/** Holidays: `Thanksgiving`, `Christmas Eve`, `last Thanksgiving`, `Election Day 1998`, `Easter Sunday`. */
export function holiday(scanner: Scanner, index: number): Core | null {
  let at = index
  const first = scanner.word(at)
  let shift: number | undefined
  if (first === 'last' || first === 'next' || first === 'this') {
    shift = SHIFT_WORDS.get(first)
    at++
  }
  if (!scanner.capitalised(at)) return null
  for (const { words, rule } of HOLIDAYS) {
    const end = scanner.phrase(at, words)
    if (end < 0) continue
    let yearAt = end
    if (scanner.is(yearAt, ',')) yearAt++
    const explicitYear = readYear(scanner, yearAt)
    if (explicitYear !== null) {
      return { end: yearAt + 1, type: 'DATE', value: resolveHoliday(rule, explicitYear, undefined) }
    }
    return { end, type: 'DATE', value: resolveHoliday(rule, undefined, shift) }
  }
  return null
}

/** Decades in words after `the`: `the nineties`, `the eighties`. */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2],
  ['thirties', 3],
  ['forties', 4],
  ['fifties', 5],
  ['sixties', 6],
  ['seventies', 7],
  ['eighties', 8],
  ['nineties', 9],
])

/** `the nineties` → the anchor's century's (or the previous) 1990s. */
export function decadeWord(scanner: Scanner, index: number): Core | null {
  const decade = DECADE_WORDS.get(scanner.word(index))
  if (decade === undefined || scanner.word(index - 1) !== 'the') return null
  return { end: index + 1, type: 'DATE', value: resolveShortDecade(decade), takesThe: true }
}

/** Years in words, as broadcast transcripts write them: `nineteen ninety-six`, `nineteen eighty`. */
export function spelledYear(scanner: Scanner, index: number): Core | null {
  const century = scanner.word(index)
  if (century !== 'nineteen' && century !== 'eighteen') return null
  const tens = TENS.get(scanner.word(index + 1))
  if (tens === undefined) return null
  let value = (century === 'nineteen' ? 1900 : 1800) + tens
  let end = index + 2
  const hyphen = scanner.is(end, '-') && scanner.attached(end)
  const unit = SMALL_NUMBERS.get(scanner.word(hyphen ? end + 1 : end))
  if (unit !== undefined && unit > 0 && unit < 10) {
    value += unit
    end = hyphen ? end + 2 : end + 1
  }
  return { end, type: 'DATE', value: pad4(value), takesThe: false }
}

/** A year in figures (`1994`) or words (`nineteen ninety-four`, `two thousand`), with the index after it. */
export function readYearOrSpelled(
  scanner: Scanner,
  index: number,
): { year: number; end: number } | null {
  const figures = readYear(scanner, index)
  if (figures !== null) return { year: figures, end: index + 1 }
  if (scanner.word(index) === 'two' && scanner.word(index + 1) === 'thousand') {
    let end = index + 2
    if (scanner.word(end) === 'and') end++
    const unit = SMALL_NUMBERS.get(scanner.word(end))
    if (unit !== undefined && unit > 0 && unit < 20) return { year: 2000 + unit, end: end + 1 }
    return { year: 2000, end: index + 2 }
  }
  const spelled = spelledYear(scanner, index)
  return spelled && typeof spelled.value === 'string'
    ? { year: Number(spelled.value), end: spelled.end }
    : null
}
