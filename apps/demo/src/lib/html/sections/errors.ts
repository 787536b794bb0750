import type { ReportError } from '../../report/types.js'
import { html, type SafeHtml } from '../escape.js'
import { plural } from './chips.js'

/** The inputs that could not be processed, with what was wrong. */
export function errorsSection(errors: ReportError[], limit: number): SafeHtml {
  const shown = errors.slice(0, limit)
  return html`<section id="errors">
<h2>Problems</h2>
${errors.length === 0 ? html`<p class="intro">Every input was read and processed.</p>` : html`<p class="intro">${plural(errors.length, 'input')} could not be processed; the run went on without them.</p>`}
${errors.length > shown.length ? html`<p class="notice">Showing ${shown.length} of ${plural(errors.length, 'problem')}.</p>` : ''}
${shown.length > 0 ? html`<table class="errors"><thead><tr><th>Input</th><th>Problem</th><th>Reason</th></tr></thead><tbody>${shown.map((error) => html`<tr><td><code>${error.id}</code></td><td>${error.code}</td><td>${error.reason}</td></tr>`)}</tbody></table>` : ''}
</section>`
}
