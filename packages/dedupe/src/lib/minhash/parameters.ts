import { checkOptions } from '@copydesk/parse'
import { createSeededGenerator } from '../shingle/hash.js'
import {
  type ResolvedShingleOptions,
  resolveShingleOptions,
  type ShingleOptions,
} from '../shingle/shingles.js'

/**
 * The version of the MinHash algorithm (hash functions, shingle hashing, coefficient generator).
 * It is part of every parameter id; if any of these ever changes, it is bumped, and signatures
 * made by the old algorithm are rejected instead of silently compared.
 */
export const minHashAlgorithmVersion = 1

/** Options for {@link createMinHash}. */
export interface MinHashOptions {
  /** Number of hash functions (signature length); 128 by default. */
  permutations?: number
  /** Seed of the hash-function coefficients; 1 by default. Same seed → comparable signatures. */
  seed?: number
  /** How documents are cut into shingles (word 5-grams by default). */
  shingles?: ShingleOptions
}

/** Fully resolved, serialisable MinHash parameters. */
export interface MinHashParameters {
  algorithm: number
  permutations: number
  seed: number
  shingles: ResolvedShingleOptions
  /** A string naming all of the above, e.g. `cdmh1-word5-k128-s1`; stored with every signature. */
  id: string
}

/**
 * Resolve and check MinHash options into parameters.
 *
 * @example
 *   resolveMinHashParameters({ permutations: 64 }).id // => 'cdmh1-word5-k64-s1'
 */
export function resolveMinHashParameters(
  options?: MinHashOptions,
  caller = 'createMinHash',
): MinHashParameters {
  options = checkOptions<MinHashOptions>(caller, options, {
    permutations: 'number',
    seed: 'number',
    shingles: 'object',
  })
  const permutations = options.permutations ?? 128
  if (!Number.isInteger(permutations) || permutations < 1 || permutations > 4096) {
    throw new RangeError(
      `Cannot create MinHash with \`permutations\` ${String(permutations)}: expected an integer from 1 to 4096 (e.g. 128)`,
    )
  }
  const seed = options.seed ?? 1
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(
      `Cannot create MinHash with \`seed\` ${String(seed)}: expected an unsigned 32-bit integer (e.g. 1)`,
    )
  }
  const shingles = resolveShingleOptions(options.shingles, `${caller}({shingles})`)
  return {
    algorithm: minHashAlgorithmVersion,
    permutations,
    seed,
    shingles,
    id: `cdmh${minHashAlgorithmVersion}-${shingles.unit}${shingles.size}-k${permutations}-s${seed}`,
  }
}

/** The per-permutation coefficients derived from the seed: `h_i(x) = a_i·x + b_i·x' (mod 2³²)`. */
export interface Coefficients {
  a: Int32Array
  b: Int32Array
  /** Seed of the second, independent hash `x'` of each shingle. */
  secondHashSeed: number
}

/** Derive the coefficients for `parameters` (deterministic: same seed, same coefficients). */
export function coefficientsFor(parameters: MinHashParameters): Coefficients {
  const next = createSeededGenerator(parameters.seed ^ 0x6d2b79f5)
  const k = parameters.permutations
  const a = new Int32Array(k)
  const b = new Int32Array(k)
  for (let index = 0; index < k; index++) {
    a[index] = next() | 1
    b[index] = next() | 1
  }
  return { a, b, secondHashSeed: next() | 0 }
}
