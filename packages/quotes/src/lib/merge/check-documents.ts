import { describeValue } from '@copydesk/parse'
import type { Quote } from '../types.js'
import type { QuoteDocument } from './merge-quotes.js'

/**
 * Check the documents given to `name` (`mergeQuotes`, `completeSpeakerNames`): an array of
 * `{id, quotes}` with unique non-empty ids and quote objects.
 *
 * @throws {TypeError} naming the function and the document or quote that is wrong.
 * @throws {RangeError} when two documents share an id.
 */
export function checkDocuments(
  name: string,
  documents: unknown,
): asserts documents is QuoteDocument[] {
  if (!Array.isArray(documents)) {
    throw new TypeError(
      `Cannot \`${name}\` without documents: expected an array such as [{id: 'cnn-1', quotes: [...]}], not ${describeValue(documents)}`,
    )
  }
  const seen = new Map<string, number>()
  documents.forEach((document: unknown, index) => {
    if (document === null || typeof document !== 'object') {
      throw new TypeError(
        `Cannot \`${name}\` with document ${index}: expected an object {id: string, quotes: Quote[]}, not ${describeValue(document)}`,
      )
    }
    const { id, quotes } = document as Partial<QuoteDocument>
    if (typeof id !== 'string' || id.length === 0) {
      throw new TypeError(
        `Cannot \`${name}\` with document ${index}: expected \`id\` to be a non-empty string, not ${describeValue(id)}`,
      )
    }
    const earlier = seen.get(id)
    if (earlier !== undefined) {
      throw new RangeError(
        `Cannot \`${name}\` with two documents named ${JSON.stringify(id)} (documents ${earlier} and ${index}): give each document a unique id`,
      )
    }
    seen.set(id, index)
    if (!Array.isArray(quotes)) {
      throw new TypeError(
        `Cannot \`${name}\` with document ${JSON.stringify(id)}: expected \`quotes\` to be an array of Quote objects, not ${describeValue(quotes)}`,
      )
    }
    quotes.forEach((quote: unknown, quoteIndex) => {
      const candidate = quote as Partial<Quote> | null
      if (
        candidate === null ||
        typeof candidate !== 'object' ||
        (typeof candidate.text !== 'string' && !Array.isArray(candidate.content))
      ) {
        throw new TypeError(
          `Cannot \`${name}\` with quote ${quoteIndex} of document ${JSON.stringify(id)}: expected a Quote with \`text\` or \`content\` spans, not ${describeValue(quote)}`,
        )
      }
    })
  })
}
