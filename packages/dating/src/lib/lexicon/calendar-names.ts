/**
 * Calendar words whose TIMEX3 codes are dating's own: plural weekdays (sets), seasons, parts of
 * the day and named clock times. Month and weekday names come from `@copydesk/lexicon`.
 */

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
