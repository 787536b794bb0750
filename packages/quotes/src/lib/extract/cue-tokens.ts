import type { QuotedRegion } from './quote-marks.js'

/** A word or a punctuation mark of a paragraph, with the quote it sits in. */
export interface Token {
  start: number
  end: number
  text: string
  lower: string
  word: boolean
  capitalised: boolean
  /** Index of the quoted region holding the token, or -1 outside quotes. */
  region: number
}

// Words keep inner apostrophes, dots, hyphens and ampersands (don't, U.S, al-Bab, AT&T);
// anything else that is not white space or an invisible format character (a zero-width space)
// is a token of its own.
const tokenPattern = /[\p{L}\p{N}]+(?:[’'.&\u2010\u2011-][\p{L}\p{N}]+)*|[^\s\p{Cf}]/gu
const wordStart = /^[\p{L}\p{N}]/u
const upperStart = /^\p{Lu}/u

/**
 * The tokenizer of quote extraction: tokenise `text[start, end)` into words and punctuation (the
 * cues, quote marks and commas that frames read), marking each token with the quoted region around it.
 * `regions` must be sorted by offset; `firstRegion` is where the search for this range starts.
 */
export function tokenizeCues(
  text: string,
  start: number,
  end: number,
  regions: readonly QuotedRegion[],
  firstRegion: number,
): Token[] {
  const tokens: Token[] = []
  const slice = text.slice(start, end)
  let regionIndex = firstRegion
  tokenPattern.lastIndex = 0
  for (let match = tokenPattern.exec(slice); match; match = tokenPattern.exec(slice)) {
    const tokenStart = start + match.index
    const value = match[0]
    while (
      regionIndex < regions.length &&
      (regions[regionIndex] as QuotedRegion).end <= tokenStart
    ) {
      regionIndex++
    }
    const region = regions[regionIndex]
    const inside = region !== undefined && region.start <= tokenStart && tokenStart < region.end
    const word = wordStart.test(value)
    tokens.push({
      start: tokenStart,
      end: tokenStart + value.length,
      text: value,
      lower: value.toLowerCase(),
      word,
      capitalised: word && upperStart.test(value),
      region: inside ? regionIndex : -1,
    })
  }
  return tokens
}
