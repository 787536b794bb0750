import type { Token } from './cue-tokens.js'
import type { TokenRange } from './noun-phrase.js'

const edgePunctuation = new Set([',', ':', ';', '\u2014', '\u2013', '-', '.', '(', ')'])
const quoteMarkText = /^["'“”‘’„«»]+$/

/** Trim edge punctuation (outside quotes) and a leading "that" from a token range. */
export function trimRange(tokens: readonly Token[], range: TokenRange): TokenRange | undefined {
  let { from, to } = range
  for (;;) {
    const first = tokens[from]
    if (
      from < to &&
      first &&
      first.region < 0 &&
      (edgePunctuation.has(first.text) || first.lower === 'that')
    )
      from++
    else break
  }
  for (;;) {
    const last = tokens[to - 1]
    if (
      to > from &&
      last &&
      last.region < 0 &&
      (edgePunctuation.has(last.text) || quoteMarkText.test(last.text))
    )
      to--
    else break
  }
  return to > from ? { from, to } : undefined
}

/** What a token range holds: its quoted regions in order, and its words outside quotes. */
export interface RangeSize {
  regionIndexes: number[]
  words: number
  /** "and" / "or" between two quotes: `shouted "Stop!" and "Go home!"`. */
  joiners: number
}

/** Count the quoted regions and the unquoted words of a token range. */
export function measureRange(tokens: readonly Token[], range: TokenRange | undefined): RangeSize {
  const regionIndexes: number[] = []
  let words = 0
  let joiners = 0
  if (range) {
    for (let index = range.from; index < range.to; index++) {
      const token = tokens[index] as Token
      if (token.region >= 0) {
        if (regionIndexes.at(-1) !== token.region) regionIndexes.push(token.region)
      } else if (token.word) {
        words++
        const before = tokens[index - 1]
        const after = tokens[index + 1]
        if (
          (token.lower === 'and' || token.lower === 'or') &&
          before !== undefined &&
          before.region >= 0 &&
          after !== undefined &&
          after.region >= 0
        ) {
          joiners++
        }
      }
    }
  }
  return { regionIndexes, words, joiners }
}
