import path from 'node:path'
import { html, SafeHtml } from './escape.js'
import { documentAnchors, type HtmlModel } from './model.js'
import { articlesSection } from './sections/articles.js'
import { plural } from './sections/chips.js'
import { corpusSection } from './sections/corpus.js'
import { errorsSection } from './sections/errors.js'
import { namedSpeakers, quotesSection } from './sections/quotes.js'
import { relationsSection } from './sections/relations.js'
import { timelineSection } from './sections/timeline.js'
import { stylesheet } from './style.js'

// The stylesheet is our own constant; a <style> element's content is raw text, so it must not be
// entity-escaped (quotes in font names would break).
const trustedStylesheet = new SafeHtml(stylesheet)

/**
 * Renders the report as one self-contained HTML page: inline CSS, no script, no network. Every
 * piece of text goes through the escaping `html` template, so article text is never markup.
 *
 * @example
 *   const page = renderReportHtml({report, documents, totalDocuments: documents.length, limits})
 */
export function renderReportHtml(model: HtmlModel): string {
  const { report, documents } = model
  const anchors = documentAnchors(documents)
  const byId = new Map(documents.map((document) => [document.id, document]))
  // The page is named after the corpus, not after one of its articles.
  const title = `${plural(model.totalDocuments, 'article')} from ${path.basename(report.input.path)}`
  const stats: [number, string][] = [
    [model.totalDocuments, 'articles'],
    [report.stories.filter((story) => story.members.length > 1).length, 'stories'],
    [report.duplicates.pairs.length, 'duplicate pairs'],
    [report.reuse.length, 'reuse pairs'],
    [report.quotes.length, 'quotes'],
    [namedSpeakers(report.quotes), 'speakers'],
    [report.errors.length, 'problems'],
  ]
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>copydesk report — ${title}</title>
<style>${trustedStylesheet}</style>
</head>
<body>
<header class="masthead"><div class="wrap">
<p class="kicker">copydesk report · ${plural(model.totalDocuments, 'article')}</p>
<h1>${title}</h1>
<p class="lede">What the articles say and when, who is quoted, which articles are copies or rewrites of each other — read from ${report.input.kind === 'folder' ? 'the folder' : 'the file'} <code>${report.input.path}</code>.</p>
</div></header>
<nav class="toc"><div class="wrap">${model.overview ? html`<a href="#corpus">The corpus</a>` : ''}<a href="#timeline">Timeline</a><a href="#quotes">Who said what</a><a href="#relations">Stories &amp; reuse</a><a href="#articles">Articles</a><a href="#errors">Problems${report.errors.length > 0 ? ` (${report.errors.length})` : ''}</a></div></nav>
<main class="wrap">
<div class="stats">${stats.map(([value, label]) => html`<div class="stat"><b>${value.toLocaleString('en-US')}</b><span>${label}</span></div>`)}</div>
${model.overview ? corpusSection(model.overview, report.stories, anchors) : ''}
${timelineSection(documents, anchors, model.limits.timelineEvents, model.totalDocuments)}
${quotesSection(report.quotes, anchors, model.limits.speakers)}
${relationsSection(report.stories, report.duplicates, report.reuse, byId, anchors, model.limits.pairs)}
${articlesSection(documents, anchors, model.totalDocuments)}
${errorsSection(report.errors, model.limits.pairs)}
</main>
<footer><div class="wrap">Generated ${report.generated} by the copydesk demo · schema <code>${report.schema}</code> · ${plural(report.stats.workers, 'worker')} · ${(report.stats.elapsedMs / 1000).toFixed(1)} s. The full data is in report.json.</div></footer>
</body>
</html>
`
  return page.value
}
