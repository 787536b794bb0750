import { checkOptions, describeValue } from '@copydesk/parse'
import { comparedText, type TextInput } from '../input/compared-text.js'
import { resolveShingleOptions, shingleSet } from '../shingle/shingles.js'

/** Options for {@link SharedShingles.pairs}. */
export interface SharedShingleOptions {
  /** Fewest distinctive shingles a pair must share to be reported; 5 by default. */
  minShared?: number
  /** A shingle in more documents than this is boilerplate and ignored; 40 by default. */
  maxDocuments?: number
  /** At most this many pairs are returned, the most shared first; 50,000 by default. */
  maxPairs?: number
}

/** Two documents that share distinctive shingles. */
export interface SharedShinglePair {
  /** The document added first. */
  a: string
  /** The document added later. */
  b: string
  /** Distinctive shingles (word 5-grams) both contain. */
  shared: number
  /**
   * `shared / (shingles of a + shingles of b − shared)`: the Jaccard of the two shingle sets with
   * boilerplate shingles left out of the shared count (so at most their exact Jaccard).
   */
  similarity: number
}

/** Candidate pairs by shared distinctive shingles, built as documents arrive (texts not kept). */
export interface SharedShingles {
  /** Documents added so far. */
  readonly size: number
  /**
   * Add a document: its text, a parsed `Article` (its body is shingled) or its distinct shingle
   * hashes (`minhash.shingles(text)` of a word-5-gram MinHash, when they are already computed).
   */
  add(id: string, document: TextInput | Uint32Array): void
  /** The pairs sharing at least `minShared` distinctive shingles, most shared first. */
  pairs(options?: SharedShingleOptions): SharedShinglePair[]
}

/** Pairs by position of addition, for `storyClusters` (which needs no ids). */
export interface IndexedPair {
  a: number
  b: number
  shared: number
}

// hash × 2^21 + document is below 2^53, exact in a double, for 32-bit hashes and 2M documents.
const documentLimit = 2 ** 21

/**
 * Collect documents and find the pairs that share distinctive word 5-grams, however little of
 * each document they are: the candidates for shared passages and stories. A rewrite that lifted
 * one sentence has a Jaccard near 0 with its source but shares several 5-grams with it. A shingle
 * found in more than `maxDocuments` documents is boilerplate ("said in a statement on Tuesday")
 * and proposes no pair. Memory: 8 bytes per distinct shingle of each document (packed in a typed
 * array, no texts), plus one counter per candidate pair when `pairs` is called. Up to 2,097,152
 * documents.
 *
 * @example
 *   const candidates = createSharedShingles()
 *   candidates.add('wire', wireStory)
 *   candidates.add('rewrite', rewriteThatLiftsOneSentence)
 *   candidates.pairs({ minShared: 5 }) // => [{ a: 'wire', b: 'rewrite', shared: 7, similarity: 0.04 }]
 */
export function createSharedShingles(): SharedShingles {
  const counter = createShingleCounter()
  return {
    get size() {
      return counter.size
    },
    add: counter.add,
    pairs: counter.pairs,
  }
}

/** {@link createSharedShingles} with the pairs by position of addition (unsorted, unlimited). */
export function createShingleCounter(): SharedShingles & {
  indexedPairs(minShared: number, maxDocuments: number): IndexedPair[]
} {
  const shingleOptions = resolveShingleOptions()
  const ids: string[] = []
  const known = new Set<string>()
  const sizes: number[] = []
  let packed = new Float64Array(1 << 12)
  let length = 0

  const indexedPairs = (minShared: number, maxDocuments: number): IndexedPair[] => {
    const sorted = packed.subarray(0, length).sort()
    const counts = new Map<number, number>()
    let from = 0
    while (from < length) {
      const hash = Math.floor(sorted[from]! / documentLimit)
      let to = from + 1
      while (to < length && Math.floor(sorted[to]! / documentLimit) === hash) to++
      const size = to - from
      if (size >= 2 && size <= maxDocuments) {
        // Sorted by hash then document: within a run, documents ascend, each once.
        for (let i = from; i < to; i++) {
          const a = sorted[i]! % documentLimit
          for (let j = i + 1; j < to; j++) {
            const key = a * documentLimit + (sorted[j]! % documentLimit)
            counts.set(key, (counts.get(key) ?? 0) + 1)
          }
        }
      }
      from = to
    }
    const pairs: IndexedPair[] = []
    for (const [key, shared] of counts) {
      if (shared >= minShared) {
        pairs.push({ a: Math.floor(key / documentLimit), b: key % documentLimit, shared })
      }
    }
    return pairs
  }

  return {
    get size() {
      return ids.length
    },
    add(id, document) {
      if (typeof id !== 'string' || id.length === 0) {
        throw new TypeError(
          `Cannot \`sharedShingles.add\` without an id: expected a non-empty string, got ${describeValue(id)}`,
        )
      }
      if (known.has(id)) {
        throw new Error(
          `Cannot \`sharedShingles.add\` document \`${id}\`: it was added already; ids must be unique`,
        )
      }
      if (ids.length >= documentLimit) {
        throw new RangeError(
          `Cannot \`sharedShingles.add\` document \`${id}\`: shared shingles hold at most ${documentLimit} documents`,
        )
      }
      const shingles =
        document instanceof Uint32Array
          ? distinct(document)
          : shingleSet(
              comparedText(document, 'sharedShingles.add', 'a document').text,
              shingleOptions,
            )
      const number = ids.length
      ids.push(id)
      known.add(id)
      sizes.push(shingles.length)
      if (length + shingles.length > packed.length) {
        const grown = new Float64Array(Math.max(packed.length * 2, length + shingles.length))
        grown.set(packed.subarray(0, length))
        packed = grown
      }
      for (const hash of shingles) packed[length++] = hash * documentLimit + number
    },
    pairs(options) {
      const checked = checkOptions<SharedShingleOptions>('sharedShingles.pairs', options, {
        minShared: wholeNumber(1),
        maxDocuments: wholeNumber(2),
        maxPairs: wholeNumber(0),
      })
      const minShared = checked.minShared ?? 5
      const maxDocuments = checked.maxDocuments ?? 40
      const maxPairs = checked.maxPairs ?? 50_000
      const pairs = indexedPairs(minShared, maxDocuments)
      pairs.sort((x, y) => y.shared - x.shared || x.a - y.a || x.b - y.b)
      return pairs.slice(0, maxPairs).map(({ a, b, shared }) => ({
        a: ids[a]!,
        b: ids[b]!,
        shared,
        similarity: Math.round((shared / (sizes[a]! + sizes[b]! - shared)) * 1000) / 1000,
      }))
    },
    indexedPairs,
  }
}

/** Sorted distinct values of shingle hashes given by the caller (a copy). */
function distinct(hashes: Uint32Array): Uint32Array {
  const sorted = hashes.slice().sort()
  let kept = 0
  for (let index = 0; index < sorted.length; index++) {
    if (index === 0 || sorted[index] !== sorted[kept - 1]) sorted[kept++] = sorted[index]!
  }
  return sorted.subarray(0, kept)
}

function wholeNumber(least: number) {
  return {
    expected: `a whole number ≥ ${least} (or Infinity)`,
    test: (value: unknown) =>
      typeof value === 'number' &&
      value >= least &&
      (Number.isInteger(value) || value === Number.POSITIVE_INFINITY),
  }
}
