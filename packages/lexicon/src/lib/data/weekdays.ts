/**
 * Weekday names and abbreviations, with their ISO 8601 numbers: Monday 1 … Sunday 7, the one
 * weekday numbering of copydesk. Includes the short forms of wire copy and timestamps (`Tues`,
 * `Thur.`, `Thurs`). Keys are lower case without a period.
 */
export const weekdayNumbers: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['mon', 1],
  ['tuesday', 2],
  ['tues', 2],
  ['tue', 2],
  ['wednesday', 3],
  ['wed', 3],
  ['thursday', 4],
  ['thurs', 4],
  ['thur', 4],
  ['thu', 4],
  ['friday', 5],
  ['fri', 5],
  ['saturday', 6],
  ['sat', 6],
  ['sunday', 7],
  ['sun', 7],
])

/** Weekday abbreviations: they only count with a full stop or a comma and a date (`Sun` is a newspaper, `Wed` a verb). */
export const shortWeekdays: ReadonlySet<string> = new Set(
  [...weekdayNumbers.keys()].filter((name) => !name.endsWith('day')),
)

/** Weekday names by ISO weekday − 1 (`weekdayNames[6]` is `'Sunday'`). */
export const weekdayNames: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]
