import { describeValue } from '@copydesk/parse'
import { ParameterMismatchError } from './errors.js'
import type { Signature } from './minhash.js'

/**
 * Estimate the Jaccard similarity of two documents from their signatures: the fraction of
 * permutations whose minima agree. Throws {@link ParameterMismatchError} when the signatures
 * were made with different parameters.
 *
 * @example
 *   estimateJaccard(minhash.signature(a), minhash.signature(b)) // => 0.84375
 */
export function estimateJaccard(a: Signature, b: Signature): number {
  assertSignature(a, 'estimateJaccard')
  assertSignature(b, 'estimateJaccard')
  if (a.parameters !== b.parameters) {
    throw new ParameterMismatchError('`estimateJaccard`', a.parameters, b.parameters)
  }
  return agreement(a.values, b.values)
}

/** Fraction of equal positions of two equally long value arrays (no checks: the hot path). */
export function agreement(a: Uint32Array, b: Uint32Array): number {
  let equal = 0
  for (let index = 0; index < a.length; index++) if (a[index] === b[index]) equal++
  return equal / a.length
}

/**
 * Exact Jaccard similarity of two sorted sets of shingle hashes (from `minhash.shingles`).
 *
 * @example
 *   exactJaccard(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4)) // => 0.5
 */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (!(a instanceof Uint32Array) || !(b instanceof Uint32Array)) {
    throw new TypeError(
      `Cannot \`exactJaccard\` of ${describeValue(a)} and ${describeValue(b)}: expected two sorted Uint32Arrays from \`minhash.shingles(text)\``,
    )
  }
  if (a.length === 0 && b.length === 0) return 1
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared / (a.length + b.length - shared)
}

/** Throw a clear `TypeError` unless `value` looks like a {@link Signature}. */
export function assertSignature(value: unknown, context: string): asserts value is Signature {
  const candidate = value as Partial<Signature> | null
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.parameters !== 'string' ||
    !(candidate.values instanceof Uint32Array)
  ) {
    throw new TypeError(
      `Cannot \`${context}\` with ${describeValue(value)}: expected a signature \`{parameters: string, values: Uint32Array}\` from \`minhash.signature(text)\``,
    )
  }
}
