import type { Token } from './cue-tokens.js'
import type { ParagraphRange } from './paragraph-range.js'
import type { QuotedRegion } from './quote-marks.js'
import type { QuoteReader } from './quote-reader.js'

const sentenceEnd = /[.?!…:;,\-—–]/
const closingMarks = /["'”’»)\]\s]/

/** A paragraph with no closing punctuation, not even inside a final quote: a heading. */
export function isHeading(
  text: string,
  paragraph: ParagraphRange,
  tokens: readonly Token[],
  regions: readonly QuotedRegion[],
): boolean {
  let index = paragraph.end - 1
  while (index > paragraph.start && closingMarks.test(text[index] as string)) index--
  if (sentenceEnd.test(text[index] as string) || tokens.length > 40) return false
  // `"We will be back." ― Maria Ortiz` is a quote signed with a dash, not a heading.
  for (const token of tokens) {
    if (token.region < 0) continue
    const region = regions[token.region] as QuotedRegion
    if (region.end === token.end && token.start > region.start) {
      let inner = token.start - 1
      while (inner > region.start && /[\s"'”’]/.test(text[inner] as string)) inner--
      if (/[.?!…,]/.test(text[inner] as string)) return false
    }
  }
  return true
}

/**
 * A headline, subheading or "READ MORE:" line: no one is quoted in it. Names and scare quotes
 * inside are still classified; a heading that is one quote (a pull quote) is left alone.
 */
export function readHeading(reader: QuoteReader, tokens: readonly Token[]) {
  if (tokens.length === 0) return
  const sentence = { from: 0, to: tokens.length }
  const first = tokens[0] as Token
  const last = tokens[tokens.length - 1] as Token
  for (const index of new Set(tokens.map((token) => token.region))) {
    if (index < 0) continue
    const region = reader.regions[index] as QuotedRegion
    if (region.start === first.start && region.end === last.end) continue
    reader.nonQuote(index, tokens, sentence)
  }
}
