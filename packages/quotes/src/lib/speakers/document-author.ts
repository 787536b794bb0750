import { authorPrepositions, authorVerbs, sites } from '../lexicon/author-words.js'
import { nonNameWords } from '../lexicon/name-words.js'
import { documentNouns, organisationNouns, personNouns } from '../lexicon/nouns.js'
import { type Token, tokenizeNames } from './name-tokens.js'
import { singularOf } from './singular-of.js'

/** Offsets of the phrase that names a document's author. */
export interface AuthorSpan {
  start: number
  end: number
}

/** How many words an author phrase may have ("the Prime Minister's Office"). */
const maxAuthorWords = 8

/** How far back the document's first mention is looked for, in characters. */
const introductionWindow = 4000

/** How many earlier mentions of the document noun are looked at. */
const maxIntroductions = 4

/**
 * The author a document description points to, found in the description itself or where the
 * text introduced the document: "the union's Friday release" → "the union", "a statement released
 * by the Prime Minister's Office" → "the Prime Minister's Office", and "the report" after "A
 * report by the railway company details …" → "the railway company". `head` is the document noun
 * ("release", "report"); `start`–`end` is the description.
 */
export function documentAuthor(
  text: string,
  start: number,
  end: number,
  head: string,
): AuthorSpan | undefined {
  const tokens = tokenizeNames(text, start, end)
  const headIndex = tokens.findIndex((token) => token.lower === head)
  if (headIndex < 0) return undefined
  // The author may follow the mention: "a report [on the railway company's website]".
  const after = (tokens[headIndex] as Token).end
  return (
    ownerBefore(tokens, headIndex) ??
    authorAfter(text, after, Math.max(end, after + 240)) ??
    introducedAuthor(text, start, head)
  )
}

// "the union's Friday release", "Canadian Pacific's white paper": the possessive owner.
function ownerBefore(tokens: Token[], headIndex: number): AuthorSpan | undefined {
  for (let index = headIndex - 1; index >= 0; index--) {
    const token = tokens[index] as Token
    if (!token.possessive) continue
    const first = tokens[0] as Token
    const owner = tokens.slice(0, index + 1)
    const named = owner.some((word) => naming(word))
    return named ? { start: first.start, end: token.end } : undefined
  }
  return undefined
}

// A word that can name an author: a capitalised word that is no day, month or function word
// ("a report from Monday" names no one), or a noun for a body or a person.
function naming(token: Token): boolean {
  if (token.capitalised) return !nonNameWords.has(token.lower)
  return namesSomeone(token.lower)
}

// "company", "spokesman", "players": a noun that can name an author.
function namesSomeone(lower: string): boolean {
  const singular = singularOf(lower)
  return (
    organisationNouns.has(lower) ||
    personNouns.has(lower) ||
    organisationNouns.has(singular) ||
    personNouns.has(singular)
  )
}

/**
 * "… released by the Prime Minister's Office", "… from the railway company": the author after the
 * document noun that ends at `from`, read up to `limit`.
 */
function authorAfter(text: string, from: number, limit: number): AuthorSpan | undefined {
  const tokens = tokenizeNames(text, from, Math.min(limit, from + 240))
  let index = 0
  let gapStart = from
  for (; index < tokens.length && index <= 3; index++) {
    const token = tokens[index] as Token
    if (!onlySpacesAndWords(text, gapStart, token.start)) return undefined
    if (!authorVerbs.has(token.lower)) break
    gapStart = token.end
  }
  const preposition = tokens[index]
  if (preposition?.lower === 'on') return siteOwner(text, tokens, index + 1)
  if (!preposition || !authorPrepositions.has(preposition.lower)) return undefined
  return authorPhrase(text, tokens, index + 1)
}

// "on the railway company's website", "on Harbour Transit's blog": the site's owner.
function siteOwner(text: string, tokens: Token[], first: number): AuthorSpan | undefined {
  for (let index = first; index < tokens.length && index - first < maxAuthorWords; index++) {
    const token = tokens[index] as Token
    if (index > first && !onlySpacesAndWords(text, (tokens[index - 1] as Token).end, token.start))
      return undefined
    if (!token.possessive) continue
    const site = tokens[index + 1]
    if (!site || !sites.has(site.lower)) return undefined
    const owner = tokens.slice(first, index + 1)
    const named = owner.some((word) => naming(word))
    return named ? { start: (tokens[first] as Token).start, end: token.end } : undefined
  }
  return undefined
}

// The words after "by": up to the first punctuation mark, cut after the last word that can name
// someone (a capitalised word, an organisation or person noun).
function authorPhrase(text: string, tokens: Token[], first: number): AuthorSpan | undefined {
  let last = -1
  for (let index = first; index < tokens.length && index - first < maxAuthorWords; index++) {
    const token = tokens[index] as Token
    const previous = tokens[index - 1] as Token
    if (index > first && !onlySpacesAndWords(text, previous.end, token.start)) break
    if (naming(token) || documentNouns.has(token.lower)) last = index
    if (token.possessive && last !== index) break
  }
  if (last < 0) return undefined
  const head = tokens[last] as Token
  // "a report by the study" names no author.
  if (!head.capitalised && documentNouns.has(head.lower)) return undefined
  return { start: (tokens[first] as Token).start, end: head.end }
}

// Spaces between two words, after the "'s" a possessive token leaves out.
const wordGap = /^(?:['’]s)?[ \u00a0]+$/

function onlySpacesAndWords(text: string, from: number, to: number): boolean {
  return to - from <= 8 && wordGap.test(text.slice(from, to))
}

// "A report by the railway company details …" earlier in the text: the author given where the
// document was introduced.
function introducedAuthor(text: string, before: number, head: string): AuthorSpan | undefined {
  const floor = Math.max(0, before - introductionWindow)
  let at = before
  for (let seen = 0; seen < maxIntroductions; seen++) {
    at = lastWordIndex(text, head, floor, at)
    if (at < 0) return undefined
    const author = authorAfter(text, at + head.length, at + head.length + 240)
    if (author) return author
  }
  return undefined
}

// The last whole-word, case-insensitive occurrence of `word` in `text[floor, before)`.
function lastWordIndex(text: string, word: string, floor: number, before: number): number {
  const lower = text.slice(floor, before).toLowerCase()
  let at = lower.lastIndexOf(word)
  while (at >= 0) {
    const start = floor + at
    const end = start + word.length
    if (!isWordChar(text, start - 1) && !isWordChar(text, end)) return start
    at = at === 0 ? -1 : lower.lastIndexOf(word, at - 1)
  }
  return -1
}

const wordChar = /[\p{L}\p{N}]/u

function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && wordChar.test(text.charAt(index))
}
