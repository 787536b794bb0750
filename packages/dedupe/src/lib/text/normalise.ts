import { dashes, quoteMarks } from '../lexicon/punctuation.js'
import { foldCase } from './fold-case.js'

const typographic = new RegExp(`[${Object.keys({ ...quoteMarks, ...dashes }).join('')}]`, 'g')
const whitespaceRun = /\s+/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is the ASCII test itself
const nonAscii = /[^\u0000-\u007f]/

/**
 * Normalise news text for comparison: Unicode NFKC, case folding ({@link foldCase}), typographic quotes and dashes
 * to ASCII, whitespace runs to one space, trimmed. Two scrapes of one article that differ only in
 * typography normalise to the same string.
 *
 * @example
 *   normaliseText('“Seizing,  holding” – and\u00a0GOVERNING')
 *   // => '"seizing, holding" - and governing'
 */
export function normaliseText(text: string): string {
  let normal = foldCase(text)
  if (nonAscii.test(normal)) {
    normal = normal.replace(typographic, (mark) => quoteMarks[mark] ?? dashes[mark] ?? mark)
  }
  return normal.replace(whitespaceRun, ' ').trim()
}

/**
 * @deprecated Renamed {@link normaliseText} (one spelling across copydesk); this alias goes in
 * the next minor release.
 */
export const normalizeText: (text: string) => string = normaliseText
