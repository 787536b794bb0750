import { abbreviations } from '@copydesk/lexicon'
import { speechVerbs } from '../lexicon/cue-verbs.js'
import type { Token } from './cue-tokens.js'
import type { QuotedRegion } from './quote-marks.js'

/** A sentence as a token range `[from, to)` of its paragraph. */
export interface SentenceRange {
  from: number
  to: number
}

const terminal = new Set(['.', '?', '!', '\u2026'])
const closers = new Set([')', ']', '\u2019', "'", '\u201d', '"'])

function startsSentence(token: Token | undefined, regions: readonly QuotedRegion[]): boolean {
  if (!token) return false
  if (token.region >= 0) return (regions[token.region] as QuotedRegion).start === token.start
  return token.capitalised || /^\p{N}/u.test(token.text) || token.text === '('
}

function isAbbreviation(token: Token | undefined, next: Token | undefined): boolean {
  if (!token?.word) return false
  if (abbreviations.has(token.lower)) return !(next?.word && next.lower === 'the')
  // Initials: "J. Smith", "U.S."
  return token.text.length === 1 && token.capitalised
}

/** Whether the words after a closed quote read as its attribution ("Smith said."). */
function attributionFollows(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < tokens.length && index < from + 10; index++) {
    const token = tokens[index] as Token
    if (token.region >= 0 || token.lower === 'that') return false
    if (token.word && speechVerbs.has(token.lower)) return frameEndsSoon(tokens, index + 1)
    if (!token.word && terminal.has(token.text)) return false
  }
  return false
}

/** After the cue of `"We won." Smith said on Sunday.` only a short tail may follow. */
function frameEndsSoon(tokens: readonly Token[], from: number): boolean {
  for (let index = from; index < tokens.length && index < from + 8; index++) {
    const token = tokens[index] as Token
    if (token.region >= 0 || token.lower === 'that') return false
    if (!token.word && terminal.has(token.text)) return true
  }
  return from + 8 > tokens.length
}

/**
 * Split a paragraph's tokens into sentences. Quotes are atomic: a sentence never ends inside a
 * quote, and a quote ending in a full stop ends the sentence only when no attribution follows
 * (`"We won." Smith said.` stays one sentence).
 */
export function splitSentences(
  tokens: readonly Token[],
  regions: readonly QuotedRegion[],
): SentenceRange[] {
  const sentences: SentenceRange[] = []
  let from = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    let boundaryAfter = -1
    if (token.region < 0 && terminal.has(token.text)) {
      if (token.text === '.' && isAbbreviation(tokens[index - 1], tokens[index + 1])) continue
      let last = index
      while (
        last + 1 < tokens.length &&
        (tokens[last + 1] as Token).region < 0 &&
        (terminal.has((tokens[last + 1] as Token).text) ||
          closers.has((tokens[last + 1] as Token).text))
      ) {
        last++
      }
      if (last + 1 >= tokens.length || startsSentence(tokens[last + 1], regions))
        boundaryAfter = last
      index = last
    } else if (token.region >= 0) {
      const region = regions[token.region] as QuotedRegion
      if (region.closed && token.end === region.end && token.start !== region.start) {
        const beforeMark = tokens[index - 1]
        const next = tokens[index + 1]
        if (
          beforeMark &&
          terminal.has(beforeMark.text) &&
          next &&
          startsSentence(next, regions) &&
          !attributionFollows(tokens, index + 1)
        ) {
          boundaryAfter = index
        }
      }
    }
    if (boundaryAfter >= 0) {
      sentences.push({ from, to: boundaryAfter + 1 })
      from = boundaryAfter + 1
    }
  }
  if (from < tokens.length) sentences.push({ from, to: tokens.length })
  return sentences
}
