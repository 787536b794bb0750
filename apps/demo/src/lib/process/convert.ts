import type { DocumentDate, Timex } from '@copydesk/dating'
import type { Article } from '@copydesk/parse'
import type { Quote } from '@copydesk/quotes'
import type {
  ReportArticle,
  ReportDocumentDate,
  ReportQuote,
  ReportSpan,
  ReportTimex,
} from '../report/types.js'

/** The article as the report shows it: the nlcst tree and the repeated text left out. */
export function reportArticle(article: Article): ReportArticle {
  return {
    length: article.text.length,
    ...(article.headline ? { headline: span(article.headline) } : {}),
    ...(article.byline
      ? {
          byline: {
            ...span(article.byline),
            authors: article.byline.authors,
            ...(article.byline.organisation ? { organisation: article.byline.organisation } : {}),
          },
        }
      : {}),
    ...(article.dateline
      ? {
          dateline: {
            ...span(article.dateline),
            ...(article.dateline.place ? { place: article.dateline.place } : {}),
            ...(article.dateline.agency ? { agency: article.dateline.agency } : {}),
          },
        }
      : {}),
    timestamps: article.timestamps.map((stamp) => ({
      ...span(stamp),
      kind: stamp.kind,
      ...(stamp.value ? { value: stamp.value } : {}),
    })),
    ...(article.metadataDate
      ? { metadataDate: { ...span(article.metadataDate), value: article.metadataDate.value } }
      : {}),
    blocks: article.blocks.map((block) => ({ ...span(block), role: block.role })),
  }
}

export function reportDate(
  date: DocumentDate | undefined,
  reason: string,
  from?: string[],
): ReportDocumentDate {
  if (!date) return { source: 'none', reason }
  return {
    value: date.value,
    source: date.source,
    reason: date.reason,
    ...(from && from.length > 0 ? { from } : {}),
  }
}

export function reportTimex(timex: Timex, text: string, article: Article): ReportTimex {
  return {
    ...span(timex),
    type: timex.type,
    value: timex.value,
    ...(timex.mod ? { mod: timex.mod } : {}),
    ...(timex.anchor ? { anchor: { value: timex.anchor.value, source: timex.anchor.source } } : {}),
    context: contextOf(timex.start, timex.end, text, article),
  }
}

export function reportQuote(quote: Quote): ReportQuote {
  const first = quote.content[0]
  const last = quote.content[quote.content.length - 1]
  return {
    text: quote.text,
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    content: quote.content.map(span),
    kind: quote.kind,
    ...(quote.cue ? { cue: { ...span(quote.cue), lemma: quote.cue.lemma } } : {}),
    ...(quote.speaker || quote.mention
      ? {
          speaker: {
            ...(quote.speaker ? { name: quote.speaker.name, kind: quote.speaker.kind } : {}),
            ...(quote.speaker?.role ? { role: quote.speaker.role } : {}),
            ...(quote.mention ? { mention: span(quote.mention) } : {}),
          },
        }
      : {}),
    ...(quote.via ? { via: span(quote.via) } : {}),
  }
}

function span(value: ReportSpan): ReportSpan {
  return { start: value.start, end: value.end, text: value.text }
}

const contextReach = 200

/**
 * The sentence around an expression, within its block: from the previous sentence end (`. `,
 * `? `, `! `) to the next, at most 200 characters either side (cut at a space).
 */
export function contextOf(
  start: number,
  end: number,
  text: string,
  article: Article,
): { start: number; end: number } {
  const block = article.blocks.find((candidate) => candidate.start <= start && candidate.end >= end)
  const low = Math.max(block?.start ?? 0, start - contextReach)
  const high = Math.min(block?.end ?? text.length, end + contextReach)
  let from = start
  while (from > low && !isSentenceEnd(text, from - 2)) from--
  let to = end
  while (to < high && !isSentenceEnd(text, to - 1)) to++
  if (from === low && low > (block?.start ?? 0)) {
    const space = text.indexOf(' ', from)
    if (space !== -1 && space < start) from = space + 1
  }
  if (to === high && high < (block?.end ?? text.length)) {
    const space = text.lastIndexOf(' ', to)
    if (space > end) to = space
  }
  while (from < start && /\s/.test(text[from]!)) from++
  return { start: from, end: to }
}

function isSentenceEnd(text: string, index: number): boolean {
  const character = text[index]
  const next = text[index + 1]
  return (
    (character === '.' || character === '?' || character === '!') && (next === ' ' || next === '\n')
  )
}
