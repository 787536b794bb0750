import { isoWeekday, isValidDay, monthNumbers, weekdayNumbers } from '@copydesk/lexicon'

/** A date or year written in the text, as evidence for when the document was written. */
export interface DateMention {
  /**
   * `weekday-date`: weekday, day and month without a year (`Sunday, November 6`);
   * `full-date`: day, month and year (`November 6, 2015`, `2015-11-06`);
   * `year`: a year on its own (`since 1970`), weak evidence.
   */
  kind: 'weekday-date' | 'full-date' | 'year'
  start: number
  end: number
  text: string
  year?: number
  month?: number
  day?: number
  /** ISO weekday (Monday 1 … Sunday 7) when the text names one. */
  weekday?: number
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
const byLengthDescending = (a: string, b: string) => b.length - a.length
const alternation = (names: Iterable<string>) =>
  [...names].sort(byLengthDescending).map(capitalise).join('|')

const weekdayNames = alternation(weekdayNumbers.keys())
const monthNames = alternation(monthNumbers.keys())
const weekday = (group: string) => `(?:(?<${group}>${weekdayNames})\\.?,?\\s+)?`
const year = (group: string) => `(?:,?\\s+(?<${group}>\\d{4})(?!\\d))?`
const ordinal = '(?:st|nd|rd|th)?'

// Each alternative is a chain of fixed tokens and single \s+ runs: matching is linear.
const mentionPattern = new RegExp(
  [
    `${weekday('weekdayMdy')}(?<monthMdy>${monthNames})\\.?\\s+(?<dayMdy>\\d{1,2})${ordinal}(?!\\d)${year('yearMdy')}`,
    `${weekday('weekdayDmy')}(?:the\\s+)?(?<dayDmy>\\d{1,2})${ordinal}\\s+(?:of\\s+)?(?<monthDmy>${monthNames})\\b\\.?${year('yearDmy')}`,
    '(?<yearIso>\\d{4})-(?<monthIso>\\d{2})-(?<dayIso>\\d{2})(?!\\d)',
    '(?<![\\d,.$£€])(?<bareYear>1[89]\\d{2}|20\\d{2})(?![\\d,]\\d)',
  ]
    .map((alternative) => `\\b${alternative}`)
    .join('|'),
  'g',
)

/**
 * Find the dates and years a text mentions that bear on when it was written: weekday-dates
 * without a year, full dates, and bare years from 1800 to 2099.
 *
 * @example
 *   findDateMentions('Talks ended Sunday, November 6, after the 2015 accord.')
 *   // [{kind: 'weekday-date', text: 'Sunday, November 6', month: 11, day: 6, weekday: 7, …},
 *   //  {kind: 'year', text: '2015', year: 2015, …}]
 */
export function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = []
  for (const match of text.matchAll(mentionPattern)) {
    const groups = match.groups!
    const start = match.index
    const end = start + match[0].length
    const mention = toMention(groups, start, end, match[0])
    if (mention) mentions.push(mention)
  }
  return mentions
}

function toMention(
  groups: Record<string, string | undefined>,
  start: number,
  end: number,
  matched: string,
): DateMention | undefined {
  if (groups.bareYear) {
    return { kind: 'year', start, end, text: matched, year: Number(groups.bareYear) }
  }
  const yearText = groups.yearMdy ?? groups.yearDmy ?? groups.yearIso
  const monthText = groups.monthMdy ?? groups.monthDmy
  const month = monthText ? monthNumbers.get(monthText.toLowerCase()) : Number(groups.monthIso)
  const day = Number(groups.dayMdy ?? groups.dayDmy ?? groups.dayIso)
  const weekdayText = groups.weekdayMdy ?? groups.weekdayDmy
  const weekday = weekdayText ? weekdayNumbers.get(weekdayText.toLowerCase()) : undefined
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined
  if (yearText === undefined) {
    // Without a weekday, a bare "November 6" says nothing about the year.
    if (weekday === undefined || !isValidDay(2000, month, day)) return undefined
    return { kind: 'weekday-date', start, end, text: matched, month, day, weekday }
  }
  const year = Number(yearText)
  if (year < 1800 || year > 2099 || !isValidDay(year, month, day)) return undefined
  const mention: DateMention = { kind: 'full-date', start, end, text: matched, year, month, day }
  if (weekday !== undefined && isoWeekday({ year, month, day }) === weekday)
    mention.weekday = weekday
  return mention
}
