import type { Token } from './tokenize.js'

/** Read-only helpers over the token list; every look-up is bounds-checked and O(1). */
export class Scanner {
  readonly tokens: readonly Token[]
  readonly text: string

  constructor(text: string, tokens: readonly Token[]) {
    this.text = text
    this.tokens = tokens
  }

  /** The lower-cased word at `index`, or '' when it is not a word. */
  word(index: number): string {
    const token = this.tokens[index]
    return token && token.kind === 'word' ? token.lower : ''
  }

  /** The lower-cased text at `index` whatever its kind, or ''. */
  lower(index: number): string {
    return this.tokens[index]?.lower ?? ''
  }

  is(index: number, text: string): boolean {
    return this.tokens[index]?.lower === text
  }

  /** Whether the token at `index` directly follows the previous one, with no space. */
  attached(index: number): boolean {
    const token = this.tokens[index]
    return token !== undefined && !token.spaced
  }

  capitalised(index: number): boolean {
    return this.tokens[index]?.capitalised ?? false
  }

  /** A number token's value, or NaN. */
  digits(index: number): number {
    const token = this.tokens[index]
    return token && token.kind === 'number' ? Number(token.lower) : Number.NaN
  }

  /** Length in characters of a number token, or 0. */
  digitCount(index: number): number {
    const token = this.tokens[index]
    return token && token.kind === 'number' ? token.end - token.start : 0
  }

  /** Skip an abbreviation's full stop (`Nov.`): the index after it, or `index` unchanged. */
  skipStop(index: number): number {
    return this.is(index, '.') && this.attached(index) ? index + 1 : index
  }

  /** Match a sequence of lower-cased tokens from `index`. Returns the index after them, or -1. */
  phrase(index: number, words: readonly string[]): number {
    let at = index
    for (const word of words) {
      if (this.lower(at) !== word) return -1
      at++
    }
    return at
  }

  /** Whether the token at `index` is sentence-final punctuation or a line break starts it. */
  boundary(index: number): boolean {
    const token = this.tokens[index]
    if (!token) return true
    if (token.newline) return true
    return (
      token.kind === 'punct' &&
      (token.lower === '.' || token.lower === '!' || token.lower === '?' || token.lower === ';')
    )
  }
}
