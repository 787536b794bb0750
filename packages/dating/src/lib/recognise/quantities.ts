import { MULTIPLIERS, SMALL_NUMBERS, TENS, VAGUE_QUANTITIES } from '../lexicon/numbers.js'
import type { Scanner } from '../tokens/scanner.js'

/** A quantity read from the text: a number (`2`, `two`, `twenty four`, `a`), or null for a vague one (`several`, `a few`). */
export interface Quantity {
  value: number | null
  end: number
  /** True for `a`/`an`: a singular article, not a written number. */
  article: boolean
}

/** Read a spelled or written quantity at `index`. */
export function readQuantity(scanner: Scanner, index: number): Quantity | null {
  const word = scanner.word(index)
  const token = scanner.tokens[index]
  if (!token) return null
  if (token.kind === 'number') {
    if (token.end - token.start > 6) return null
    let value = Number(token.lower)
    let end = index + 1
    // Decimals (`1.5 years`).
    if (
      scanner.is(end, '.') &&
      scanner.attached(end) &&
      scanner.tokens[end + 1]?.kind === 'number' &&
      scanner.attached(end + 1)
    ) {
      value = Number(`${token.lower}.${scanner.lower(end + 1)}`)
      end += 2
    } else if (
      scanner.digitCount(end) === 1 &&
      scanner.is(end + 1, '/') &&
      scanner.attached(end + 1) &&
      scanner.digitCount(end + 2) === 1 &&
      scanner.attached(end + 2)
    ) {
      // `2 1/2 years`
      const denominator = scanner.digits(end + 2)
      if (denominator > 0) value += scanner.digits(end) / denominator
      end += 3
    }
    return withRange(scanner, { value, end, article: false })
  }
  if (word === 'a' || word === 'an') {
    const next = scanner.word(index + 1)
    if (next === 'few' || next === 'couple') {
      const end = scanner.is(index + 2, 'of') ? index + 3 : index + 2
      return { value: next === 'couple' ? 2 : null, end, article: false }
    }
    if (next === 'dozen') return { value: 12, end: index + 2, article: false }
    if (next === 'hundred') return { value: 100, end: index + 2, article: false }
    if (next === 'thousand') return { value: 1000, end: index + 2, article: false }
    if (next === 'half') return null
    return { value: 1, end: index + 1, article: true }
  }
  if (VAGUE_QUANTITIES.has(word) && word !== 'recent' && word !== 'coming') {
    return { value: null, end: index + 1, article: false }
  }
  const spelled = readNumberWords(scanner, index)
  if (spelled) return withRange(scanner, { value: spelled.value, end: spelled.end, article: false })
  return null
}

/** `two to three`, `12 to 18`, `two or three`: a range reads as a vague quantity ending after its second number. */
function withRange(scanner: Scanner, quantity: Quantity): Quantity {
  const joiner = scanner.word(quantity.end)
  if (joiner !== 'to' && joiner !== 'or') return quantity
  const second = scanner.tokens[quantity.end + 1]
  if (!second) return quantity
  if (second.kind === 'number') return { value: null, end: quantity.end + 2, article: false }
  const spelled = readNumberWords(scanner, quantity.end + 1)
  if (spelled) return { value: null, end: spelled.end, article: false }
  return quantity
}

/** Spelled numbers: `two`, `twenty four`, `forty-five`, `two hundred`, `a dozen` is handled by the caller. */
export function readNumberWords(
  scanner: Scanner,
  index: number,
): { value: number; end: number } | null {
  const word = scanner.word(index)
  let value: number
  let end = index + 1
  const tens = TENS.get(word)
  if (tens !== undefined) {
    value = tens
    const hyphen = scanner.is(end, '-') && scanner.attached(end)
    const unitIndex = hyphen ? end + 1 : end
    const unit = SMALL_NUMBERS.get(scanner.word(unitIndex))
    if (unit !== undefined && unit > 0 && unit < 10) {
      value += unit
      end = unitIndex + 1
    }
  } else {
    const small = SMALL_NUMBERS.get(word)
    if (small === undefined || word === 'couple') return null
    value = small
  }
  const multiplier = MULTIPLIERS.get(scanner.word(end))
  if (multiplier !== undefined) {
    value *= multiplier
    end++
  }
  return { value, end }
}
