import {
  formatDay,
  isoWeekday,
  isValidDay,
  monthNames,
  toDayNumber,
  weekdayNames,
} from '@copydesk/lexicon'
import type { DocumentDate, DocumentDateCandidate } from '../types.js'
import { type DateMention, findDateMentions } from './date-mentions.js'
import { isoDayOf } from './iso.js'

/** How far (days) the year picked for a weekday-date may lie from the caller's `near` hint. */
const NEAR_HINT_REACH = 3 * 366
/** How far (days) it may lie from the latest full date the text mentions. */
const FULL_DATE_REACH = 2 * 366
/** Years searched for a weekday-date's fits. */
const FIRST_YEAR = 1800
const LAST_YEAR = 2099
/** With no reference at all, fits are listed for these years. */
const UNANCHORED_LISTING = { from: 1990, to: 2039 }

/** What the text alone says about its date. */
export interface TextInference {
  documentDate: DocumentDate | undefined
  reason: string
  candidates: DocumentDateCandidate[]
}

interface Reference {
  dayNumber: number
  reach: number
  describe: string
}

/**
 * Infer the document date from a weekday-date without a year (`Sunday, November 6`), which
 * fits only some years: the fit nearest to the caller's `near` hint, or else to the latest full
 * date the text mentions, when it is near enough to be unambiguous. A story names the weekday of
 * dates near its own (before or after), so the day itself is taken as its date. Bare years (`since 1970`) are too weak
 * to choose a year and only appear in the reason.
 */
export function inferFromText(text: string, near: number | string | undefined): TextInference {
  const mentions = findDateMentions(text)
  const weekdayDates = mentions.filter((mention) => mention.kind === 'weekday-date')
  const first = weekdayDates[0]
  if (!first) {
    return {
      documentDate: undefined,
      reason:
        'The text has no date line, timestamp or weekday-date (like "Sunday, November 6") to date it by; pass `dct`, or `siblings` with known dates.',
      candidates: [],
    }
  }
  const agreeing = weekdayDates.filter((mention) =>
    sameYears(fittingYears(mention), fittingYears(first)),
  )
  const fits = fittingYears(first).map((year) => ({ year, month: first.month!, day: first.day! }))
  const reference = chooseReference(mentions, near) ?? bareYearReference(text, mentions, fits)
  const ranked = reference
    ? [...fits].sort(
        (a, b) =>
          Math.abs(toDayNumber(a) - reference.dayNumber) -
            Math.abs(toDayNumber(b) - reference.dayNumber) || b.year - a.year,
      )
    : fits.filter((fit) => fit.year >= UNANCHORED_LISTING.from && fit.year <= UNANCHORED_LISTING.to)
  const listed = reference
    ? ranked.filter((fit) => Math.abs(toDayNumber(fit) - reference.dayNumber) <= 15 * 366)
    : ranked
  const candidates: DocumentDateCandidate[] = listed.map((fit) => ({
    value: formatDay(fit),
    evidence: 'weekday+date',
    start: first.start,
    end: first.end,
  }))
  const quoted = JSON.stringify(first.text)
  const fitYears = [...listed].sort((a, b) => a.year - b.year).map((fit) => fit.year)
  const fitsSentence = `${quoted} (a weekday and date without a year: ${monthNames[first.month! - 1]} ${first.day} is a ${weekdayNames[first.weekday! - 1]} in ${fitYears.join(', ')}${reference ? ' and years further off' : ', …'})`
  const others = agreeing.length > 1 ? ` ${agreeing.length - 1} other weekday-date(s) agree.` : ''
  const best = ranked[0]
  if (!reference || !best) {
    const bareYears = mentions
      .filter((mention) => mention.kind === 'year')
      .map((m) => `"${contextOf(text, m)}"`)
    const weak = bareYears.length
      ? ` The text mentions only bare years (${bareYears.join(', ')}), too weak to choose.`
      : ''
    return {
      documentDate: undefined,
      reason: `No date inferred: ${fitsSentence} fits several years and nothing in the text says which.${weak} Pass \`near\` (a year) or \`dct\`.`,
      candidates,
    }
  }
  const distance = Math.abs(toDayNumber(best) - reference.dayNumber)
  if (distance > reference.reach) {
    return {
      documentDate: undefined,
      reason: `No date inferred: ${fitsSentence}; the nearest fit to ${reference.describe}, ${formatDay(best)}, is ${Math.round(distance / 365.25)} years away, too far to be sure. Pass \`near\` or \`dct\`.`,
      candidates,
    }
  }
  const value = formatDay(best)
  return {
    documentDate: {
      value,
      source: 'inferred',
      reason: `Inferred from ${fitsSentence}: ${best.year} is the nearest to ${reference.describe}. A story names the weekday of a date near its own, so the text was written within days of ${value}; that day is taken as its date.${others}`,
      candidates,
    },
    reason: '',
    candidates,
  }
}

/** Words before a bare year that make it a bound, not the time of writing (`since 1970`). */
const boundingWords = new Set([
  'since',
  'from',
  'until',
  'till',
  'by',
  'before',
  'after',
  'between',
  'through',
  'to',
  'and',
  'circa',
])

/**
 * A bare year is weak evidence: it counts only when it is not a bound (`since 1970`, `by 2030`)
 * and exactly one fit falls in that year or the next (`the 2016 election` with a weekday-date
 * that fits 2016). Several such fits, or none, give no reference.
 */
function bareYearReference(
  text: string,
  mentions: DateMention[],
  fits: { year: number; month: number; day: number }[],
): Reference | undefined {
  const chosen = new Map<number, DateMention>()
  for (const mention of mentions) {
    if (mention.kind !== 'year' || boundingWords.has(wordBefore(text, mention.start).word)) continue
    for (const fit of fits) {
      if (fit.year === mention.year || fit.year === mention.year! + 1) chosen.set(fit.year, mention)
    }
  }
  if (chosen.size !== 1) return undefined
  const [year, mention] = [...chosen][0]!
  const fit = fits.find((candidate) => candidate.year === year)!
  return {
    dayNumber: toDayNumber(fit),
    reach: 0,
    describe: `the year the text names in ${JSON.stringify(contextOf(text, mention))} (bare years are weak evidence; this one counts because exactly one fit lies in that year or the next)`,
  }
}

/** The word just before `offset` (lower-cased) and where it starts. */
function wordBefore(text: string, offset: number): { word: string; start: number } {
  const from = Math.max(0, offset - 16)
  const match = /([A-Za-z]+)[^A-Za-z0-9]{0,3}$/.exec(text.slice(from, offset))
  return match
    ? { word: match[1]!.toLowerCase(), start: from + match.index }
    : { word: '', start: offset }
}

/** A bare year with the word before it, for reasons: `since 1970`. */
function contextOf(text: string, mention: DateMention): string {
  return text.slice(wordBefore(text, mention.start).start, mention.end)
}

function fittingYears(mention: DateMention): number[] {
  const years: number[] = []
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const day = { year, month: mention.month!, day: mention.day! }
    if (isValidDay(year, day.month, day.day) && isoWeekday(day) === mention.weekday)
      years.push(year)
  }
  return years
}

function sameYears(a: number[], b: number[]): boolean {
  return a.some((year) => b.includes(year))
}

function chooseReference(
  mentions: DateMention[],
  near: number | string | undefined,
): Reference | undefined {
  if (near !== undefined) {
    const nearDay =
      typeof near === 'number'
        ? toDayNumber({ year: near, month: 7, day: 2 })
        : toDayNumber(isoDayOf(near))
    return {
      dayNumber: nearDay,
      reach: NEAR_HINT_REACH,
      describe: `the hint \`near: ${JSON.stringify(near)}\``,
    }
  }
  let latest: DateMention | undefined
  let latestDay = Number.NEGATIVE_INFINITY
  for (const mention of mentions) {
    if (mention.kind !== 'full-date') continue
    const mentioned = toDayNumber({ year: mention.year!, month: mention.month!, day: mention.day! })
    if (mentioned > latestDay) {
      latest = mention
      latestDay = mentioned
    }
  }
  if (!latest) return undefined
  return {
    dayNumber: latestDay,
    reach: FULL_DATE_REACH,
    describe: `the latest full date in the text, ${JSON.stringify(latest.text)}`,
  }
}
