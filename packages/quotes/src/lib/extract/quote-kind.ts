import type { Quote, QuoteKind, Span } from '../types.js'
import { classifyQuoted } from './classify.js'
import type { Token } from './cue-tokens.js'
import type { TokenRange } from './noun-phrase.js'
import type { Attribution, QuoteReader } from './quote-reader.js'
import type { SentenceRange } from './sentences.js'

/**
 * Decide what kind of quote the content `ranges` of an attribution make, and record it:
 * `direct` when they hold only quoted regions, `partial` when every quoted stretch inside reported
 * speech starts in lower case, `mixed` when quoted and unquoted material share one statement, and
 * `indirect` when nothing quoted in them is speech. Quoted stretches that are not speech become
 * non-quotes. `leadInAllowed`: the content stands before the cue, so a lead-in before a closing
 * full quote ("Asked about the plan, "We will see," he said.") can be dropped.
 */
export function emitQuote(
  reader: QuoteReader,
  tokens: readonly Token[],
  ranges: TokenRange[],
  attribution: Attribution,
  sentence: SentenceRange,
  leadInAllowed: boolean,
): Quote | undefined {
  const measured = ranges.map((range) => reader.measure(range))
  const regionIndexes = measured.flatMap((entry) => entry.regionIndexes)
  const words = measured.reduce((sum, entry) => sum + entry.words - entry.joiners, 0)
  let kind: QuoteKind
  let content: Span[]
  if (regionIndexes.length > 0 && words === 0) {
    kind = 'direct'
    content = regionIndexes.map((index) => reader.regionSpan(index))
  } else if (regionIndexes.length > 0) {
    const speech = regionIndexes.filter((index) => {
      const { token: previous, index: previousIndex } = reader.tokenBefore(tokens, index, sentence)
      return (
        classifyQuoted(reader.regionText(index), {
          attributed: true,
          previousWord: previous?.lower,
          previousCapitalised: previous?.capitalised === true && previousIndex > sentence.from,
        }) === 'speech'
      )
    })
    const last = ranges.at(-1) as TokenRange
    const lastRegion = (tokens[last.to - 1] as Token).region
    const leadIn =
      lastRegion >= 0 ? reader.tokenBefore(tokens, lastRegion, sentence).token : undefined
    if (speech.length === 0) {
      kind = 'indirect'
    } else if (
      leadInAllowed &&
      ranges.length === 1 &&
      lastRegion >= 0 &&
      !startsLower(reader, lastRegion) &&
      regionIndexes.length === 1 &&
      speech.includes(lastRegion) &&
      (leadIn?.text === ',' || leadIn?.text === ':') &&
      regionWords(reader, lastRegion) >= 3
    ) {
      // "Asked about the plan, "We will see," he said.": the lead-in is not the quote.
      for (const index of regionIndexes)
        if (index !== lastRegion) reader.nonQuote(index, tokens, sentence)
      reader.consumed.add(lastRegion)
      return reader.push(
        { kind: 'direct', content: [reader.regionSpan(lastRegion)], ...attribution },
        [lastRegion],
      )
    } else {
      kind = speech.every((index) => startsLower(reader, index)) ? 'partial' : 'mixed'
    }
    content = ranges.map((range) => reader.rangeSpan(tokens, range))
    for (const index of regionIndexes)
      if (!speech.includes(index)) reader.nonQuote(index, tokens, sentence)
  } else {
    if (words < 3) return undefined
    kind = 'indirect'
    content = ranges.map((range) => reader.rangeSpan(tokens, range))
  }
  for (const index of regionIndexes) reader.consumed.add(index)
  return reader.push({ kind, content, ...attribution }, kind === 'direct' ? regionIndexes : [])
}

function regionWords(reader: QuoteReader, index: number): number {
  return (reader.regionText(index).match(/[\p{L}\p{N}]+/gu) ?? []).length
}

/** The quoted words start in lower case: a fragment ('a "very serious" threat'). */
function startsLower(reader: QuoteReader, index: number): boolean {
  const inner = reader.regionText(index).replace(/^[\s"'“”‘’„«»[]+/u, '')
  return /^\p{Ll}/u.test(inner)
}
