import { formatDay, fromDayNumber, isoWeekday, toDayNumber } from '@copydesk/lexicon'
import type { Warning } from '@copydesk/parse'
import type { DocumentDate, DocumentDateCandidate } from '../types.js'
import { type DateMention, findDateMentions } from './date-mentions.js'
import { calendarDay, isoDayOf } from './iso.js'
import type { DocumentDateSibling } from './types.js'

/** How many days a weekday-date in the text may lie from a sibling's date and still fit it. */
const WEEK = 6

const sourceRank: Record<string, number> = { given: 0, found: 1, inferred: 2 }

/** What the siblings say about a document's date. */
export interface SiblingInference {
  documentDate: DocumentDate | undefined
  reason: string
  candidates: DocumentDateCandidate[]
  warnings: Warning[]
}

interface Checked {
  sibling: DocumentDateSibling
  value: string
  source: string
  fits: boolean
  note: string
}

/**
 * Date a document by related documents: a duplicate shares its sibling's date; another report
 * of the same story takes the sibling's calendar day. Every weekday-date in the text
 * (`Sunday, November 6`) must fall within a week of the sibling's date, or that sibling is
 * rejected. Duplicates are preferred to stories, then siblings whose own date was given or found
 * to those whose date was inferred.
 */
export function inferFromSiblings(
  text: string,
  siblings: readonly DocumentDateSibling[],
): SiblingInference {
  const mentions = findDateMentions(text)
  const weekdayDates = mentions.filter((mention) => mention.kind === 'weekday-date')
  const checked = siblings.map((sibling) => checkSibling(sibling, weekdayDates, text))
  const fitting = checked
    .filter((item) => item.fits)
    .sort(
      (a, b) =>
        Number(a.sibling.relation === 'story') - Number(b.sibling.relation === 'story') ||
        (sourceRank[a.source] ?? 3) - (sourceRank[b.source] ?? 3),
    )
  const rejected = checked.filter((item) => !item.fits).map((item) => item.note)
  // Best first: the chosen sibling, the others that fit, then the rejected ones.
  const candidates: DocumentDateCandidate[] = [
    ...fitting,
    ...checked.filter((item) => !item.fits),
  ].map((item) => ({
    value: item.value,
    evidence: `sibling:${item.sibling.relation}:${item.sibling.id}`,
  }))
  const chosen = fitting[0]
  if (!chosen) {
    return {
      documentDate: undefined,
      reason: `No sibling fits: ${rejected.join('; ')}.`,
      candidates,
      warnings: [],
    }
  }
  const warnings: Warning[] = []
  for (const other of fitting.slice(1)) {
    if (calendarDay(other.value) === calendarDay(chosen.value)) continue
    warnings.push({
      reason: `Sibling ${other.sibling.id} (${other.sibling.relation}) is dated ${other.value} but sibling ${chosen.sibling.id} (${chosen.sibling.relation}) is dated ${chosen.value}; using ${chosen.value} (duplicates before stories, given or found dates before inferred ones)`,
      ruleId: 'dct-conflict',
    })
  }
  const bareWeekdays = mentions.filter((mention) => mention.kind === 'weekday')
  let reason = chosen.note
  const firstWeekday = bareWeekdays[0]
  if (firstWeekday && weekdayDates.length === 0) {
    const resolved = weekBefore(calendarDay(chosen.value), firstWeekday.weekday!)
    reason += `; the text's weekday ${JSON.stringify(firstWeekday.text)} then falls on ${resolved}, in the week before`
  }
  if (rejected.length > 0) reason += `. Rejected: ${rejected.join('; ')}`
  const documentDate: DocumentDate = {
    value: chosen.value,
    source: 'inferred',
    reason: `${reason}.`,
    candidates,
  }
  if (warnings.length > 0) documentDate.warnings = warnings
  return { documentDate, reason: documentDate.reason, candidates, warnings }
}

function checkSibling(
  sibling: DocumentDateSibling,
  weekdayDates: DateMention[],
  text: string,
): Checked {
  // Siblings arrive read (see `readSiblings`): a `dct` is an ISO string or a DocumentDate.
  const ownDate =
    typeof sibling.dct === 'object' && !(sibling.dct instanceof Date) ? sibling.dct : undefined
  const siblingValue = ownDate?.value ?? String(sibling.dct)
  const source = ownDate?.source ?? 'given'
  const day = calendarDay(siblingValue)
  const value = sibling.relation === 'duplicate' ? siblingValue : day
  const how = ownDate ? ` (${ownDate.source})` : ''
  const named = `sibling ${sibling.id}'s date ${day}${how}`
  for (const mention of weekdayDates) {
    const fit = fitNear(mention, day)
    if (!fit) {
      return {
        sibling,
        value,
        source,
        fits: false,
        note: `${JSON.stringify(mention.text)} in the text does not fall within a week of ${named}`,
      }
    }
  }
  const checks = weekdayDates.map(
    (mention) =>
      `${JSON.stringify(mention.text)} in the text fits ${fitNear(mention, day)}, within a week of ${named}`,
  )
  const relationText =
    sibling.relation === 'duplicate'
      ? `a duplicate of ${sibling.id}, so it shares ${named}`
      : `another report of the story in ${sibling.id}, so it takes ${named}`
  const evidence = checks.length
    ? `: ${checks.join('; ')}`
    : text.length > 0 && sibling.relation === 'story'
      ? ' (no weekday-date in the text to check it against)'
      : ''
  return { sibling, value, source, fits: true, note: `Inferred as ${relationText}${evidence}` }
}

/** The weekday-date's day in the year around `isoDay` that falls within a week of it. */
function fitNear(mention: DateMention, isoDay: string): string | undefined {
  const { year } = isoDayOf(isoDay)
  const target = toDayNumber(isoDayOf(isoDay))
  for (const candidateYear of [year, year - 1, year + 1]) {
    const day = { year: candidateYear, month: mention.month!, day: mention.day! }
    if (isoWeekday(day) !== mention.weekday) continue
    if (Math.abs(toDayNumber(day) - target) <= WEEK) return formatDay(day)
  }
  return undefined
}

function weekBefore(isoDay: string, weekday: number): string {
  const day = isoDayOf(isoDay)
  const back = (isoWeekday(day) - weekday + 7) % 7 || 7
  return formatDay(fromDayNumber(toDayNumber(day) - back))
}
