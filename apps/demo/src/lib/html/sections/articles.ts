import type { ReportBlock, ReportDocument } from '../../report/types.js'
import { html, type SafeHtml } from '../escape.js'
import { type Mark, markText } from '../marks.js'
import { documentTitle } from '../model.js'
import { plural } from './chips.js'

const roleLabels: Record<string, string> = {
  headline: 'Headline',
  byline: 'Byline',
  timestamp: 'Timestamp',
  'metadata-date': 'Date line',
  dateline: 'Dateline',
  'highlights-heading': 'Highlights',
  highlight: 'Highlight',
  caption: 'Caption',
  subheading: 'Subheading',
  'related-link': 'Related link',
  contributor: 'Contributors',
  boilerplate: 'Boilerplate',
}

const residueRoles = new Set([
  'caption',
  'related-link',
  'boilerplate',
  'contributor',
  'highlights-heading',
  'highlight',
  'metadata-date',
  'timestamp',
  'byline',
])

/** Each article with its blocks (roles shown), its date, and its dates and quotes marked in the text. */
export function articlesSection(
  documents: ReportDocument[],
  anchors: Map<string, string>,
  total: number,
): SafeHtml {
  return html`<section id="articles">
<h2>The articles</h2>
<p class="intro">Each article as it was read: every block with its role (residue such as captions and related links in grey), dates and quotes marked in the text. Hover a mark for its value.</p>
<div class="legend"><span><span class="sw timex">date</span> temporal expression</span><span><span class="sw quote">quote</span> quoted speech</span><span><span class="sw quote indirect">reported</span> indirect speech</span><span><span class="sw cue">said</span> cue</span><span><span class="sw mention">he</span> speaker</span></div>
${total > documents.length ? html`<p class="notice">Showing ${documents.length} of ${plural(total, 'article')}, the largest stories' first; report.json has them all.</p>` : ''}
${documents.map((document) => articleCard(document, anchors.get(document.id) ?? ''))}
</section>`
}

function articleCard(document: ReportDocument, anchor: string): SafeHtml {
  const article = document.article
  const marks = documentMarks(document)
  const dct = document.dct
  return html`<article class="card doc" id="${anchor}">
<div class="small muted"><code>${document.id}</code> · ${plural(article.blocks.length, 'block')} · ${plural(document.timexes.length, 'date expression')} · ${plural(document.quotes.length, 'quote')}</div>
<h3>${documentTitle(document)}</h3>
<div class="meta">${[
    article.byline
      ? html`By ${article.byline.authors.length > 0 ? article.byline.authors.join(', ') : article.byline.text}${article.byline.organisation ? html`, ${article.byline.organisation}` : ''}`
      : undefined,
    article.dateline
      ? html`Dateline: ${[article.dateline.place, article.dateline.agency].filter(Boolean).join(' · ') || article.dateline.text}`
      : undefined,
    ...article.timestamps.map((stamp) => html`${stamp.kind}: ${stamp.value ?? stamp.text}`),
  ]
    .filter((part): part is SafeHtml => part !== undefined)
    .map((part, index) => html`${index > 0 ? ' · ' : ''}${part}`)}</div>
<div class="dct"><span class="badge ${dct.source}">${dct.source}</span> <b>${dct.value ?? 'no date'}</b> — ${dct.reason}</div>
${article.blocks.map((block) => blockHtml(block, marks))}
${document.warnings.length > 0 ? html`<details><summary>${plural(document.warnings.length, 'warning')}</summary><ul class="small">${document.warnings.map((warning) => html`<li>${warning}</li>`)}</ul></details>` : ''}
</article>`
}

function blockHtml(block: ReportBlock, marks: Mark[]): SafeHtml {
  const label = roleLabels[block.role]
  const residue = residueRoles.has(block.role)
  return html`<p class="block role-${block.role}${residue ? ' residue' : ''}">${label ? html`<span class="role">${label}</span>` : ''}${markText(block.text, block.start, marks)}</p>`
}

function documentMarks(document: ReportDocument): Mark[] {
  const marks: Mark[] = []
  for (const quote of document.quotes) {
    const speaker = quote.speaker?.name ?? 'unknown speaker'
    const className = quote.kind === 'indirect' ? 'quote indirect' : 'quote'
    quote.content.forEach((span, index) => {
      marks.push({
        start: span.start,
        end: span.end,
        className,
        title: `${quote.kind} quote · ${speaker}`,
        ...(index === quote.content.length - 1 ? { note: `— ${speaker}` } : {}),
      })
    })
    if (quote.cue)
      marks.push({
        start: quote.cue.start,
        end: quote.cue.end,
        className: 'cue',
        title: `cue: ${quote.cue.lemma}`,
      })
    const mention = quote.speaker?.mention
    if (mention)
      marks.push({
        start: mention.start,
        end: mention.end,
        className: 'mention',
        title: `speaker: ${speaker}`,
      })
  }
  for (const timex of document.timexes) {
    marks.push({
      start: timex.start,
      end: timex.end,
      className: 'timex',
      title: `${timex.type} ${timex.value}${timex.anchor ? ` (from ${timex.anchor.value})` : ''}`,
      note: timex.value,
    })
  }
  return marks
}
