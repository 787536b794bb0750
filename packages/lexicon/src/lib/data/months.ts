/**
 * Month names as news copy writes them: full names, AP-style abbreviations (`Nov.`, `Sept.`) and
 * the short forms wire services use. Keys are lower case without a period. `may` and `march` are
 * also ordinary words: a reader checks their context.
 */
export const monthNumbers: ReadonlyMap<string, number> = new Map([
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

/** Month abbreviations (`jan` … `dec`, `sept`): they need a full stop or a number to be a month (`Mar` alone is not). */
export const shortMonths: ReadonlySet<string> = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
])

/** Month names by month number − 1 (`monthNames[10]` is `'November'`). */
export const monthNames: readonly string[] = [
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
]
