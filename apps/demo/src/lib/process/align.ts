import { sharedPassages } from '@copydesk/dedupe'
import type { ReportPassage } from '../report/types.js'
import { type AlignInput, articleOf } from './document.js'

/**
 * The passages two documents share, by `@copydesk/dedupe`'s `sharedPassages` (passim-style: word
 * 5-gram anchors extended to exact runs, chained across small gaps), on the original texts so the
 * offsets index each document as the report does.
 *
 * @example
 *   alignDocuments({a: {id: '000', text: a}, b: {id: '002', text: b}})
 *   // [{a: {start, end, text}, b: {start, end, text}, similarity: 0.9, level: 'paragraph', words: 41}, …]
 */
export function alignDocuments(input: AlignInput): ReportPassage[] {
  const textOf = (document: AlignInput['a']) =>
    document.format === 'html' ? articleOf(document).article.text : document.text
  return sharedPassages(textOf(input.a), textOf(input.b)).map((passage) => ({
    a: { start: passage.a.start, end: passage.a.end, text: passage.a.text },
    b: { start: passage.b.start, end: passage.b.end, text: passage.b.text },
    similarity: Math.round(passage.similarity * 1000) / 1000,
    level: passage.level,
    words: passage.words,
  }))
}
