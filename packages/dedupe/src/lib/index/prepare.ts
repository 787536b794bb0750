import { describeValue } from '@copydesk/parse'
import { comparedText, isArticle, type TextInput } from '../input/compared-text.js'
import { agreement, assertSignature, exactJaccard } from '../minhash/compare.js'
import { ParameterMismatchError } from '../minhash/errors.js'
import type { Signature } from '../minhash/minhash.js'
import { exactKey } from '../text/exact-key.js'
import type { ResolvedIndexOptions } from './options.js'

/**
 * A document signed for an index (`index.prepare(text)`): pass it to `query` and then `add`
 * to shingle, sign and hash the text only once.
 */
export interface PreparedDocument {
  signature: Signature
  /** Sorted distinct shingle hashes, kept when the index verifies exactly. */
  shingles?: Uint32Array
  /** {@link exactKey} of the text, when the text was given. */
  key?: string
}

/** Sign a text or an Article's body (or check a given signature) for an index with `options`. */
export function prepareDocument(
  input: TextInput | Signature | PreparedDocument,
  options: ResolvedIndexOptions,
  context: string,
): PreparedDocument {
  const { minhash } = options
  if (typeof input === 'object' && input !== null && 'signature' in input) {
    checkSignature(input.signature, options, context)
    return input
  }
  if (typeof input === 'string' || isArticle(input)) {
    const { text } = comparedText(input, context, 'a document')
    if (options.verify === 'exact') {
      const shingles = minhash.shingles(text)
      if (shingles.length === 0) throw emptyDocument(context)
      return { signature: minhash.signatureOfShingles(shingles), shingles, key: exactKey(text) }
    }
    const signature = signOrExplain(text, options, context)
    return { signature, key: exactKey(text) }
  }
  if (typeof input !== 'object' || input === null) {
    throw new TypeError(
      `Cannot \`${context}\` without a document: expected a string, an Article from \`parseArticle(text)\` or a signature, got ${describeValue(input)}`,
    )
  }
  checkSignature(input, options, context)
  return { signature: input }
}

function checkSignature(input: unknown, options: ResolvedIndexOptions, context: string): void {
  const { minhash } = options
  assertSignature(input, context)
  if (input.parameters !== minhash.parameters.id) {
    throw new ParameterMismatchError(`\`${context}\``, minhash.parameters.id, input.parameters)
  }
  if (input.values.length !== minhash.parameters.permutations) {
    throw new TypeError(
      `Cannot \`${context}\`: the signature has ${input.values.length} values, expected ${minhash.parameters.permutations}`,
    )
  }
}

function signOrExplain(text: string, options: ResolvedIndexOptions, context: string): Signature {
  try {
    return options.minhash.signature(text)
  } catch (error) {
    if (error instanceof RangeError) throw emptyDocument(context)
    throw error
  }
}

function emptyDocument(context: string): RangeError {
  return new RangeError(
    `Cannot \`${context}\` an empty document: the text has no words to shingle (expected at least one word, e.g. 'Raqqa is home to 200,000 people')`,
  )
}

/** Verified similarity of a stored document to a query, or undefined when it cannot be computed. */
export function verifiedSimilarity(
  query: PreparedDocument,
  stored: PreparedDocument,
  options: ResolvedIndexOptions,
): { similarity: number; identical: boolean } {
  const identical = query.key !== undefined && query.key === stored.key
  if (identical) return { similarity: 1, identical }
  if (options.verify === 'exact' && query.shingles && stored.shingles) {
    return { similarity: exactJaccard(query.shingles, stored.shingles), identical }
  }
  return { similarity: agreement(query.signature.values, stored.signature.values), identical }
}
