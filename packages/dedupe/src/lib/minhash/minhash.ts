import { describeValue } from '@copydesk/parse'
import { comparedText, type TextInput } from '../input/compared-text.js'
import { mix32 } from '../shingle/hash.js'
import { shingleHashes, shingleSet } from '../shingle/shingles.js'
import {
  type Coefficients,
  coefficientsFor,
  type MinHashOptions,
  type MinHashParameters,
  resolveMinHashParameters,
} from './parameters.js'

/** A MinHash signature: its values and the id of the parameters that made it. */
export interface Signature {
  /** Parameter id (e.g. `cdmh1-word5-k128-s1`): only signatures with equal ids are comparable. */
  parameters: string
  /** One minimum per permutation. */
  values: Uint32Array
}

/** A configured MinHash: cuts, hashes and signs documents with fixed, portable parameters. */
export interface MinHash {
  readonly parameters: MinHashParameters
  /**
   * Signature of a document's text (an `Article`: of its body). Throws a `RangeError` if the text
   * has no words.
   */
  signature(text: TextInput): Signature
  /** Signature of precomputed shingle hashes (from {@link MinHash.shingles}). */
  signatureOfShingles(shingles: Uint32Array): Signature
  /**
   * The distinct shingle hashes of a text (an `Article`: of its body), sorted: the set exact
   * Jaccard is computed on.
   */
  shingles(text: TextInput): Uint32Array
}

/**
 * Create a MinHash with seeded, versioned parameters. Signatures made by two MinHashes with the
 * same options are comparable across processes, machines and releases of this package (the
 * parameter id names the algorithm version).
 *
 * Each hash function works on two independent 32-bit hashes of the shingle
 * (`x`, and `x' = mix32(x ⊕ s)`): `h_i(x) = a_i·x + b_i·x' (mod 2³²)` with `Math.imul`, the
 * minimum taken in signed 32-bit order.
 *
 * @example
 *   const minhash = createMinHash({ permutations: 128, seed: 1 })
 *   const a = minhash.signature('The coalition and Turkey will work together on the plan.')
 *   a.parameters // => 'cdmh1-word5-k128-s1'
 */
export function createMinHash(options?: MinHashOptions): MinHash {
  const parameters = resolveMinHashParameters(options)
  const coefficients = coefficientsFor(parameters)
  const signatureOfShingles = (shingles: Uint32Array): Signature => {
    if (!(shingles instanceof Uint32Array)) {
      throw new TypeError(
        `Cannot \`signatureOfShingles\` of ${describeValue(shingles)}: expected a Uint32Array of shingle hashes (from \`minhash.shingles(text)\`)`,
      )
    }
    if (shingles.length === 0) {
      throw new RangeError(
        'Cannot `signature` an empty document: it has no words to shingle; drop empty documents before signing them',
      )
    }
    return { parameters: parameters.id, values: minimise(shingles, coefficients) }
  }
  return {
    parameters,
    signatureOfShingles,
    signature(text) {
      const compared = comparedText(text, 'signature').text
      return signatureOfShingles(shingleHashes(compared, parameters.shingles))
    },
    shingles(text) {
      return shingleSet(comparedText(text, 'shingles').text, parameters.shingles)
    },
  }
}

let secondScratch = new Int32Array(4096)

function minimise(shingles: Uint32Array, { a, b, secondHashSeed }: Coefficients): Uint32Array {
  const k = a.length
  const n = shingles.length
  const first = new Int32Array(shingles.buffer, shingles.byteOffset, n)
  if (secondScratch.length < n)
    secondScratch = new Int32Array(Math.max(n, secondScratch.length * 2))
  const second = secondScratch
  for (let index = 0; index < n; index++) second[index] = mix32(first[index]! ^ secondHashSeed)
  const minima = new Int32Array(k)
  // Permutation-major, eight permutations per pass over the shingles: the coefficients and the
  // running minima stay in registers while the shingles stream past (about 2.5× a naive loop).
  const unrolled = k - (k % 8)
  for (let p = 0; p < unrolled; p += 8) {
    const a0 = a[p]!
    const b0 = b[p]!
    const a1 = a[p + 1]!
    const b1 = b[p + 1]!
    const a2 = a[p + 2]!
    const b2 = b[p + 2]!
    const a3 = a[p + 3]!
    const b3 = b[p + 3]!
    const a4 = a[p + 4]!
    const b4 = b[p + 4]!
    const a5 = a[p + 5]!
    const b5 = b[p + 5]!
    const a6 = a[p + 6]!
    const b6 = b[p + 6]!
    const a7 = a[p + 7]!
    const b7 = b[p + 7]!
    let m0 = 0x7fffffff
    let m1 = 0x7fffffff
    let m2 = 0x7fffffff
    let m3 = 0x7fffffff
    let m4 = 0x7fffffff
    let m5 = 0x7fffffff
    let m6 = 0x7fffffff
    let m7 = 0x7fffffff
    for (let index = 0; index < n; index++) {
      const x = first[index]!
      const y = second[index]!
      let v = (Math.imul(a0, x) + Math.imul(b0, y)) | 0
      if (v < m0) m0 = v
      v = (Math.imul(a1, x) + Math.imul(b1, y)) | 0
      if (v < m1) m1 = v
      v = (Math.imul(a2, x) + Math.imul(b2, y)) | 0
      if (v < m2) m2 = v
      v = (Math.imul(a3, x) + Math.imul(b3, y)) | 0
      if (v < m3) m3 = v
      v = (Math.imul(a4, x) + Math.imul(b4, y)) | 0
      if (v < m4) m4 = v
      v = (Math.imul(a5, x) + Math.imul(b5, y)) | 0
      if (v < m5) m5 = v
      v = (Math.imul(a6, x) + Math.imul(b6, y)) | 0
      if (v < m6) m6 = v
      v = (Math.imul(a7, x) + Math.imul(b7, y)) | 0
      if (v < m7) m7 = v
    }
    minima[p] = m0
    minima[p + 1] = m1
    minima[p + 2] = m2
    minima[p + 3] = m3
    minima[p + 4] = m4
    minima[p + 5] = m5
    minima[p + 6] = m6
    minima[p + 7] = m7
  }
  for (let p = unrolled; p < k; p++) {
    const ap = a[p]!
    const bp = b[p]!
    let minimum = 0x7fffffff
    for (let index = 0; index < n; index++) {
      const value = (Math.imul(ap, first[index]!) + Math.imul(bp, second[index]!)) | 0
      if (value < minimum) minimum = value
    }
    minima[p] = minimum
  }
  // Signed minima, reinterpreted as unsigned: a fixed relabelling, so equality is unchanged.
  return new Uint32Array(minima.buffer)
}
