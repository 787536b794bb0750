import { describe, expect, it } from 'vitest'
import * as lexicon from '../src/index.js'

describe('@copydesk/lexicon', () => {
  it('exports exactly its public names', () => {
    expect(Object.keys(lexicon).sort()).toEqual([
      'abbreviations',
      'addDays',
      'addMonths',
      'auxiliaries',
      'businessAbbreviations',
      'calendarLanguages',
      'conjunctions',
      'daysInMonth',
      'determiners',
      'foreignMonthNumbers',
      'foreignWeekdayNumbers',
      'formatDay',
      'fromDayNumber',
      'functionWords',
      'generalAbbreviations',
      'isUsDaylightTime',
      'isValidDay',
      'isoOffset',
      'isoWeek',
      'isoWeekday',
      'lastWeekday',
      'monthAbbreviations',
      'monthNames',
      'monthNumbers',
      'nonTerminalAbbreviations',
      'nthWeekday',
      'prepositions',
      'pronouns',
      'rankAbbreviations',
      'shortMonths',
      'shortWeekdays',
      'stateAbbreviations',
      'timeZoneOffset',
      'timeZones',
      'titleAbbreviations',
      'toDayNumber',
      'usDaylightPeriod',
      'weekdayNames',
      'weekdayNumbers',
    ])
  })
})
