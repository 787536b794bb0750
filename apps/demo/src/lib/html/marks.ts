import { html, type SafeHtml } from './escape.js'

/** A stretch of a text to mark: a class, an optional tooltip and an optional note after it. */
export interface Mark {
  start: number
  end: number
  className: string
  title?: string
  /** Shown small after the marked stretch (e.g. a date's value, a quote's speaker). */
  note?: string
  /** An anchor id on the first piece. */
  anchor?: string
}

/**
 * Renders `text` (which starts at `offset` in its document) with `marks` (document offsets) as
 * spans. Overlapping marks are handled by cutting the text at every boundary and giving each piece
 * the classes of all marks over it, so the markup always nests.
 *
 * @example
 *   markText('said Sunday', 0, [{start: 5, end: 11, className: 'timex', title: '2016-11-06'}])
 */
export function markText(text: string, offset: number, marks: Mark[]): SafeHtml {
  const end = offset + text.length
  const inside = marks
    .filter((mark) => mark.end > offset && mark.start < end && mark.end > mark.start)
    .map((mark) => ({ ...mark, start: Math.max(mark.start, offset), end: Math.min(mark.end, end) }))
  if (inside.length === 0) return html`${text}`
  const cuts = new Set<number>([offset, end])
  for (const mark of inside) {
    cuts.add(mark.start)
    cuts.add(mark.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: SafeHtml[] = []
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index]!
    const to = points[index + 1]!
    const piece = text.slice(from - offset, to - offset)
    const active = inside.filter((mark) => mark.start <= from && mark.end >= to)
    if (active.length === 0) {
      pieces.push(html`${piece}`)
    } else {
      const classes = [...new Set(active.map((mark) => mark.className))].join(' ')
      const title = active
        .map((mark) => mark.title)
        .filter(Boolean)
        .join(' · ')
      const anchor = active.find((mark) => mark.anchor && mark.start === from)?.anchor
      pieces.push(
        html`<span class="${classes}"${title ? html` title="${title}"` : ''}${anchor ? html` id="${anchor}"` : ''}>${piece}</span>`,
      )
    }
    for (const mark of inside) {
      if (mark.end === to && mark.note)
        pieces.push(html`<sup class="note ${mark.className}-note">${mark.note}</sup>`)
    }
  }
  return html`${pieces}`
}
