import {
  addDays,
  addMonths,
  type Day,
  daysInMonth,
  formatDay,
  isoWeekday,
  toDayNumber,
} from '@copydesk/lexicon'
import type { HolidayRule } from '../lexicon/holidays.js'
import type { Unit } from '../lexicon/units.js'
import { formatMonth, formatWeek, pad2, pad4, quarterOf } from './format.js'

/** Whether the sentence around an expression looks back, ahead, or gives no cue. */
export type Tense = 'past' | 'future' | 'none'

/**
 * What a relative expression is resolved against: an anchor day (the DCT, or the last absolute
 * date before the expression) and the tense of its sentence. With no anchor every resolver writes
 * TIMEX3 placeholders (`XXXX-XX-XX`, `XXXX-WXX-7`) instead of guessing.
 */
export interface ResolveContext {
  anchor: Day | null
  tense: Tense
  /** Whether the passage talks about quarters (earnings copy): `a year ago` then means the year-earlier quarter. */
  quarterly?: () => boolean
}

/** A value that depends on the anchor: computed once the anchor and tense are known. */
export type Resolve = (context: ResolveContext) => string

const X_DAY = 'XXXX-XX-XX'

/** A day, written at the granularity of a unit: `2016`, `2016-10`, `2016-W44`, `2016-Q3`, `2016-10-31`. */
export function formatAtUnit(day: Day, unit: Unit): string {
  switch (unit) {
    case 'century':
      return pad2(Math.floor(day.year / 100))
    case 'decade':
      return String(Math.floor(day.year / 10)).padStart(3, '0')
    case 'year':
      return pad4(day.year)
    case 'quarter':
      return `${pad4(day.year)}-Q${quarterOf(day.month)}`
    case 'month':
      return formatMonth(day.year, day.month)
    case 'week':
      return formatWeek(day)
    case 'weekend':
      return `${formatWeek(day)}-WE`
    default:
      return formatDay(day)
  }
}

/** Move a day by a number of units (negative: back). Clock units move by whole days (the DCT has no time). */
export function shiftDay(day: Day, unit: Unit, amount: number): Day {
  switch (unit) {
    case 'century':
      return addMonths(day, amount * 1200)
    case 'decade':
      return addMonths(day, amount * 120)
    case 'year':
      return addMonths(day, amount * 12)
    case 'quarter':
      return addMonths(day, amount * 3)
    case 'month':
      return addMonths(day, amount)
    case 'week':
    case 'weekend':
      return addDays(day, amount * 7)
    case 'day':
      return addDays(day, amount)
    case 'hour':
      return addDays(day, Math.trunc(amount / 24))
    default:
      return day
  }
}

const PLACEHOLDERS: Record<Unit, string> = {
  century: 'XX',
  decade: 'XXX',
  year: 'XXXX',
  quarter: 'XXXX-QX',
  month: 'XXXX-XX',
  week: 'XXXX-WXX',
  weekend: 'XXXX-WXX-WE',
  day: X_DAY,
  hour: X_DAY,
  minute: X_DAY,
  second: X_DAY,
}

/** `last year`, `this week`, `next month`: the anchor's period shifted by `shift` periods. */
export function resolvePeriod(unit: Unit, shift: number): Resolve {
  return ({ anchor }) =>
    anchor ? formatAtUnit(shiftDay(anchor, unit, shift), unit) : PLACEHOLDERS[unit]
}

/** `two weeks ago`, `a year earlier`, `three days from now`: the anchor moved by n units, at that unit's granularity. */
export function resolveOffset(unit: Unit, amount: number): Resolve {
  return ({ anchor, quarterly }) => {
    if (!anchor) return PLACEHOLDERS[unit]
    // Beyond the calendar TIMEX3 writes with four digits (`a million years ago`): a vague reference.
    const shifted = shiftDay(anchor, unit, amount)
    if (!(shifted.year >= 0 && shifted.year <= 9999)) return amount < 0 ? 'PAST_REF' : 'FUTURE_REF'
    if (unit === 'year' && amount === -1 && quarterly?.()) {
      const reported = addMonths(anchor, -3)
      return `${pad4(reported.year - 1)}-Q${quarterOf(reported.month)}`
    }
    if (unit === 'hour' || unit === 'minute' || unit === 'second') return formatDay(anchor)
    // `a decade ago` names a year, not a decade: 2016 → 2006.
    if (unit === 'decade' || unit === 'century')
      return formatAtUnit(shiftDay(anchor, unit, amount), 'year')
    return formatAtUnit(shiftDay(anchor, unit, amount), unit)
  }
}

/** `today` (0), `yesterday` (−1), `tomorrow` (+1), optionally with a part of day or a clock time. */
export function resolveDayOffset(days: number, suffix = ''): Resolve {
  return ({ anchor }) => (anchor ? formatDay(addDays(anchor, days)) : X_DAY) + suffix
}

/**
 * A weekday. `shift` −1 (`last Friday`) / +1 (`next Friday`) / 0 (`this Friday`); undefined uses
 * the tense: past → the most recent such day on or before the anchor (news reports look back),
 * future → the next one on or after it, no cue → the day just past unless the coming one is at
 * least three days nearer (`talks resume Tuesday`, said on a Monday).
 */
export function resolveWeekday(weekday: number, shift: number | undefined, suffix = ''): Resolve {
  return ({ anchor, tense }) => {
    if (!anchor) return `XXXX-WXX-${weekday}${suffix}`
    const today = isoWeekday(anchor)
    let delta: number
    if (shift === -1) delta = -((today - weekday + 7) % 7 || 7)
    else if (shift === 1) delta = (weekday - today + 7) % 7 || 7
    else if (shift === 0) delta = weekday - today
    else if (tense === 'future') delta = (weekday - today + 7) % 7
    else if (tense === 'past') delta = -((today - weekday + 7) % 7)
    else {
      const back = -((today - weekday + 7) % 7)
      const ahead = (weekday - today + 7) % 7
      delta = ahead < -back - 2 ? ahead : back
    }
    return formatDay(addDays(anchor, delta)) + suffix
  }
}

/**
 * A month and maybe a day without a year (`Oct. 17`, `March`). `yearShift` fixes the year
 * relative to the anchor's (`last March` … use resolveNamedInYearShift). Without it the tense
 * decides: past → the latest on or before the anchor, future → the next on or after it, no cue →
 * the nearest one.
 */
export function resolveYearless(month: number, day: number | undefined, suffix = ''): Resolve {
  return ({ anchor, tense }) => {
    const tail = (day === undefined ? '' : `-${pad2(day)}`) + suffix
    if (!anchor) return `XXXX-${pad2(month)}${tail}`
    const year = pickYear(anchor, month, day, tense)
    return `${pad4(year)}-${pad2(month)}${tail}`
  }
}

function pickYear(anchor: Day, month: number, day: number | undefined, tense: Tense): number {
  // Signed distance in months from the anchor to the target in the anchor's year; a month
  // without a day compares by month (`in November` said in November is this November).
  const now = anchor.month * 31 + (day === undefined ? 0 : anchor.day)
  const ahead = (month * 31 + (day ?? 0) - now) / 31
  const options = [
    { year: anchor.year, distance: ahead },
    { year: anchor.year - 1, distance: ahead - 12 },
    { year: anchor.year + 1, distance: ahead + 12 },
  ]
  // Within a couple of months either side the nearest wins whatever the tense (news looks a few
  // weeks ahead and back); beyond that the tense picks the side, else the nearest.
  const nearest = options.reduce((best, option) =>
    Math.abs(option.distance) < Math.abs(best.distance) ? option : best,
  )
  if (Math.abs(nearest.distance) <= 2) return nearest.year
  // A month named with no tense cue (`in December`) is this year's, as news uses it.
  if (tense === 'none') return nearest.year
  const side = options.filter((option) =>
    tense === 'past' ? option.distance <= 0 : option.distance >= 0,
  )
  return side.reduce((best, option) =>
    Math.abs(option.distance) < Math.abs(best.distance) ? option : best,
  ).year
}

/** A named part of a year (`March`, `the third quarter`, `summer`) in the anchor's year shifted by `yearShift`. */
export function resolveInYear(format: (year: string) => string, yearShift: number): Resolve {
  return ({ anchor }) => format(anchor ? pad4(anchor.year + yearShift) : 'XXXX')
}

/**
 * A month named with `last`/`next`/`this` (`last June`): the latest such month strictly before the
 * anchor's month, the next strictly after, or the one in the anchor's year.
 */
export function resolveShiftedMonth(month: number, shift: number): Resolve {
  return ({ anchor }) => {
    if (!anchor) return `XXXX-${pad2(month)}`
    let year = anchor.year
    if (shift < 0 && month >= anchor.month) year--
    if (shift > 0 && month <= anchor.month) year++
    return formatMonth(year, month)
  }
}

const SEASON_ORDER: Readonly<Record<string, number>> = { SP: 0, SU: 1, FA: 2, WI: 3 }

/** Seasons counted on one line: year × 4 + order, winter belonging to the year its December is in. */
function seasonIndex(day: Day): number {
  const { month, year } = day
  if (month <= 2) return (year - 1) * 4 + 3
  if (month === 12) return year * 4 + 3
  return year * 4 + Math.floor((month - 3) / 3)
}

/**
 * A season with `last` (−1: the latest one before the current), `next` (+1), `this` (0: the one
 * in the current season-year), or, with no shift, by tense: past → the latest on or before the
 * current season, future → the next on or after it, no cue → the nearest. `2016-WI` is the winter
 * that starts in December 2016.
 */
export function resolveSeason(season: string, shift: number | undefined): Resolve {
  return ({ anchor, tense }) => {
    if (!anchor) return `XXXX-${season}`
    const current = seasonIndex(anchor)
    const order = SEASON_ORDER[season] ?? 0
    const currentYear = Math.floor(current / 4)
    const candidates = [currentYear - 1, currentYear, currentYear + 1].map(
      (year) => year * 4 + order,
    )
    let pick: number | undefined
    if (shift === -1) pick = candidates.filter((index) => index < current).at(-1)
    else if (shift === 1) pick = candidates.find((index) => index > current)
    else if (shift === 0) pick = currentYear * 4 + order
    else if (tense === 'past') pick = candidates.filter((index) => index <= current).at(-1)
    else if (tense === 'future') pick = candidates.find((index) => index >= current)
    else {
      pick = candidates.reduce((best, index) =>
        Math.abs(index - current) < Math.abs(best - current) ? index : best,
      )
    }
    return `${pad4(Math.floor((pick ?? current) / 4))}-${season}`
  }
}

/** `the quarter` in financial news: the latest completed quarter before the anchor's, shifted by years. */
export function resolveReportingQuarter(yearShift: number): Resolve {
  return ({ anchor }) => {
    if (!anchor) return 'XXXX-QX'
    const previous = addMonths(anchor, -3)
    return `${pad4(previous.year + yearShift)}-Q${quarterOf(previous.month)}`
  }
}

/** A decade written without its century (`the '90s`): the century is the anchor's, or the previous when that decade is still ahead. */
export function resolveShortDecade(decade: number): Resolve {
  return ({ anchor }) => {
    if (!anchor) return `XX${decade}`
    let century = Math.floor(anchor.year / 100)
    if (century * 100 + decade * 10 > anchor.year) century--
    return `${pad2(century)}${decade}`
  }
}

/** The day a holiday falls on in a year. */
export function holidayInYear(rule: HolidayRule, year: number): Day {
  switch (rule.kind) {
    case 'fixed':
      return { year, month: rule.month, day: rule.day }
    case 'nth-weekday': {
      if (rule.nth < 0) {
        const last = { year, month: rule.month, day: daysInMonth(year, rule.month) }
        return addDays(last, -((isoWeekday(last) - rule.weekday + 7) % 7))
      }
      const first = { year, month: rule.month, day: 1 }
      return addDays(first, ((rule.weekday - isoWeekday(first) + 7) % 7) + 7 * (rule.nth - 1))
    }
    case 'election': {
      const first = { year, month: 11, day: 1 }
      const monday = addDays(first, (1 - isoWeekday(first) + 7) % 7)
      return addDays(monday, 1)
    }
    case 'easter':
      return addDays(easterSunday(year), rule.offset)
  }
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easterSunday(year: number): Day {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return { year, month, day }
}

/**
 * A holiday: in a given year, shifted (`last Thanksgiving`), or by tense like a yearless date
 * (the nearest occurrence within two months, else the side the tense points to).
 */
export function resolveHoliday(
  rule: HolidayRule,
  year: number | undefined,
  shift: number | undefined,
): Resolve {
  return ({ anchor, tense }) => {
    if (year !== undefined) return formatDay(holidayInYear(rule, year))
    if (!anchor) {
      return rule.kind === 'fixed' ? `XXXX-${pad2(rule.month)}-${pad2(rule.day)}` : X_DAY
    }
    const today = toDayNumber(anchor)
    const candidates = [anchor.year - 1, anchor.year, anchor.year + 1].map((candidate) => {
      const day = holidayInYear(rule, candidate)
      return { day, distance: toDayNumber(day) - today }
    })
    let pick = candidates.reduce((best, option) =>
      Math.abs(option.distance) < Math.abs(best.distance) ? option : best,
    )
    const effective =
      shift ??
      (Math.abs(pick.distance) <= 60 ? 0 : tense === 'past' ? -1 : tense === 'future' ? 1 : 0)
    if (effective < 0) pick = candidates.filter((option) => option.distance < 0).at(-1) ?? pick
    else if (effective > 0) pick = candidates.find((option) => option.distance > 0) ?? pick
    else if (shift === 0) pick = candidates[1] ?? pick
    return formatDay(pick.day)
  }
}
