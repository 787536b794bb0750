import { clauseOpeners } from '../lexicon/clause-words.js'
import { nonNameWords } from '../lexicon/name-words.js'
import { groupQuantifiers, personNouns, roleModifiers } from '../lexicon/nouns.js'
import { type Token, tokenizeNames } from './name-tokens.js'

/**
 * The plural group a "they" refers back to: a plural person noun phrase that opens a clause in the
 * pronoun's sentence or the one before ("Republican senators are eager …, and they say …",
 * "Several auto-industry executives have warned … They say …"), named after `from` (the end of the
 * previous quote). Returns the phrase with a lower-case article ("the Conservatives"), or
 * `undefined` when no such group is there.
 *
 * @example
 *   pluralGroupBefore('Republican senators are wary. They say talks failed.', 0, 29)
 *   // → 'Republican senators'
 */
export function pluralGroupBefore(
  text: string,
  from: number,
  position: number,
): string | undefined {
  const windowStart = Math.max(from, previousSentenceStart(text, position))
  const tokens = tokenizeNames(text, windowStart, position)
  for (let index = tokens.length - 1; index >= 0; index--) {
    const head = tokens[index] as Token
    if (!isPluralPersonNoun(head) || head.possessive) continue
    let first = index
    while (first > 0 && index - first < 4 && joinsModifier(text, tokens, first - 1)) first--
    // "Several shop owners": a noun modifier or two after a quantifier.
    if (!opensClause(text, tokens, first, windowStart)) first = afterQuantifier(text, tokens, first)
    if (first < 0 || !opensClause(text, tokens, first, windowStart)) continue
    const start = (tokens[first] as Token).start
    const phrase = text.slice(start, head.end)
    return (tokens[first] as Token).lower === 'the' ? `the${phrase.slice(3)}` : phrase
  }
  return undefined
}

function isPluralPersonNoun(token: Token): boolean {
  const lower = token.lower
  // "fishermen", "businesswomen", "firemen"
  if (lower.length > 4 && lower.endsWith('men')) return true
  if (!lower.endsWith('s') || lower.endsWith('ss')) return false
  return personNouns.has(lower) || personNouns.has(lower.slice(0, -1))
}

// "several", "the", "Republican", "auto-industry", "senior": words that may stand before the head.
function joinsModifier(text: string, tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  const next = tokens[index + 1] as Token
  if (text.slice(token.end, next.start).trim() !== '') return false
  if (token.possessive) return false
  if (groupQuantifiers.has(token.lower) || roleModifiers.has(token.lower)) return true
  // "Republican", "auto-industry" — not "Though" or "When".
  return (token.capitalised || token.text.includes('-')) && !nonNameWords.has(token.lower)
}

// The quantifier one or two plain words before `first` ("several shop owners"), or -1.
function afterQuantifier(text: string, tokens: Token[], first: number): number {
  for (let candidate = first - 1; candidate >= 0 && first - candidate <= 3; candidate--) {
    const token = tokens[candidate] as Token
    const next = tokens[candidate + 1] as Token
    if (text.slice(token.end, next.start).trim() !== '' || token.possessive) return -1
    if (groupQuantifiers.has(token.lower)) return candidate
  }
  return -1
}

// The phrase is a subject: it opens its sentence, or a clause after a semicolon, "and", "but",
// "though" ….
function opensClause(text: string, tokens: Token[], first: number, windowStart: number): boolean {
  const token = tokens[first] as Token
  const before = tokens[first - 1]
  const gap = text.slice(before ? before.end : windowStart, token.start)
  if (/[.!?;:\n]/.test(gap) || (!before && gap.trim() === '')) return true
  return before !== undefined && clauseOpeners.has(before.lower)
}

function previousSentenceStart(text: string, position: number): number {
  let boundaries = 0
  for (let index = position - 1; index >= 0 && position - index < 600; index--) {
    const code = text.charCodeAt(index)
    // A full stop, "!", "?" or a line break ends a sentence; the second one back starts the window.
    if (code === 10 || code === 46 || code === 33 || code === 63) {
      boundaries++
      if (boundaries === 2) return index + 1
    }
  }
  return Math.max(0, position - 600)
}
