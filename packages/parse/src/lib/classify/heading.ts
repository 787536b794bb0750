import { functionWords } from '../data/function-words.js'
import { relatedLinkPrefixes, teaserOpeners } from '../data/residue-cues.js'
import { finalMark, isOpening, normaliseSpaces } from '../text/characters.js'
import { isAllCaps, isCapitalised, type LineWord, lineWords } from '../text/words.js'

/**
 * Whether a paragraph is shaped like a heading: short (at most 100 characters
 * and 14 words), starting with a capital, a digit or a quote, and not ending
 * like a sentence, an exclamation or a clause (`.`, `!`, `,`, `;`, `:`), nor
 * on a function word (`the`, `as`). Questions (`?`) are allowed: teaser
 * headlines use them. Rows of figures are tables, not headings.
 *
 * @example
 *   isHeadingLike('Questions over makeup of forces') // => true
 */
export function isHeadingLike(paragraph: string): boolean {
  if (paragraph.length > 100) return false
  const mark = finalMark(paragraph)
  if (mark !== '' && mark !== '?') return false
  const value = normaliseSpaces(paragraph)
  const words = lineWords(paragraph)
  if (words.length === 0 || words.length > 14) return false
  // A heading does not end on `the`, `as`, `of`: such a line is a broken-off piece of prose.
  if (functionWords.has(words[words.length - 1]?.lower ?? '')) return false
  if (words.length === 1 && !isAllCaps(value) && value.length < 4) return false
  if (isTableRow(paragraph, words)) return false
  const first = value.charCodeAt(0)
  if (isOpening(first)) {
    // A quotation that opens and does not close is a fragment of body text.
    return balancedQuotes(value)
  }
  return isCapitalised(value)
}

/**
 * A row of a table or a list of figures (`Net 807,000 vs 2,858,000`,
 * `Duluth    2.65  2.71`): columns aligned with runs of spaces or tabs, or
 * a line where figures make up a quarter of the words. Body content, not a heading.
 */
function isTableRow(paragraph: string, words: LineWord[]): boolean {
  if (/\S(?: {3,}|\t)\S/.test(paragraph)) return true
  let figures = 0
  for (const word of words) if (/\d/.test(word.value)) figures++
  return figures >= 2 && figures * 4 >= words.length
}

function balancedQuotes(value: string): boolean {
  const opening = (value.match(/[“"‘]/g) ?? []).length
  const closing = (value.match(/[”"’]/g) ?? []).length
  return closing >= 1 && opening >= 1
}

/**
 * Whether a heading-shaped line inside the body is a related-link teaser
 * (the headline of another story) rather than a subheading of this one.
 *
 * The rule: teasers are headline-style lines that point elsewhere — labelled
 * (`Read more: …`, `Opinion: …`), built as `Topic: claim` with a colon
 * (`US general: Fight for Mosul will get tougher`), questions (ending in `?`),
 * or opened by a wh-word (`What to know about…`, `How the… complicates…`).
 * Everything else heading-shaped — noun phrases and plain statements such as
 * `Questions over makeup of forces` — is a subheading.
 *
 * @example
 *   isRelatedLink('What to know about the Raqqa offensive') // => true
 *   isRelatedLink('Questions over makeup of forces') // => false
 */
export function isRelatedLink(paragraph: string): boolean {
  const value = normaliseSpaces(paragraph)
  const lower = value.toLowerCase()
  if (relatedLinkPrefixes.some((prefix) => lower.startsWith(prefix))) return true
  if (finalMark(value) === '?') return true
  const colon = value.indexOf(': ')
  if (colon > 0 && colon < value.length - 3) return true
  const words = lineWords(paragraph)
  return words.length > 2 && teaserOpeners.has(words[0]?.lower ?? '')
}

/**
 * Whether the first paragraph of an article is shaped like its headline:
 * at most 200 characters and 30 words, capitalised, not ending with a full
 * stop or a clause mark.
 *
 * @example
 *   isHeadlineLike("Syria: US-backed forces announce bid to seize ISIS 'capital' Raqqa") // => true
 */
export function isHeadlineLike(paragraph: string): boolean {
  if (paragraph.length > 200) return false
  const value = normaliseSpaces(paragraph)
  const mark = finalMark(value)
  if (mark !== '' && mark !== '?' && mark !== '!') return false
  const words = lineWords(paragraph)
  if (words.length === 0 || words.length > 30) return false
  return isCapitalised(value) || isOpening(value.charCodeAt(0))
}
