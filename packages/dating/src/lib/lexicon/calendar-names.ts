/**
 * Month, weekday and season names as news copy writes them: full names, AP-style abbreviations
 * (`Nov.`, `Sept.`) and the short forms wire services use (`Tues`, `Thurs`). Keys are lower case.
 */

/** Month names and abbreviations → month number (1–12). `may` and `march` are ambiguous as words; the recogniser checks their context. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
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

/** Month abbreviations that need a following full stop or a number to count as a month (`Mar` alone is not). */
export const SHORT_MONTHS: ReadonlySet<string> = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
])

/** Weekday names and abbreviations → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['mon', 1],
  ['tuesday', 2],
  ['tues', 2],
  ['tue', 2],
  ['wednesday', 3],
  ['wed', 3],
  ['thursday', 4],
  ['thurs', 4],
  ['thu', 4],
  ['friday', 5],
  ['fri', 5],
  ['saturday', 6],
  ['sat', 6],
  ['sunday', 7],
  ['sun', 7],
])

/** Weekday abbreviations that only count when followed by a full stop or a comma and a date (`Sun` is a newspaper, `Wed` a verb). */
export const SHORT_WEEKDAYS: ReadonlySet<string> = new Set([
  'mon',
  'tues',
  'tue',
  'wed',
  'thurs',
  'thu',
  'fri',
  'sat',
  'sun',
])

/** Plural weekdays (`Mondays`) read as sets: every Monday. */
export const WEEKDAY_PLURALS: ReadonlyMap<string, number> = new Map([
  ['mondays', 1],
  ['tuesdays', 2],
  ['wednesdays', 3],
  ['thursdays', 4],
  ['fridays', 5],
  ['saturdays', 6],
  ['sundays', 7],
])

/** Season names → TIMEX3 season codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['autumn', 'FA'],
  ['fall', 'FA'],
  ['winter', 'WI'],
  ['summers', 'SU'],
  ['winters', 'WI'],
  ['springs', 'SP'],
  ['autumns', 'FA'],
])

/** Parts of the day → TIMEX3 codes (`Saturday night` → `…TNI`). */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
  ['mid-afternoon', 'AF'],
])

/** Named clock times → hh:mm. */
export const NAMED_TIMES: ReadonlyMap<string, string> = new Map([
  ['noon', '12:00'],
  ['midday', '12:00'],
  ['midnight', '24:00'],
])
