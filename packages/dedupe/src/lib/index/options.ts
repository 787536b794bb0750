import { checkOptions, describeValue, type OptionCheck } from '@copydesk/parse'
import { type LshBanding, type LshWeights, optimalBanding } from '../lsh/optimal-bands.js'
import { createMinHash, type MinHash } from '../minhash/minhash.js'
import type { MinHashOptions } from '../minhash/parameters.js'

/** How candidate pairs are verified before they are reported. */
export type Verification = 'estimate' | 'exact'

/** Options shared by the in-memory and the persistent index. */
export interface IndexOptions {
  /** Jaccard similarity at or above which two documents are near-duplicates; 0.8 by default. */
  threshold?: number
  /** A MinHash, or options for one (128 permutations, seed 1, word 5-grams by default). */
  minhash?: MinHash | MinHashOptions
  /** Weights of false positives and negatives when choosing the banding. */
  weights?: LshWeights
  /** Explicit banding, overriding the optimised one. */
  banding?: { bands: number; rows: number }
  /**
   * `'exact'` (default): keep each document's sorted shingle hashes and verify candidates by
   * exact Jaccard (no estimation error; about 4 bytes per distinct shingle more per document).
   * `'estimate'`: verify by the estimated Jaccard of the signatures (less memory, ±0.035 at 0.8).
   */
  verify?: Verification
}

/** Index options with every default resolved. */
export interface ResolvedIndexOptions {
  threshold: number
  minhash: MinHash
  banding: LshBanding | { bands: number; rows: number }
  verify: Verification
}

/** A document found by a query. */
export interface Match {
  id: string
  /** Verified Jaccard similarity: exact when the index verifies exactly, estimated otherwise. */
  similarity: number
  /** Whether the two texts are identical after normalisation (same {@link exactKey}). */
  identical: boolean
}

/** Options of a query. */
export interface QueryOptions {
  /** Report matches at or above this similarity; the index threshold by default. */
  threshold?: number
  /** Leave this id out of the results (e.g. the query document itself). */
  exclude?: string
}

/** What each index option must be, for parse's `checkOptions`. */
export const indexOptionChecks: { [K in keyof IndexOptions]-?: OptionCheck } = {
  threshold: 'number',
  minhash: 'object',
  weights: 'object',
  banding: 'object',
  verify: {
    expected: "'estimate' or 'exact'",
    test: (value) => value === 'estimate' || value === 'exact',
  },
}

/**
 * Check index options (unknown keys and wrong types are a `TypeError` naming them, through parse's
 * `checkOptions`) and fill in every default. `caller` names the public function in messages.
 */
export function resolveIndexOptions(
  options: IndexOptions | undefined = {},
  caller = 'createIndex',
): ResolvedIndexOptions {
  checkOptions<IndexOptions>(caller, options, indexOptionChecks)
  options ??= {}
  const threshold = options.threshold ?? 0.8
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(
      `Cannot create an index with \`threshold\` ${String(threshold)}: expected a Jaccard similarity in (0, 1] (e.g. 0.8)`,
    )
  }
  const minhash =
    options.minhash && 'signature' in options.minhash
      ? options.minhash
      : createMinHash(options.minhash as MinHashOptions | undefined)
  const k = minhash.parameters.permutations
  let banding: ResolvedIndexOptions['banding']
  if (options.banding) {
    const { bands, rows } = options.banding
    if (
      !Number.isInteger(bands) ||
      !Number.isInteger(rows) ||
      bands < 1 ||
      rows < 1 ||
      bands * rows > k
    ) {
      throw new RangeError(
        `Cannot use \`banding\` ${bands}×${rows}: expected positive integers with bands × rows ≤ ${k} permutations`,
      )
    }
    banding = { bands, rows }
  } else {
    banding = optimalBanding(Math.min(threshold, 0.99), k, options.weights)
  }
  const verify = options.verify ?? 'exact'
  return { threshold, minhash, banding, verify }
}

/**
 * Check query options (unknown keys and wrong types are a `TypeError`) and resolve the threshold.
 */
export function resolveQueryThreshold(
  options: QueryOptions | undefined,
  fallback: number,
  caller = 'query',
): number {
  const checked = checkOptions<QueryOptions>(caller, options, {
    threshold: 'number',
    exclude: 'string',
  })
  const threshold = checked.threshold ?? fallback
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new RangeError(
      `Cannot query with \`threshold\` ${String(threshold)}: expected a similarity from 0 to 1 (e.g. 0.8)`,
    )
  }
  return threshold
}

/** Throw a clear error unless `id` is a non-empty string. */
export function assertId(id: unknown, context: string): asserts id is string {
  if (typeof id !== 'string' || id.length === 0) {
    throw new TypeError(
      `Cannot \`${context}\` without an id: expected a non-empty string, got ${describeValue(id)}`,
    )
  }
  const lone = loneSurrogate(id)
  if (lone >= 0) {
    // A lone surrogate has no UTF-8 form: stored, 'a\ud800' and 'a\udc00' would be one key.
    throw new TypeError(
      `Cannot \`${context}\` id ${describeValue(id)}: it is not well-formed UTF-16 (a lone surrogate, U+${id.charCodeAt(lone).toString(16).toUpperCase()}, at index ${lone}); expected an id such as 'cnn-2016-11-07'`,
    )
  }
}

/** Index of the first unpaired surrogate in `text`, or -1. */
function loneSurrogate(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0xd800 || code > 0xdfff) continue
    const next = text.charCodeAt(index + 1)
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index++
    else return index
  }
  return -1
}
