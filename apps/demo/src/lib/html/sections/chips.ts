import { html, type SafeHtml } from '../escape.js'

/** A link to a document's article card (plain text when it is not rendered). */
export function documentChip(id: string, anchors: Map<string, string>, note?: string): SafeHtml {
  const anchor = anchors.get(id)
  const label = note ? html`${id} <span class="muted">${note}</span>` : html`${id}`
  return anchor
    ? html`<a class="chip" href="#${anchor}">${label}</a>`
    : html`<span class="chip">${label}</span>`
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}

export function meter(value: number): SafeHtml {
  return html`<span class="meter" title="${percent(value)}"><i style="width:${Math.round(Math.max(0, Math.min(1, value)) * 100)}%"></i></span>`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`
}
