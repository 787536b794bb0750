import type { ReportStory } from '../../report/types.js'
import { html, type SafeHtml } from '../escape.js'
import type { CorpusOverview } from '../overview.js'
import { documentChip, plural } from './chips.js'

/**
 * The whole corpus at a glance: articles published and days mentioned month by month, the days
 * the most articles are about, and the largest stories with their titles and dates. Counted over
 * every document, whatever the page renders below.
 */
export function corpusSection(
  overview: CorpusOverview,
  stories: ReportStory[],
  anchors: Map<string, string>,
  storyLimit = 20,
): SafeHtml {
  const peak = Math.max(
    1,
    ...overview.months.map((month) => Math.max(month.published, month.mentioned)),
  )
  const largest = stories
    .filter((story) => story.members.length > 1)
    .sort((a, b) => b.members.length - a.members.length)
    .slice(0, storyLimit)
  const bar = (value: number, className: string) =>
    html`<span class="bar ${className}" style="width:${Math.round((value / peak) * 100)}%"></span>`
  return html`<section id="corpus">
<h2>The corpus</h2>
<p class="intro">All ${plural(overview.documents, 'article')}${overview.undated > 0 ? html` (${overview.undated.toLocaleString('en-US')} without a publication date)` : ''}: when they were published and which days they write about, month by month; the days the most articles are about; the largest stories.</p>
<h3 id="months">Month by month</h3>
${overview.months.length === 0 ? html`<p class="muted">No dates were found.</p>` : ''}
${overview.otherMonths > 0 ? html`<p class="small muted">${plural(overview.otherMonths, 'other month')} with no article published, mentioned by fewer than ${overview.minMentions} articles each, are left out.</p>` : ''}
<table class="months"><thead><tr><th>month</th><th>published</th><th>articles mentioning a day of it</th></tr></thead><tbody>
${overview.months.map(
  (month) =>
    html`<tr><td><code>${month.month}</code></td><td>${month.published.toLocaleString('en-US')} ${bar(month.published, 'published')}</td><td>${month.mentioned.toLocaleString('en-US')} ${bar(month.mentioned, 'mentioned')}</td></tr>`,
)}
</tbody></table>
<h3 id="densest">The densest days</h3>
<ol class="densest">
${overview.days.map(
  (day) =>
    html`<li><b><code>${day.day}</code></b> <span class="muted small">${plural(day.documents, 'article')}</span>${day.example ? html`<div class="event">${day.example.text} <span class="docs">${documentChip(day.example.document, anchors)}</span></div>` : ''}</li>`,
)}
</ol>
<h3 id="largest">The largest stories</h3>
${largest.length === 0 ? html`<p class="muted">No two articles tell the same story.</p>` : ''}
<ol class="largest">
${largest.map(
  (story) =>
    html`<li><a href="#${story.id}">${story.title ?? story.representative}</a> <span class="muted small">${plural(story.members.length, 'article')}${story.first ? html` · ${story.first.slice(0, 10)}${story.last && story.last.slice(0, 10) !== story.first.slice(0, 10) ? html` to ${story.last.slice(0, 10)}` : ''}` : ''}</span></li>`,
)}
</ol>
</section>`
}
