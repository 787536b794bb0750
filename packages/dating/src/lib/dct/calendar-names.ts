import { MONTHS, WEEKDAYS } from '../lexicon/calendar-names.js'

/** Month names for reasons (`November`), by month number − 1: the longest name per month in the shared lexicon. */
export const FULL_MONTH_NAMES: readonly string[] = fullNames(MONTHS, 12)

/** Weekday names for reasons and for spotting bare weekdays (`Sunday`), by ISO weekday − 1. */
export const FULL_WEEKDAY_NAMES: readonly string[] = fullNames(WEEKDAYS, 7)

function fullNames(names: ReadonlyMap<string, number>, count: number): string[] {
  const longest: string[] = Array.from({ length: count }, () => '')
  for (const [name, number] of names) {
    if (name.length > longest[number - 1]!.length) longest[number - 1] = name
  }
  return longest.map((name) => name.charAt(0).toUpperCase() + name.slice(1))
}
