import { checkOptions } from '@copydesk/parse'
import { foldCase } from '../text/fold-case.js'
import { normaliseText } from '../text/normalise.js'
import { isHighSurrogate, isWordCodeUnit, isWordSurrogatePair } from '../text/word-characters.js'
import { hashCodeUnits, mix32, mixBlock } from './hash.js'

/** How a document is cut into shingles before hashing. */
export interface ShingleOptions {
  /** `'word'` (default): word n-grams; `'char'`: character n-grams of the normalised text. */
  unit?: 'word' | 'char'
  /** n: 5 words by default, 7 characters by default for `'char'`. */
  size?: number
}

/** Shingle options with every default filled in. */
export interface ResolvedShingleOptions {
  unit: 'word' | 'char'
  size: number
}

const tokenSeed = 0x2f6b1d27
const shingleSeed = 0x5bd1e995

/**
 * Fill in the defaults of {@link ShingleOptions} and check them.
 *
 * @example
 *   resolveShingleOptions({ unit: 'char' }) // => { unit: 'char', size: 7 }
 */
export function resolveShingleOptions(
  options?: ShingleOptions,
  caller = 'resolveShingleOptions',
): ResolvedShingleOptions {
  options = checkOptions<ShingleOptions>(caller, options, { unit: 'string', size: 'number' })
  const unit = options.unit ?? 'word'
  if (unit !== 'word' && unit !== 'char') {
    throw new TypeError(
      `Cannot shingle with \`unit\` ${JSON.stringify(unit)}: expected 'word' or 'char'`,
    )
  }
  const size = options.size ?? (unit === 'word' ? 5 : 7)
  if (!Number.isInteger(size) || size < 1 || size > 64) {
    throw new RangeError(
      `Cannot shingle with \`size\` ${String(size)}: expected an integer from 1 to 64 (e.g. 5)`,
    )
  }
  return { unit, size }
}

/**
 * The 32-bit hashes of the shingles of `text`, in document order (repeats included). Word
 * shingles: case-folded NFKC words (letters, digits, `_`), `size` at a time; a document with
 * fewer words than `size` gives one shingle of all its words. Character shingles: `size`
 * characters of {@link normaliseText}'s output.
 *
 * @example
 *   shingleHashes('The coalition and Turkey will work together').length // => 3
 */
export function shingleHashes(text: string, options: ResolvedShingleOptions): Uint32Array {
  return options.unit === 'word'
    ? wordShingleHashes(text, options.size)
    : charShingleHashes(text, options.size)
}

/**
 * The distinct shingle hashes of `text`, sorted ascending: the set exact Jaccard is computed on.
 *
 * @example
 *   shingleSet('a b c d e a b c d e', resolveShingleOptions()).length // => 5
 */
export function shingleSet(text: string, options: ResolvedShingleOptions): Uint32Array {
  const hashes = shingleHashes(text, options).sort()
  let kept = 0
  for (let index = 0; index < hashes.length; index++) {
    if (index === 0 || hashes[index] !== hashes[kept - 1]) hashes[kept++] = hashes[index]!
  }
  return hashes.slice(0, kept)
}

function wordShingleHashes(text: string, size: number): Uint32Array {
  const lower = foldCase(text)
  const length = lower.length
  // At most one word per two code units, plus the short-document shingle. The scratch buffer is
  // reused across calls (no garbage per document); the result is copied out of it.
  const out = scratch((length >>> 1) + 2)
  const window = new Int32Array(size)
  let count = 0
  let words = 0
  let inWord = false
  // FNV-1a of the current word, computed as its code units are scanned (as `hashCodeUnits`).
  let wordHash = 0
  let index = 0
  while (index <= length) {
    const code = index < length ? lower.charCodeAt(index) : 32
    let isWord: boolean
    let width = 1
    if (code < 128) {
      isWord = index < length && isWordCodeUnit(code)
    } else if (isHighSurrogate(code) && index + 1 < length) {
      isWord = isWordSurrogatePair(lower, index)
      width = 2
    } else {
      isWord = isWordCodeUnit(code)
    }
    if (isWord) {
      if (!inWord) {
        inWord = true
        wordHash = (0x811c9dc5 ^ tokenSeed) | 0
      }
      wordHash = Math.imul(wordHash ^ code, 0x01000193)
      if (width === 2) wordHash = Math.imul(wordHash ^ lower.charCodeAt(index + 1), 0x01000193)
    } else if (inWord) {
      window[words % size] = mix32(wordHash)
      words++
      if (words >= size) out[count++] = foldWindow(window, words, size)
      inWord = false
    }
    index += width
  }
  if (words > 0 && words < size) out[count++] = foldWindow(window, words, words)
  return out.slice(0, count)
}

let scratchBuffer = new Uint32Array(4096)
function scratch(size: number): Uint32Array {
  if (scratchBuffer.length < size)
    scratchBuffer = new Uint32Array(Math.max(size, scratchBuffer.length * 2))
  return scratchBuffer
}

function foldWindow(window: Int32Array, words: number, size: number): number {
  let h = shingleSeed ^ size
  const capacity = window.length
  for (let offset = words - size; offset < words; offset++) {
    h = mixBlock(h, window[offset % capacity]!)
  }
  return mix32(h ^ size) >>> 0
}

function charShingleHashes(text: string, size: number): Uint32Array {
  const normal = normaliseText(text)
  if (normal.length === 0) return new Uint32Array(0)
  if (normal.length <= size) return Uint32Array.of(hashCodeUnits(normal, 0, normal.length, size))
  const out = new Uint32Array(normal.length - size + 1)
  for (let start = 0; start + size <= normal.length; start++) {
    out[start] = hashCodeUnits(normal, start, start + size, size) >>> 0
  }
  return out
}
