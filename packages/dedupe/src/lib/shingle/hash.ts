// 32-bit hashing primitives. Everything here is integer arithmetic on `Math.imul`, so a value
// computed in one process, machine or release is the same in every other one.

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers that mixes every input bit. */
export function mix32(value: number): number {
  let h = value | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h | 0
}

/** One MurmurHash3 block step: folds the 32-bit `block` into the running hash `h`. */
export function mixBlock(h: number, block: number): number {
  let k = Math.imul(block, 0xcc9e2d51)
  k = (k << 15) | (k >>> 17)
  k = Math.imul(k, 0x1b873593)
  let next = h ^ k
  next = (next << 13) | (next >>> 19)
  return (Math.imul(next, 5) + 0xe6546b64) | 0
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`, finalised with {@link mix32}. */
export function hashCodeUnits(text: string, start: number, end: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) | 0
  for (let index = start; index < end; index++) {
    h = Math.imul(h ^ text.charCodeAt(index), 0x01000193)
  }
  return mix32(h)
}

/**
 * splitmix32: a small seeded generator for the MinHash coefficients. Deterministic by design —
 * the same seed gives the same coefficients everywhere, which is what makes signatures portable.
 */
export function createSeededGenerator(seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad)
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97)
    return (z ^ (z >>> 15)) >>> 0
  }
}
