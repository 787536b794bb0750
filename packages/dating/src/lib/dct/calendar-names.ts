/**
 * Month and weekday names as dates are written in news copy, for reading dates that bear on
 * when a document was written: full names and the AP and wire abbreviations (`Nov.`, `Sept.`,
 * `Tues.`, `Sun`). Keys are lower case. Abbreviations only count inside a date pattern (a
 * weekday must be followed by a month and day), so `Sun` the newspaper is never read as Sunday.
 */

/** Month names and abbreviations → month number (1–12). */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
])

/** Weekday names and abbreviations → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAY_NAMES: ReadonlyMap<string, number> = new Map([
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

/** Full weekday names, by ISO weekday, for reasons and for spotting bare weekdays (`Sunday`). */
export const FULL_WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const

/** Full month names, by month number − 1, for reasons. */
export const FULL_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
