import type { ReportMergedQuote } from '../../report/types.js'
import { html, type SafeHtml } from '../escape.js'
import { documentChip, plural } from './chips.js'

interface SpeakerGroup {
  name: string
  role?: string
  names: Set<string>
  quotes: ReportMergedQuote[]
  occurrences: number
}

const unattributed = 'Unattributed'

/** Whether two renderings of a quote have the same words (marks, case and punctuation aside). */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.join(' ') ?? ''
  return words(a) === words(b)
}

/** How many named speakers the quotes have (the count the page's banner and this section give). */
export function namedSpeakers(merged: ReportMergedQuote[]): number {
  return new Set(merged.map((quote) => quote.speaker).filter(Boolean)).size
}

/** Quotes grouped by speaker (most quoted first), each with every place it occurs. */
export function quotesSection(
  merged: ReportMergedQuote[],
  anchors: Map<string, string>,
  limit: number,
): SafeHtml {
  const groups = new Map<string, SpeakerGroup>()
  for (const quote of merged) {
    const name = quote.speaker ?? unattributed
    let group = groups.get(name)
    if (!group) {
      group = { name, names: new Set(), quotes: [], occurrences: 0 }
      groups.set(name, group)
    }
    if (!group.role && quote.speakerRole) group.role = quote.speakerRole
    for (const alias of quote.speakerNames) if (alias !== name) group.names.add(alias)
    group.quotes.push(quote)
    group.occurrences += quote.occurrences.length
  }
  const ordered = [...groups.values()].sort(
    (a, b) =>
      Number(a.name === unattributed) - Number(b.name === unattributed) ||
      b.occurrences - a.occurrences ||
      a.name.localeCompare(b.name),
  )
  const shown = ordered.slice(0, limit)
  return html`<section id="quotes">
<h2>Who said what</h2>
<p class="intro">${plural(merged.length, 'quote')} from ${plural(namedSpeakers(merged), 'speaker')}${groups.has(unattributed) ? ' and some unattributed' : ''}. A quote repeated across articles (curly or straight marks, small edits, a fragment of a longer quote) is shown once, with each occurrence.</p>
${ordered.length > shown.length ? html`<p class="notice">Showing the ${shown.length} most quoted of ${plural(namedSpeakers(merged), 'speaker')}; report.json has them all.</p>` : ''}
${shown.map(
  (group) => html`<div class="card speaker">
<h3>${group.name}</h3>
${group.role ? html`<div class="role">${group.role}</div>` : ''}
${group.names.size > 0 ? html`<div class="small muted">Also named: ${[...group.names].join(', ')}</div>` : ''}
${group.quotes
  .slice()
  .sort((a, b) => b.occurrences.length - a.occurrences.length)
  .map(
    (quote) => html`<blockquote class="merged">${quote.text}</blockquote>
<ul class="occurrences">${quote.occurrences.map(
      (occurrence) =>
        html`<li>${documentChip(occurrence.document, anchors)} ${occurrence.kind}${occurrence.mention ? html` · as “${occurrence.mention}”` : ''}${sameWords(occurrence.text, quote.text) ? '' : html` · <q>${occurrence.text}</q>`}</li>`,
    )}</ul>`,
  )}
</div>`,
)}
</section>`
}
