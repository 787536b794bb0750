import type { Span } from '../types.js'
import { classifyQuoted } from './classify.js'
import type { Token } from './cue-tokens.js'
import { phraseAfter, sentenceSubject } from './noun-phrase.js'
import type { QuotedRegion } from './quote-marks.js'
import type { Attribution, QuoteReader } from './quote-reader.js'
import { trimRange } from './ranges.js'
import type { SentenceRange } from './sentences.js'

const signatureDashes = new Set(['\u2015', '\u2014', '\u2013', '-'])

/**
 * `"We will be back." ― Maria Ortiz`: a dash right after a closing quote mark, then a name that
 * ends the sentence, signs the quote.
 */
function signatureAt(
  reader: QuoteReader,
  tokens: readonly Token[],
  index: number,
  sentence: SentenceRange,
): Span | undefined {
  const token = tokens[index] as Token
  const before = tokens[index - 1]
  if (!signatureDashes.has(token.text) || before === undefined || before.region < 0)
    return undefined
  const name = phraseAfter(tokens, index + 1, sentence.to)
  if (!name || trimRange(tokens, { from: name.to, to: sentence.to })) return undefined
  return reader.rangeSpan(tokens, name)
}

/**
 * The quoted regions of a sentence that no cue took: floating quotes (a whole-sentence quote,
 * attributed to the open "He said:" of the previous paragraph or to a dash signature, else to
 * no one; the speaker is resolved later), quotes introduced by a colon (`one message: "I'm
 * back."`), continuations of the previous paragraph's quote, and non-quotes.
 */
export function floatingQuotes(
  reader: QuoteReader,
  tokens: readonly Token[],
  sentence: SentenceRange,
  pending: Attribution | undefined,
) {
  const seen = new Set<number>()
  let outsideWords = 0
  let signature: Span | undefined
  for (let index = sentence.from; index < sentence.to; index++) {
    const token = tokens[index] as Token
    if (token.region >= 0) seen.add(token.region)
    else if (token.word) outsideWords++
    else signature = signatureAt(reader, tokens, index, sentence)
    // The signing name is no words outside the quote.
    if (signature) break
  }
  for (const index of seen) {
    if (reader.consumed.has(index)) continue
    const region = reader.regions[index] as QuotedRegion
    const wholeSentence = outsideWords === 0 && seen.size === 1
    const previous = reader.tokenBefore(tokens, index, sentence).token
    const kind = classifyQuoted(reader.regionText(index), {
      wholeSentence,
      previousWord: previous?.lower,
    })
    if (kind !== 'speech') {
      reader.nonQuote(index, tokens, sentence)
      continue
    }
    reader.consumed.add(index)
    const continued = region.continuation ? reader.regionQuote.get(index - 1) : undefined
    if (continued && wholeSentence) {
      // Appended, not joined again from every span: a quote continued over many paragraphs
      // would cost the square of its length.
      const span = reader.regionSpan(index)
      continued.content.push(span)
      continued.text = `${continued.text} ${span.text}`
      reader.regionQuote.set(index, continued)
      continue
    }
    const before = reader.tokenBefore(tokens, index, sentence)
    const introduced = before.token?.text === ':'
    // "Valanciunas had one message: "I'm back."": the subject of the introducing clause.
    const subject =
      introduced && wholeSentence === false && !pending
        ? sentenceSubject(tokens, sentence.from, before.index)
        : undefined
    const attribution =
      wholeSentence && pending
        ? pending
        : wholeSentence && signature
          ? { mention: signature }
          : subject
            ? { mention: reader.rangeSpan(tokens, subject) }
            : {}
    reader.push(
      {
        kind: wholeSentence || introduced ? 'direct' : 'partial',
        content: [reader.regionSpan(index)],
        ...attribution,
      },
      [index],
    )
  }
}
