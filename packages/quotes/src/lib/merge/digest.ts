import type { Quote } from '../types.js'

/**
 * What merging needs of a quote, to keep for every quote of a corpus until the end of a run: its
 * kind, text, speaker and mention, and one content span from the quote's start to its end with
 * the offsets only (its `text` is empty; the words are in the digest's `text`). A digest is a
 * `Quote`, so `mergeQuotes` and `completeSpeakerNames` take digests as they take quotes, and the
 * occurrences they return hold the digests given.
 */
export type QuoteDigest = Pick<Quote, 'kind' | 'text' | 'content' | 'speaker' | 'mention'>

/**
 * The digest of a quote: the cue, the outlet and the text of each content span dropped.
 *
 * @example
 *   digestQuote(extractQuotes('"We will hold," Dunford said.')[0])
 *   // => {kind: 'direct', text: '"We will hold,"', content: [{start: 0, end: 15, text: ''}],
 *   //     speaker: {name: 'Dunford', kind: 'person'}, mention: {start: 16, end: 23, text: 'Dunford'}}
 *
 * @throws {TypeError} when `quote` is not a Quote with `content` spans and `text`.
 */
export function digestQuote(quote: Quote): QuoteDigest {
  const candidate = quote as Partial<Quote> | null
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    !Array.isArray(candidate.content) ||
    typeof candidate.text !== 'string'
  ) {
    throw new TypeError(
      'Cannot `digestQuote` without a quote: expected a Quote such as {kind: "direct", text, content: [{start, end, text}]}',
    )
  }
  const start = quote.content[0]?.start ?? 0
  const end = quote.content[quote.content.length - 1]?.end ?? start
  const digest: QuoteDigest = {
    kind: quote.kind,
    text: quote.text,
    content: [{ start, end, text: '' }],
  }
  if (quote.speaker) digest.speaker = quote.speaker
  if (quote.mention) digest.mention = quote.mention
  return digest
}
