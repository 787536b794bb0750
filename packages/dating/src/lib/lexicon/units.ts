/**
 * Calendar and clock units: singular and plural spellings → the unit, with how TIMEX3 writes a
 * duration of it (`P2Y`, `PT2H`; a decade is ten years, a century a hundred).
 */

export type Unit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'weekend'
  | 'month'
  | 'quarter'
  | 'year'
  | 'decade'
  | 'century'

/** Unit words (singular and plural) → unit. */
export const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map([
  ['second', 'second'],
  ['seconds', 'second'],
  ['minute', 'minute'],
  ['minutes', 'minute'],
  ['min', 'minute'],
  ['mins', 'minute'],
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['hr', 'hour'],
  ['hrs', 'hour'],
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['weekend', 'weekend'],
  ['weekends', 'weekend'],
  ['month', 'month'],
  ['months', 'month'],
  ['quarter', 'quarter'],
  ['quarters', 'quarter'],
  ['year', 'year'],
  ['years', 'year'],
  ['decade', 'decade'],
  ['decades', 'decade'],
  ['century', 'century'],
  ['centuries', 'century'],
])

/** Plural unit words: a bare plural (`months`, `for years`) is a vague duration (`PXM`). */
export const PLURAL_UNITS: ReadonlySet<string> = new Set([
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'weekends',
  'months',
  'quarters',
  'years',
  'decades',
  'centuries',
])

/** How a duration of one unit is written: designator, multiplier of it, and whether it is a clock unit (after `T`). */
export const DURATION_CODES: Readonly<
  Record<Unit, { code: string; factor: number; clock: boolean }>
> = {
  second: { code: 'S', factor: 1, clock: true },
  minute: { code: 'M', factor: 1, clock: true },
  hour: { code: 'H', factor: 1, clock: true },
  day: { code: 'D', factor: 1, clock: false },
  week: { code: 'W', factor: 1, clock: false },
  weekend: { code: 'D', factor: 2, clock: false },
  month: { code: 'M', factor: 1, clock: false },
  quarter: { code: 'Q', factor: 1, clock: false },
  year: { code: 'Y', factor: 1, clock: false },
  decade: { code: 'Y', factor: 10, clock: false },
  century: { code: 'Y', factor: 100, clock: false },
}

/** Adverbs of frequency → the set they denote (`weekly` → every week). */
export const FREQUENCY_ADVERBS: ReadonlyMap<string, Unit> = new Map([
  ['hourly', 'hour'],
  ['daily', 'day'],
  ['nightly', 'day'],
  ['weekly', 'week'],
  ['biweekly', 'week'],
  ['monthly', 'month'],
  ['yearly', 'year'],
  ['annually', 'year'],
])
