import { isoWeekday, isValidDay } from '@copydesk/lexicon'
import type { ResolveContext } from '../normalise/resolver.js'
import { recognise } from '../recognise/recognise.js'
import { Scanner } from '../tokens/scanner.js'
import { tokenize } from '../tokens/tokenize.js'

/** A date, year or weekday written in the text, as evidence for when the document was written. */
export interface DateMention {
  /**
   * `weekday-date`: weekday, day and month without a year (`Sunday, November 6`);
   * `full-date`: day, month and year (`November 6, 2015`, `2015-11-06`);
   * `year`: a date that names a year but no day (`since 1970`, `November 2015`), weak evidence;
   * `weekday`: a weekday on its own (`Sunday`, `Saturday night`).
   */
  kind: 'weekday-date' | 'full-date' | 'year' | 'weekday'
  start: number
  end: number
  text: string
  year?: number
  month?: number
  day?: number
  /** ISO weekday (Monday 1 … Sunday 7) when the text names one. */
  weekday?: number
}

/** Without an anchor every relative value is a TIMEX3 placeholder: what the text itself says. */
const unanchored: ResolveContext = { anchor: null, tense: 'none' }

/** TIMEX3 values: a day with or without its year (`2015-11-06`, `XXXX-11-06`), a year-led value (`2015`, `2015-11`, `2015-Q3`), a weekday (`XXXX-WXX-7`). */
const DAY_VALUE = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T|$)/
const YEAR_VALUE = /^(\d{4})(?!\d)/
const WEEKDAY_VALUE = /^XXXX-WXX-([1-7])(?:T|$)/

/** Years that can date a news text. */
const FIRST_YEAR = 1800
const LAST_YEAR = 2099

/**
 * Find the dates, years and weekdays a text mentions that bear on when it was written, as the
 * recogniser behind `extractTimexes` reads them (one date grammar): weekday-dates without a year,
 * full dates, dates that name only a year (1800 to 2099), and weekdays on their own.
 *
 * @example
 *   findDateMentions('Talks ended Sunday, November 6, after the 2015 accord.')
 *   // [{kind: 'weekday-date', text: 'Sunday, November 6', month: 11, day: 6, weekday: 7, …},
 *   //  {kind: 'year', text: '2015', year: 2015, …}]
 */
export function findDateMentions(text: string): DateMention[] {
  const scanner = new Scanner(text, tokenize(text))
  const mentions: DateMention[] = []
  for (const found of recognise(scanner)) {
    if (found.type !== 'DATE' && found.type !== 'TIME') continue
    const first = scanner.tokens[found.start]
    const last = scanner.tokens[found.end - 1]
    if (!first || !last) continue
    const value = typeof found.value === 'string' ? found.value : found.value(unanchored)
    const mention = toMention(value, found.weekday, first.start, last.end, text)
    if (mention) mentions.push(mention)
  }
  return mentions
}

function toMention(
  value: string,
  weekday: number | undefined,
  start: number,
  end: number,
  text: string,
): DateMention | undefined {
  const at = { start, end, text: text.slice(start, end) }
  const day = DAY_VALUE.exec(value)
  if (day) {
    const month = Number(day[2])
    const date = Number(day[3])
    if (day[1] === 'XXXX') {
      // Without a weekday, a bare "November 6" says nothing about the year.
      if (weekday === undefined || !isValidDay(2000, month, date)) return undefined
      return { kind: 'weekday-date', ...at, month, day: date, weekday }
    }
    const year = Number(day[1])
    if (year < FIRST_YEAR || year > LAST_YEAR || !isValidDay(year, month, date)) return undefined
    const mention: DateMention = { kind: 'full-date', ...at, year, month, day: date }
    if (weekday !== undefined && isoWeekday({ year, month, day: date }) === weekday)
      mention.weekday = weekday
    return mention
  }
  const year = YEAR_VALUE.exec(value)
  if (year) {
    const number = Number(year[1])
    if (number < FIRST_YEAR || number > LAST_YEAR) return undefined
    return { kind: 'year', ...at, year: number }
  }
  const named = WEEKDAY_VALUE.exec(value)
  if (named) return { kind: 'weekday', ...at, weekday: Number(named[1]) }
  return undefined
}
