/**
 * Finds pairs of documents that share shingles (word 5-grams), however little of each document
 * they are: the candidates for shared passages (a rewrite that lifted one sentence has a Jaccard
 * near 0 but shares several shingles). Kept as packed numbers in typed arrays (8 bytes a shingle,
 * no texts); a shingle found in more than `maxDocuments` documents is boilerplate and ignored.
 *
 * @example
 *   const counter = createSharedShingles()
 *   counter.add(0, minhash.shingles(textA))
 *   counter.add(1, minhash.shingles(textB))
 *   counter.pairs({minShared: 5}) // [{a: 0, b: 1, shared: 7}]
 */
export function createSharedShingles() {
  // hash * 2^21 + document: at most 2^53 - 1, exact in a double, for 32-bit hashes and 2M documents.
  const documentLimit = 2 ** 21
  let packed = new Float64Array(1 << 16)
  let length = 0
  return {
    add(document: number, shingles: Uint32Array): void {
      if (document >= documentLimit) return
      if (length + shingles.length > packed.length) {
        const grown = new Float64Array(Math.max(packed.length * 2, length + shingles.length))
        grown.set(packed.subarray(0, length))
        packed = grown
      }
      for (const hash of shingles) packed[length++] = hash * documentLimit + document
    },
    /**
     * Pairs sharing at least `minShared` shingles, most shared first (at most `maxPairs`). Call it
     * once, at the end: it frees the shingles it counted.
     */
    pairs(options: { minShared?: number; maxDocuments?: number; maxPairs?: number } = {}) {
      const minShared = options.minShared ?? 5
      const maxDocuments = options.maxDocuments ?? 40
      const maxPairs = options.maxPairs ?? 50_000
      const sorted = packed.subarray(0, length).sort()
      const counts = new Map<number, number>()
      let from = 0
      while (from < sorted.length) {
        const hash = Math.floor(sorted[from]! / documentLimit)
        let to = from + 1
        while (to < sorted.length && Math.floor(sorted[to]! / documentLimit) === hash) to++
        const size = to - from
        if (size >= 2 && size <= maxDocuments) {
          for (let i = from; i < to; i++) {
            const a = sorted[i]! % documentLimit
            for (let j = i + 1; j < to; j++) {
              const b = sorted[j]! % documentLimit
              if (a === b) continue
              const key = Math.min(a, b) * documentLimit + Math.max(a, b)
              counts.set(key, (counts.get(key) ?? 0) + 1)
            }
          }
        }
        from = to
      }
      packed = new Float64Array(0)
      length = 0
      const pairs: { a: number; b: number; shared: number }[] = []
      for (const [key, shared] of counts) {
        if (shared >= minShared)
          pairs.push({ a: Math.floor(key / documentLimit), b: key % documentLimit, shared })
      }
      pairs.sort((x, y) => y.shared - x.shared || x.a - y.a || x.b - y.b)
      return pairs.slice(0, maxPairs)
    },
  }
}
