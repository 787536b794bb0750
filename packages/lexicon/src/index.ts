export type { DaylightPeriod, WallClock } from './lib/calendar/daylight-time.js'
export {
  isUsDaylightTime,
  timeZoneOffset,
  usDaylightPeriod,
} from './lib/calendar/daylight-time.js'
export type { Day } from './lib/calendar/days.js'
export {
  addDays,
  addMonths,
  daysInMonth,
  formatDay,
  fromDayNumber,
  isoOffset,
  isoWeek,
  isoWeekday,
  isValidDay,
  lastWeekday,
  nthWeekday,
  toDayNumber,
} from './lib/calendar/days.js'
export {
  abbreviations,
  businessAbbreviations,
  generalAbbreviations,
  monthAbbreviations,
  nonTerminalAbbreviations,
  rankAbbreviations,
  stateAbbreviations,
  titleAbbreviations,
} from './lib/data/abbreviations.js'
export {
  auxiliaries,
  conjunctions,
  determiners,
  functionWords,
  prepositions,
  pronouns,
} from './lib/data/function-words.js'
export { monthNames, monthNumbers, shortMonths } from './lib/data/months.js'
export {
  calendarLanguages,
  foreignMonthNumbers,
  foreignWeekdayNumbers,
} from './lib/data/months-multilingual.js'
export type { TimeZone } from './lib/data/time-zones.js'
export { timeZones } from './lib/data/time-zones.js'
export { shortWeekdays, weekdayNames, weekdayNumbers } from './lib/data/weekdays.js'
