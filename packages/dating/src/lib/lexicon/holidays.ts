/**
 * Holidays news copy dates things by (US-centred, as TimeBank is). Fixed ones give month and
 * day; movable ones say how to find the day in a given year. Keys are the lower-cased words.
 */

export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  /** The nth (1–4, or -1 for the last) given ISO weekday of a month. */
  | { kind: 'nth-weekday'; month: number; weekday: number; nth: number }
  /** US Election Day: the Tuesday after the first Monday of November. */
  | { kind: 'election' }
  /** Western Easter Sunday, offset in days (Good Friday is -2). */
  | { kind: 'easter'; offset: number }

export interface Holiday {
  /** The words of the name, lower case (`new`, `year`, `'s`, `day` is written `new year's day`). */
  words: readonly string[]
  rule: HolidayRule
}

/** Holiday names, longest first so that `Christmas Eve` wins over `Christmas`. */
export const HOLIDAYS: readonly Holiday[] = [
  { words: ['new', 'year', "'", 's', 'day'], rule: { kind: 'fixed', month: 1, day: 1 } },
  { words: ['new', 'year', "'", 's', 'eve'], rule: { kind: 'fixed', month: 12, day: 31 } },
  { words: ['new', 'year', '\u2019', 's', 'day'], rule: { kind: 'fixed', month: 1, day: 1 } },
  { words: ['new', 'year', '\u2019', 's', 'eve'], rule: { kind: 'fixed', month: 12, day: 31 } },
  { words: ['valentine', "'", 's', 'day'], rule: { kind: 'fixed', month: 2, day: 14 } },
  { words: ['independence', 'day'], rule: { kind: 'fixed', month: 7, day: 4 } },
  { words: ['veterans', 'day'], rule: { kind: 'fixed', month: 11, day: 11 } },
  { words: ['christmas', 'eve'], rule: { kind: 'fixed', month: 12, day: 24 } },
  { words: ['christmas', 'day'], rule: { kind: 'fixed', month: 12, day: 25 } },
  { words: ['boxing', 'day'], rule: { kind: 'fixed', month: 12, day: 26 } },
  { words: ['christmas'], rule: { kind: 'fixed', month: 12, day: 25 } },
  { words: ['halloween'], rule: { kind: 'fixed', month: 10, day: 31 } },
  { words: ['thanksgiving', 'day'], rule: { kind: 'nth-weekday', month: 11, weekday: 4, nth: 4 } },
  { words: ['thanksgiving'], rule: { kind: 'nth-weekday', month: 11, weekday: 4, nth: 4 } },
  { words: ['labor', 'day'], rule: { kind: 'nth-weekday', month: 9, weekday: 1, nth: 1 } },
  { words: ['memorial', 'day'], rule: { kind: 'nth-weekday', month: 5, weekday: 1, nth: -1 } },
  {
    words: ['martin', 'luther', 'king', 'day'],
    rule: { kind: 'nth-weekday', month: 1, weekday: 1, nth: 3 },
  },
  { words: ['election', 'day'], rule: { kind: 'election' } },
  { words: ['good', 'friday'], rule: { kind: 'easter', offset: -2 } },
  { words: ['easter', 'sunday'], rule: { kind: 'easter', offset: 0 } },
  { words: ['easter', 'monday'], rule: { kind: 'easter', offset: 1 } },
  { words: ['easter'], rule: { kind: 'easter', offset: 0 } },
]
