import { relatedLinkPrefixes, teaserOpeners } from '../data/residue-cues.js'
import { unfinishedWords } from '../data/unfinished-words.js'
import { finalMark, fits, isOpening, normaliseSpaces } from '../text/characters.js'
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
  if (!fits(paragraph, 100)) return false
  const mark = finalMark(paragraph)
  if (mark !== '' && mark !== '?') return false
  const value = normaliseSpaces(paragraph)
  const words = lineWords(paragraph)
  if (words.length === 0 || words.length > 14) return false
  // A heading does not end on `the`, `as`, `of`: such a line is a broken-off piece of prose.
  if (unfinishedWords.has(words[words.length - 1]?.lower ?? '')) return false
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

/** How a heading-shaped line inside the body reads. */
export type HeadingKind = 'labelled-teaser' | 'colon-headline' | 'question' | 'plain'

/**
 * Classify a heading-shaped line inside the body by its form:
 * - `labelled-teaser`: `Read more: …`, `Related: …`, `Opinion: …`;
 * - `colon-headline`: `Topic: claim`, a short topic (at most five words, not a
 *   number) before the colon and a capitalised claim of three words or more
 *   after it (`US general: Fight for Mosul will get tougher`) — unlike a fact
 *   line such as `Age: 18` or `Previous ranking: No. 93`;
 * - `question`: ends with `?` or opens with a wh-word (`What to know about…`,
 *   `How the… complicates…`);
 * - `plain`: noun phrases and statements (`Questions over makeup of forces`).
 *
 * @example
 *   headingKind('US general: Fight for Mosul will get tougher') // => 'colon-headline'
 *   headingKind('Age: 18') // => 'plain'
 */
export function headingKind(paragraph: string): HeadingKind {
  const value = normaliseSpaces(paragraph)
  const lower = value.toLowerCase()
  if (relatedLinkPrefixes.some((prefix) => lower.startsWith(prefix))) return 'labelled-teaser'
  const colon = value.indexOf(': ')
  if (colon > 0) {
    const topic = lineWords(value.slice(0, colon))
    const claim = lineWords(value.slice(colon + 2))
    const topicIsNumber = topic.length === 1 && /^\d/.test(topic[0]?.value ?? '')
    if (
      topic.length <= 5 &&
      !topicIsNumber &&
      claim.length >= 3 &&
      isCapitalised(claim[0]?.value ?? '')
    ) {
      return 'colon-headline'
    }
  }
  if (finalMark(value) === '?') return 'question'
  const words = lineWords(paragraph)
  if (words.length > 2 && teaserOpeners.has(words[0]?.lower ?? '')) return 'question'
  return 'plain'
}

/**
 * Whether a following paragraph takes up a heading's content words (a word of
 * five letters or more, compared on its first five letters): a subheading
 * introduces what follows, a teaser for another story does not.
 *
 * @example
 *   takesUpHeading('What is short sleep?', 'Short sleep is a habit of…') // => true
 */
export function takesUpHeading(heading: string, following: string): boolean {
  const stems = new Set<string>()
  for (const word of lineWords(heading)) {
    if (word.lower.length >= 5 && !unfinishedWords.has(word.lower))
      stems.add(word.lower.slice(0, 5))
  }
  if (stems.size === 0) return false
  for (const word of lineWords(following.slice(0, 400))) {
    if (word.lower.length >= 5 && stems.has(word.lower.slice(0, 5))) return true
  }
  return false
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
  if (!fits(paragraph, 200)) return false
  const value = normaliseSpaces(paragraph)
  const mark = finalMark(value)
  if (mark !== '' && mark !== '?' && mark !== '!') return false
  const words = lineWords(paragraph)
  if (words.length === 0 || words.length > 30) return false
  // `iPhone 15 Pro Max review…`: a brand name may open a headline in lower case.
  const first = words[0]?.value ?? ''
  return isCapitalised(value) || isOpening(value.charCodeAt(0)) || /^\p{Ll}+\p{Lu}/u.test(first)
}
