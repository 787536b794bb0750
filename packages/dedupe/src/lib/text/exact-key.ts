import { describeValue } from '@copydesk/parse'
import { dashes, quoteMarks } from '../lexicon/punctuation.js'
import { mix32, mixBlock } from '../shingle/hash.js'
import { foldCase } from './fold-case.js'

const typographic = new Map<number, number>(
  Object.entries({ ...quoteMarks, ...dashes }).map(([mark, ascii]) => [
    mark.charCodeAt(0),
    ascii.charCodeAt(0),
  ]),
)
const whitespace = /\s/

/**
 * A key that is equal for two texts exactly when their {@link normaliseText} forms are equal
 * (NFKC, case, typographic quotes and dashes, whitespace runs): a 64-bit hash of the normalised
 * form as 16 hex characters, computed in one pass without building that form.
 *
 * @example
 *   exactKey('“Raqqa”  is home') === exactKey('"raqqa" is home') // => true
 */
export function exactKey(text: string): string {
  if (typeof text !== 'string') {
    throw new TypeError(
      `Cannot \`exactKey\` without text: expected a string, got ${describeValue(text)}`,
    )
  }
  const lower = foldCase(text)
  let first = 0x811c9dc5
  let second = 0x2f6b1d27
  let pendingSpace = false
  let started = false
  let fed = 0
  for (let index = 0; index < lower.length; index++) {
    let code = lower.charCodeAt(index)
    if (
      code === 32 ||
      (code >= 9 && code <= 13) ||
      (code >= 128 && whitespace.test(lower[index]!))
    ) {
      pendingSpace = started
      continue
    }
    if (code >= 128) code = typographic.get(code) ?? code
    if (pendingSpace) {
      first = Math.imul(first ^ 32, 0x01000193)
      second = mixBlock(second, 32)
      pendingSpace = false
      fed++
    }
    first = Math.imul(first ^ code, 0x01000193)
    second = mixBlock(second, code)
    started = true
    fed++
  }
  return hex(mix32(first ^ fed)) + hex(mix32(second ^ fed))
}

function hex(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0')
}
