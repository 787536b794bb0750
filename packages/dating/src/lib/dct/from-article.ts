import type { Article, Warning } from '@copydesk/parse'
import type { DocumentDate, DocumentDateCandidate } from '../types.js'
import { calendarDay, isReadableDate } from './iso.js'
import {
  DOCUMENT_DATE_PRECEDENCE,
  type DocumentDateEvidenceKind,
  EVIDENCE_LABELS,
  PRECEDENCE_SUMMARY,
} from './precedence.js'

interface Evidence extends DocumentDateCandidate {
  evidence: DocumentDateEvidenceKind
  /** The text it was read from, for reasons. */
  quote?: string
}

/**
 * Every date the article states about itself (metadata date line, timestamps), plus the
 * caller's, ordered by `DOCUMENT_DATE_PRECEDENCE` and then by position.
 */
export function collectStatedDates(
  article: Article,
  given: string | undefined,
  page?: { value: string; key: string },
): { evidence: Evidence[]; warnings: Warning[] } {
  const evidence: Evidence[] = []
  const warnings: Warning[] = []
  if (given !== undefined) evidence.push({ value: given, evidence: 'caller' })
  if (page !== undefined)
    evidence.push({ value: page.value, evidence: 'page-metadata', quote: page.key })
  const metadata = article.metadataDate
  if (metadata) {
    if (isReadableDate(metadata.value)) {
      evidence.push({
        value: metadata.value,
        evidence: 'metadata-date',
        start: metadata.start,
        end: metadata.end,
        quote: metadata.text,
      })
    } else warnings.push(unreadable(EVIDENCE_LABELS['metadata-date'], metadata))
  }
  for (const timestamp of article.timestamps) {
    const kind = `timestamp:${timestamp.kind}` as const
    if (timestamp.value !== undefined && isReadableDate(timestamp.value)) {
      evidence.push({
        value: timestamp.value,
        evidence: kind,
        start: timestamp.start,
        end: timestamp.end,
        quote: timestamp.text,
      })
    } else warnings.push(unreadable(EVIDENCE_LABELS[kind], timestamp))
  }
  const rank = (item: Evidence) => DOCUMENT_DATE_PRECEDENCE.indexOf(item.evidence)
  evidence.sort((a, b) => rank(a) - rank(b) || (a.start ?? -1) - (b.start ?? -1))
  return { evidence, warnings }
}

function unreadable(label: string, span: { start: number; end: number; text: string }): Warning {
  return {
    reason: `Ignored ${label} ${JSON.stringify(span.text.trim())}: it could not be read as an ISO date`,
    ruleId: 'dct-unsupported',
    start: span.start,
    end: span.end,
  }
}

/**
 * Pick the date the evidence states, by precedence, and warn about every piece that names
 * another calendar day.
 */
export function decideStatedDate(evidence: Evidence[], warnings: Warning[]): DocumentDate {
  const [chosen, ...others] = evidence
  if (!chosen) throw new RangeError('Cannot `decideStatedDate` without evidence')
  const chosenLabel = EVIDENCE_LABELS[chosen.evidence]
  const conflicts: string[] = []
  for (const other of others) {
    if (calendarDay(other.value) === calendarDay(chosen.value)) continue
    const otherLabel = EVIDENCE_LABELS[other.evidence]
    conflicts.push(`${otherLabel} (${other.value})`)
    const warning: Warning = {
      reason: `${capitalise(otherLabel)} says ${other.value} but ${chosenLabel} says ${chosen.value}; using ${chosen.value} (precedence: ${PRECEDENCE_SUMMARY})`,
      ruleId: 'dct-conflict',
    }
    if (other.start !== undefined) warning.start = other.start
    if (other.end !== undefined) warning.end = other.end
    warnings.push(warning)
  }
  const from = chosen.quote ? `${chosenLabel} ${JSON.stringify(chosen.quote.trim())}` : chosenLabel
  let reason = `Taken from ${from}.`
  if (conflicts.length > 0) {
    reason += ` It disagrees with ${conflicts.join(', ')}; precedence: ${PRECEDENCE_SUMMARY}.`
  } else if (others.length > 0) {
    reason += ` ${capitalise(others.map((other) => EVIDENCE_LABELS[other.evidence]).join(', '))} agree${others.length === 1 ? 's' : ''} on the day.`
  }
  const documentDate: DocumentDate = {
    value: chosen.value,
    source: chosen.evidence === 'caller' ? 'given' : 'found',
    reason,
    candidates: evidence.map(toCandidate),
  }
  if (warnings.length > 0) documentDate.warnings = warnings
  return documentDate
}

function toCandidate(item: Evidence): DocumentDateCandidate {
  const candidate: DocumentDateCandidate = { value: item.value, evidence: item.evidence }
  if (item.start !== undefined) candidate.start = item.start
  if (item.end !== undefined) candidate.end = item.end
  return candidate
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
