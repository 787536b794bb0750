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
  /**
   * The shared shingles weighted by how many documents carry them: each counts
   * `1 / (documents carrying it − 1)`, copies of one document (see `add`'s `copyOf`) counted once.
   * A shingle only these two documents have weighs 1; a templated phrase that eleven unrelated
   * reports carry weighs 0.1 in each of their pairs. Rounded to 0.01.
   */
  weight: number
}

/** Options for {@link SharedShingles.add}. */
export interface SharedShingleAddOptions {
  /**
   * An earlier document this one is a copy of (an exact or near duplicate): copies count as one
   * document when a shingle is weighted by how many documents carry it, so syndicated copies of a
   * story do not make its sentences look like boilerplate.
   */
  copyOf?: string
}

/** Candidate pairs by shared distinctive shingles, built as documents arrive (texts not kept). */
export interface SharedShingles {
  /** Documents added so far. */
  readonly size: number
  /**
   * Add a document: its text, a parsed `Article` (its body is shingled) or its distinct shingle
   * hashes (`minhash.shingles(text)` of a word-5-gram MinHash, when they are already computed).
   */
  add(id: string, document: TextInput | Uint32Array, options?: SharedShingleAddOptions): void
  /** The pairs sharing at least `minShared` distinctive shingles, most shared first. */
  pairs(options?: SharedShingleOptions): SharedShinglePair[]
}

/** Pairs by position of addition, for `storyClusters` (which needs no ids). */
export interface IndexedPair {
  a: number
  b: number
  shared: number
  /** The shared shingles weighted as {@link SharedShinglePair.weight} (not rounded). */
  weight: number
}

// hash × 2^21 + document is below 2^53, exact in a double, for 32-bit hashes and 2M documents.
const documentLimit = 2 ** 21

/**
 * Collect documents and find the pairs that share distinctive word 5-grams, however little of
 * each document they are: the candidates for shared passages and stories. A rewrite that lifted
 * one sentence has a Jaccard near 0 with its source but shares several 5-grams with it. A shingle
 * found in more than `maxDocuments` documents is boilerplate ("said in a statement on Tuesday")
 * and proposes no pair; below that, each pair's `weight` counts a shingle by how rare it is, so a
 * phrase a few unrelated reports share ("will be in charge of the firm's") weighs less than text
 * only two documents have. Memory: 8 bytes per distinct shingle of each document (packed in a
 * typed array, no texts), plus a counter and a weight per candidate pair when `pairs` is called.
 * Up to 2,097,152 documents.
 *
 * @example
 *   const candidates = createSharedShingles()
 *   candidates.add('wire', wireStory)
 *   candidates.add('rewrite', rewriteThatLiftsOneSentence)
 *   candidates.pairs({ minShared: 5 }) // => [{ a: 'wire', b: 'rewrite', shared: 7, similarity: 0.04, weight: 7 }]
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
  /**
   * The pairs by position; `copies` (position → the position of the document it is a copy of,
   * earlier or itself) replaces the groups given to `add` when weighting.
   */
  indexedPairs(minShared: number, maxDocuments: number, copies?: ArrayLike<number>): IndexedPair[]
} {
  const shingleOptions = resolveShingleOptions()
  const ids: string[] = []
  const position = new Map<string, number>()
  const sizes: number[] = []
  // Each document's group: its own number, or that of the document it is a copy of.
  const groups: number[] = []
  let packed = new Float64Array(1 << 12)
  let length = 0

  const indexedPairs = (
    minShared: number,
    maxDocuments: number,
    copies: ArrayLike<number> = groups,
  ): IndexedPair[] => {
    const sorted = packed.subarray(0, length).sort()
    // Pair key → slot; the slot's shared count and weight in two growing typed arrays.
    const slots = new Map<number, number>()
    let shared = new Uint32Array(1 << 10)
    let weights = new Float64Array(1 << 10)
    const runGroups: number[] = []
    let from = 0
    while (from < length) {
      const hash = Math.floor(sorted[from]! / documentLimit)
      let to = from + 1
      while (to < length && Math.floor(sorted[to]! / documentLimit) === hash) to++
      const size = to - from
      if (size >= 2 && size <= maxDocuments) {
        // Documents carrying this shingle, copies of one document counted once.
        runGroups.length = 0
        for (let i = from; i < to; i++) {
          const group = copies[sorted[i]! % documentLimit]!
          if (!runGroups.includes(group)) runGroups.push(group)
        }
        const apart = runGroups.length > 1 ? 1 / (runGroups.length - 1) : 1
        // Sorted by hash then document: within a run, documents ascend, each once.
        for (let i = from; i < to; i++) {
          const a = sorted[i]! % documentLimit
          for (let j = i + 1; j < to; j++) {
            const b = sorted[j]! % documentLimit
            const key = a * documentLimit + b
            let slot = slots.get(key)
            if (slot === undefined) {
              slot = slots.size
              slots.set(key, slot)
              if (slot >= shared.length) {
                shared = grow(shared, new Uint32Array(shared.length * 2))
                weights = grow(weights, new Float64Array(weights.length * 2))
              }
            }
            shared[slot]!++
            weights[slot]! += copies[a] === copies[b] ? 1 : apart
          }
        }
      }
      from = to
    }
    const pairs: IndexedPair[] = []
    for (const [key, slot] of slots) {
      if (shared[slot]! >= minShared) {
        pairs.push({
          a: Math.floor(key / documentLimit),
          b: key % documentLimit,
          shared: shared[slot]!,
          weight: weights[slot]!,
        })
      }
    }
    return pairs
  }

  return {
    get size() {
      return ids.length
    },
    add(id, document, addOptions) {
      if (typeof id !== 'string' || id.length === 0) {
        throw new TypeError(
          `Cannot \`sharedShingles.add\` without an id: expected a non-empty string, got ${describeValue(id)}`,
        )
      }
      if (position.has(id)) {
        throw new Error(
          `Cannot \`sharedShingles.add\` document \`${id}\`: it was added already; ids must be unique`,
        )
      }
      if (ids.length >= documentLimit) {
        throw new RangeError(
          `Cannot \`sharedShingles.add\` document \`${id}\`: shared shingles hold at most ${documentLimit} documents`,
        )
      }
      const { copyOf } = checkOptions<SharedShingleAddOptions>('sharedShingles.add', addOptions, {
        copyOf: 'string',
      })
      const original = copyOf === undefined ? undefined : position.get(copyOf)
      if (copyOf !== undefined && original === undefined) {
        throw new TypeError(
          `Cannot \`sharedShingles.add\` document \`${id}\` as a copy of \`${copyOf}\`: no document \`${copyOf}\` was added before it`,
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
      position.set(id, number)
      groups.push(original === undefined ? number : groups[original]!)
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
      return pairs.slice(0, maxPairs).map(({ a, b, shared, weight }) => ({
        a: ids[a]!,
        b: ids[b]!,
        shared,
        similarity: Math.round((shared / (sizes[a]! + sizes[b]! - shared)) * 1000) / 1000,
        weight: Math.round(weight * 100) / 100,
      }))
    },
    indexedPairs,
  }
}

/** `into` with `from` copied to its start. */
function grow<T extends Uint32Array | Float64Array>(from: T, into: T): T {
  into.set(from)
  return into
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
