import { createHash } from 'node:crypto'
import { describeValue } from '../describe.js'
import { normalizeText } from './normalize.js'

/**
 * A key that is equal for two texts exactly when their normalised forms are equal
 * ({@link normalizeText}: NFKC, case, quotes, dashes, whitespace): SHA-256, hex, 32 characters.
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
  return createHash('sha256').update(normalizeText(text)).digest('hex').slice(0, 32)
}
