import type {
  ReportDocument,
  ReportDuplicates,
  ReportReuse,
  ReportStory,
} from '../../report/types.js'
import { sideBySide } from '../diff.js'
import { html, type SafeHtml } from '../escape.js'
import { documentTitle } from '../model.js'
import { documentChip, meter, percent, plural } from './chips.js'

/**
 * Stories, duplicates and reuse: which articles tell the same story, which are copies of each
 * other, and the passages one took from another, side by side with the differing words marked.
 */
export function relationsSection(
  stories: ReportStory[],
  duplicates: ReportDuplicates,
  reuse: ReportReuse[],
  documents: Map<string, ReportDocument>,
  anchors: Map<string, string>,
  limit: number,
): SafeHtml {
  // Largest first: the stories the corpus is most about.
  const multi = stories
    .filter((story) => story.members.length > 1)
    .sort((a, b) => b.members.length - a.members.length)
  const duplicatePairs = new Set(duplicates.pairs.map((pair) => pairKey(pair.a, pair.b)))
  const similarity = new Map(
    duplicates.pairs.map((pair) => [pairKey(pair.a, pair.b), pair.similarity]),
  )
  const shownStories = multi.slice(0, limit)
  const shownReuse = reuse.slice(0, limit)
  const describeDocument = (id: string) => {
    const document = documents.get(id)
    return html`<li>${documentChip(id, anchors)} ${document ? documentTitle(document) : ''}${document?.dct.value ? html` <span class="muted small">· ${document.dct.value.slice(0, 10)} (${document.dct.source})</span>` : ''}</li>`
  }
  return html`<section id="relations">
<h2>Stories, duplicates and reuse</h2>
<p class="intro">${plural(multi.length, 'story', 'stories')} with more than one article; ${plural(duplicates.clusters.length, 'duplicate cluster')} (near-duplicates at ${percent(duplicates.threshold)} similarity or more); ${plural(reuse.length, 'pair')} of articles sharing passages.</p>
<h3 id="stories">Stories</h3>
${multi.length === 0 ? html`<p class="muted">No two articles tell the same story.</p>` : ''}
${multi.length > shownStories.length ? html`<p class="notice">Showing the ${shownStories.length} largest of ${plural(multi.length, 'story', 'stories')}; report.json has them all.</p>` : ''}
${shownStories.map(
  (
    story,
  ) => html`<div class="card story" id="${story.id}"><div class="pair-head"><b>${story.title ?? story.id}</b> <span class="muted small"><code>${story.id}</code> · </span><span class="muted small">${plural(story.members.length, 'article')}${story.first ? html` · ${story.first.slice(0, 10)}${story.last && story.last.slice(0, 10) !== story.first.slice(0, 10) ? html` to ${story.last.slice(0, 10)}` : ''}` : ''}</span></div>
<ul>${story.members.map(describeDocument)}</ul></div>`,
)}
<h3 id="duplicates">Duplicates</h3>
${duplicates.clusters.length === 0 ? html`<p class="muted">No duplicates.</p>` : ''}
${duplicates.clusters.slice(0, limit).map(
  (
    cluster,
  ) => html`<div class="card duplicate"><div class="pair-head"><b>Copies of</b> ${documentChip(cluster.representative, anchors)}</div>
<ul>${cluster.members
    .filter((member) => member !== cluster.representative)
    .map((member) => {
      const value = similarity.get(pairKey(cluster.representative, member))
      return html`<li>${documentChip(member, anchors)} ${value === undefined ? '' : html`${meter(value)} ${percent(value)} similar`}</li>`
    })}</ul></div>`,
)}
<h3 id="reuse">Shared passages</h3>
${reuse.length === 0 ? html`<p class="muted">No passages are shared between articles.</p>` : ''}
${reuse.length > shownReuse.length ? html`<p class="notice">Showing ${shownReuse.length} of ${plural(reuse.length, 'pair')}.</p>` : ''}
${shownReuse.map((pair) => {
  const duplicate = duplicatePairs.has(pairKey(pair.a, pair.b))
  const rows = pair.passages.map((passage) => {
    const [left, right] = sideBySide(passage.a.text, passage.b.text)
    return html`<tr><td class="shared">${left}</td><td class="shared">${right}</td><td class="sim">${percent(passage.similarity)}</td></tr>`
  })
  const table = html`<table class="passages"><thead><tr><th>${pair.a}</th><th>${pair.b}</th><th class="sim">same</th></tr></thead><tbody>${rows}</tbody></table>`
  return html`<div class="card reuse"><div class="pair-head">${documentChip(pair.a, anchors)} ↔ ${documentChip(pair.b, anchors)} <span class="muted small">${plural(pair.passages.length, 'shared passage')}${duplicate ? ' · duplicates' : ''}</span>${similarity.has(pairKey(pair.a, pair.b)) ? html` ${meter(similarity.get(pairKey(pair.a, pair.b))!)}` : ''}</div>
${duplicate ? html`<details><summary>Show the ${plural(pair.passages.length, 'passage')} side by side</summary>${table}</details>` : table}</div>`
})}
<p class="small muted">Words only one side has are <ins class="only">marked</ins>.</p>
</section>`
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}
