import { isoWeekday, isValidDay, monthNames, weekdayNames } from '@copydesk/lexicon'
import type { ReportDocument } from '../../report/types.js'
import { html, type SafeHtml } from '../escape.js'
import { markText } from '../marks.js'
import { documentChip, plural } from './chips.js'

const calendarValue = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/
const timeOfDay = /T(\d{2}:\d{2}|MO|AF|EV|NI|DT)/
const partsOfDay: Record<string, string> = {
  MO: 'morning',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
  DT: 'daytime',
}

interface TimelineEvent {
  key: string
  label: string
  detail?: string
  published: string[]
  mentions: { text: SafeHtml; documents: string[]; normalised: string; time?: string }[]
}

/**
 * The timeline: every dated expression (DATE and TIME values with a calendar date) and every
 * document date, in calendar order; the same sentence in several documents is shown once with each
 * document listed.
 */
export function timelineSection(
  documents: ReportDocument[],
  anchors: Map<string, string>,
  limit: number,
  totalDocuments: number = documents.length,
): SafeHtml {
  const events = new Map<string, TimelineEvent>()
  const eventFor = (value: string): TimelineEvent | undefined => {
    const match = calendarValue.exec(value)
    if (!match) return undefined
    const key = match[0]
    let event = events.get(key)
    if (!event) {
      event = { key, ...describe(match), published: [], mentions: [] }
      events.set(key, event)
    }
    return event
  }
  for (const document of documents) {
    if (document.dct.value) eventFor(document.dct.value.slice(0, 10))?.published.push(document.id)
    for (const timex of document.timexes) {
      if (timex.type !== 'DATE' && timex.type !== 'TIME') continue
      const event = eventFor(timex.value)
      if (!event) continue
      const context = contextText(document, timex.context)
      const normalised = context.text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
      const same = event.mentions.find((mention) => mention.normalised === normalised)
      if (same) {
        if (!same.documents.includes(document.id)) same.documents.push(document.id)
        continue
      }
      const time = timeOfDay.exec(timex.value)?.[1]
      event.mentions.push({
        ...(time ? { time: partsOfDay[time] ?? time } : {}),
        normalised,
        documents: [document.id],
        text: markText(context.text, context.start, [
          {
            start: timex.start,
            end: timex.end,
            className: 'timex',
            title: `${timex.type} ${timex.value}`,
          },
        ]),
      })
    }
  }
  const ordered = [...events.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const shown = ordered.slice(0, limit)
  return html`<section id="timeline">
<h2>Timeline</h2>
<p class="intro">Every date the articles mention, resolved against each article's own date, in calendar order. Red dots are publication dates. The same sentence in several articles appears once, with each article listed.</p>
${ordered.length > shown.length ? html`<p class="notice">Showing the first ${shown.length} of ${plural(ordered.length, 'date')}; report.json has them all.</p>` : ''}
${totalDocuments > documents.length ? html`<p class="notice">Dates from the ${plural(documents.length, 'article')} shown below, of ${totalDocuments.toLocaleString('en-US')}.</p>` : ''}
${ordered.length === 0 ? html`<p class="muted">No dated expressions were found.</p>` : ''}
<ol class="timeline">
${shown.map(
  (event) => html`<li class="${event.published.length > 0 ? 'published' : ''}">
<div class="when">${event.label}${event.detail ? html`<small>${event.detail}</small>` : ''}<small><code>${event.key}</code></small></div>
${event.published.length > 0 ? html`<div class="small muted">Published: ${event.published.map((id) => documentChip(id, anchors))}</div>` : ''}
${event.mentions.map(
  (mention) =>
    html`<div class="event">${mention.time ? html`<span class="chip">${mention.time}</span> ` : ''}${mention.text}<div class="docs">${mention.documents.map((id) => documentChip(id, anchors))}</div></div>`,
)}
</li>`,
)}
</ol>
</section>`
}

/** The context's text, from the block that holds it. */
function contextText(
  document: ReportDocument,
  context: { start: number; end: number },
): { start: number; text: string } {
  const block = document.article.blocks.find(
    (candidate) => candidate.start <= context.start && candidate.end >= context.end,
  )
  if (!block) return { start: context.start, text: '' }
  return {
    start: context.start,
    text: block.text.slice(context.start - block.start, context.end - block.start),
  }
}

function describe(match: RegExpExecArray): { label: string; detail?: string } {
  const [, year, month, day] = match
  const monthNumber = Number(month)
  if (!month) return { label: year! }
  if (monthNumber < 1 || monthNumber > 12) return { label: `${month} ${year}` }
  const monthName = monthNames[monthNumber - 1]!
  const date = { year: Number(year), month: monthNumber, day: Number(day) }
  if (!day || !isValidDay(date.year, date.month, date.day))
    return { label: `${monthName} ${date.year}` }
  const label = `${weekdayNames[isoWeekday(date) - 1]}, ${monthName} ${date.day}, ${date.year}`
  return { label }
}
