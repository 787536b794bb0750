import { timeZones } from '@copydesk/lexicon'
import { NAMED_TIMES, PARTS_OF_DAY } from '../lexicon/calendar-names.js'
import { pad2 } from '../normalise/format.js'
import { type Resolve, resolveDayOffset } from '../normalise/resolver.js'
import type { Scanner } from '../tokens/scanner.js'
import type { Core } from './core.js'
import { dayFirst, monthFirst } from './dates.js'
import { dayWord, weekday } from './relative.js'

/** `a.m.`, `am`, `AM`, `p.m`, `pm` after a clock time: +0 or +12 hours, with the index after it. */
function readMeridiem(scanner: Scanner, index: number): { pm: boolean; end: number } | null {
  const word = scanner.word(index)
  if (word === 'am' || word === 'pm') return { pm: word === 'pm', end: scanner.skipStop(index + 1) }
  if (
    (word === 'a' || word === 'p') &&
    scanner.is(index + 1, '.') &&
    scanner.attached(index + 1) &&
    scanner.word(index + 2) === 'm' &&
    scanner.attached(index + 2)
  ) {
    return { pm: word === 'p', end: scanner.skipStop(index + 3) }
  }
  return null
}

/** After a time: a day it falls on (`Wednesday`, `yesterday`, `Nov. 6`), possibly after a comma or `on`. */
function readDayAfter(scanner: Scanner, index: number): Core | null {
  let at = index
  if (scanner.is(at, ',') || scanner.word(at) === 'on') at++
  const core =
    weekday(scanner, at) ?? dayWord(scanner, at) ?? monthFirst(scanner, at) ?? dayFirst(scanner, at)
  if (core?.type !== 'DATE') return null
  if (typeof core.value === 'string' && core.value.length !== 10) return null
  return core
}

function withClock(day: Core | null, clock: string): string | Resolve {
  if (!day) return resolveDayOffset(0, clock)
  const value = day.value
  if (typeof value === 'string') return value + clock
  return (context) => value(context) + clock
}

/**
 * Clock times: `7:53 AM ET`, `10:35 a.m.`, `5 p.m. EST, Nov. 6`, `10 p.m. Wednesday`, `4 in the
 * morning`, `noon Thursday`, `midnight`, `14:30`. A time with no day falls on the DCT.
 */
export function clockTime(scanner: Scanner, index: number): Core | null {
  const named = NAMED_TIMES.get(scanner.word(index))
  let end: number
  let clock: string
  if (named !== undefined) {
    end = index + 1
    clock = `T${named}`
  } else {
    const military = readMilitaryTime(scanner, index)
    if (military) return military
    if (scanner.digitCount(index) === 0 || scanner.digitCount(index) > 2) return null
    let hour = scanner.digits(index)
    let minute = 0
    let at = index + 1
    let hasMinutes = false
    if (
      scanner.is(at, ':') &&
      scanner.attached(at) &&
      scanner.digitCount(at + 1) === 2 &&
      scanner.attached(at + 1)
    ) {
      minute = scanner.digits(at + 1)
      at += 2
      hasMinutes = true
      if (scanner.is(at, ':') && scanner.attached(at) && scanner.digitCount(at + 1) === 2) at += 2
    }
    if (
      scanner.attached(index) &&
      (scanner.is(index - 1, ':') || scanner.is(index - 1, '.') || scanner.is(index - 1, '$'))
    )
      return null
    const meridiem = readMeridiem(scanner, at)
    if (meridiem) {
      if (hour < 1 || hour > 12) return null
      if (meridiem.pm && hour < 12) hour += 12
      if (!meridiem.pm && hour === 12) hour = 0
      at = meridiem.end
    } else if (
      scanner.word(at) === 'o' &&
      scanner.is(at + 1, "'") &&
      scanner.word(at + 2) === 'clock'
    ) {
      at += 3
    } else if (
      scanner.word(at) === 'in' &&
      scanner.word(at + 1) === 'the' &&
      PARTS_OF_DAY.has(scanner.word(at + 2))
    ) {
      const part = scanner.word(at + 2)
      if ((part === 'afternoon' || part === 'evening' || part === 'night') && hour < 12) hour += 12
      at += 3
    } else if (!hasMinutes) return null
    if (hour > 24 || minute > 59) return null
    if (scanner.attached(at) && scanner.tokens[at]?.kind === 'number') return null
    end = at
    clock = `T${pad2(hour)}:${pad2(minute)}`
  }
  if (timeZones.has(scanner.word(end).toUpperCase()) && scanner.tokens[end]?.capitalised) end++
  else if (scanner.word(end) === 'local' && scanner.word(end + 1) === 'time') end += 2
  const day = readDayAfter(scanner, end)
  const time: Core = { end: day ? day.end : end, type: 'TIME', value: withClock(day, clock) }
  if (day?.weekday !== undefined) time.weekday = day.weekday
  return time
}

/** Parts of the day on their own: `the morning`, `this afternoon` is read with day words. */
export function partOfDay(scanner: Scanner, index: number): Core | null {
  const word = scanner.word(index)
  const code = PARTS_OF_DAY.get(word)
  if (code === undefined || word === 'night' || word === 'overnight') return null
  if (word === 'mid-afternoon') return null
  if (
    scanner.word(index - 1) !== 'the' &&
    scanner.word(index - 1) !== 'mid' &&
    !scanner.is(index - 1, '-')
  )
    return null
  if (scanner.word(index + 1) === 'of' || scanner.is(index + 1, '-')) return null
  // `mid-afternoon yesterday`, `the morning of Nov. 6` is left to the date rule.
  const day = readDayAfter(scanner, index + 1)
  if (day && scanner.word(index + 1) !== 'on') {
    return { end: day.end, type: 'TIME', value: withClock(day, `T${code}`), takesThe: true }
  }
  return { end: index + 1, type: 'TIME', value: resolveDayOffset(0, `T${code}`), takesThe: true }
}

/** `0600 GMT`, `1430 hours`, `1805 local time`, `1600 est/2100 gmt`: a four-digit clock time, only before a zone, `local time` or `hours`. */
function readMilitaryTime(scanner: Scanner, index: number): Core | null {
  if (scanner.digitCount(index) !== 4) return null
  const next = scanner.word(index + 1)
  const isZone = timeZones.has(next.toUpperCase())
  // A lower-case zone only where it cannot be a word: `gmt`, `utc`, or `1600 est/2100 gmt`.
  const zone =
    isZone &&
    ((scanner.tokens[index + 1]?.capitalised ?? false) ||
      next === 'gmt' ||
      next === 'utc' ||
      (scanner.is(index + 2, '/') && scanner.digitCount(index + 3) === 4))
  const localTime = next === 'local' && scanner.word(index + 2) === 'time'
  if (!zone && !localTime && next !== 'hours' && next !== 'hrs') return null
  const digits = scanner.lower(index)
  const hour = Number(digits.slice(0, 2))
  const minute = Number(digits.slice(2))
  if (hour > 24 || minute > 59) return null
  const end = localTime ? index + 3 : index + 2
  const day = readDayAfter(scanner, end)
  return {
    end: day ? day.end : end,
    type: 'TIME',
    value: withClock(day, `T${pad2(hour)}:${pad2(minute)}`),
  }
}
