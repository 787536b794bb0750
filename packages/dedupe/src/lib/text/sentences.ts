import { nonTerminalAbbreviations } from '@copydesk/lexicon'
import type { Span } from '@copydesk/parse'

const closingPunctuation = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '\u00BB'])
const openingPunctuation = new Set(['"', "'", '\u201C', '\u2018', '(', '[', '\u00AB'])

/**
 * The sentences of a text (or of the part `[from, to)`), trimmed, with offsets into `text`. A
 * sentence ends at `.`, `!`, `?` or `…` (and any closing quotes or brackets) followed by space
 * and a capital, digit or opening quote — unless the word before the stop is a known
 * abbreviation (`Gen.`, `Nov.`) or a single letter (`U.S.`, `J.`).
 *
 * @example
 *   sentences('Gen. Dunford spoke. He left.').map((s) => s.text) // => ['Gen. Dunford spoke.', 'He left.']
 */
export function sentences(text: string, from = 0, to = text.length): Span[] {
  const found: Span[] = []
  let start = from
  for (let index = from; index < to; index++) {
    const char = text[index]!
    if (char !== '.' && char !== '!' && char !== '?' && char !== '\u2026') continue
    let end = index + 1
    while (end < to && (text[end] === '.' || closingPunctuation.has(text[end]!))) end++
    let next = end
    while (next < to && /\s/.test(text[next]!)) next++
    if (next === end || next >= to) continue
    const following = text[next]!
    if (!(/[\p{Lu}\p{N}]/u.test(following) || openingPunctuation.has(following))) continue
    if (char === '.' && isAbbreviation(text, start, index)) continue
    found.push(trimmed(text, start, end))
    start = next
    index = next - 1
  }
  if (text.slice(start, to).trim().length > 0) found.push(trimmed(text, start, to))
  return found
}

function isAbbreviation(text: string, sentenceStart: number, stop: number): boolean {
  let wordStart = stop
  while (wordStart > sentenceStart && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--
  const word = text.slice(wordStart, stop).toLowerCase()
  if (word.length === 0) return false
  const letters = word.replaceAll('.', '')
  // Single letters and dotted initialisms: `J.`, `U.S.`, `a.m.`
  if (letters.length === 1 || (word.includes('.') && letters.length <= 4)) return true
  return nonTerminalAbbreviations.has(word)
}

function trimmed(text: string, start: number, end: number): Span {
  let from = start
  let to = end
  while (from < to && /\s/.test(text[from]!)) from++
  while (to > from && /\s/.test(text[to - 1]!)) to--
  return { start: from, end: to, text: text.slice(from, to) }
}
