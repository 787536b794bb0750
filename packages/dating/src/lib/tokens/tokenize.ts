/** What a token is made of: letters, digits, both (`1990s`, `20th`), or one other character. */
export type TokenKind = 'word' | 'number' | 'mixed' | 'punct'

/** A token of the input: offsets index the text exactly. */
export interface Token {
  start: number
  end: number
  /** The token's text, lower-cased. */
  lower: string
  kind: TokenKind
  /** Whether whitespace separates it from the previous token. */
  spaced: boolean
  /** Whether a line break separates it from the previous token. */
  newline: boolean
  /** Whether the first character is an upper-case letter. */
  capitalised: boolean
}

const isDigit = (code: number) => code >= 48 && code <= 57
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isUpper = (code: number) => code >= 65 && code <= 90
const LETTER = /\p{L}/u

function isLetter(text: string, index: number, code: number): boolean {
  if (code < 128) return isAsciiLetter(code)
  return LETTER.test(text[index] ?? '')
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 12 ||
    code === 11 ||
    code === 160 ||
    code === 0x1680 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Split text into word, number and punctuation tokens in one linear pass. A run of letters and
 * digits is one token (`1990s`, `20th`); every other non-space character is its own token, so
 * `Nov.` is `nov` + `.` and `7:53` is `7` + `:` + `53`.
 *
 * @example
 *   tokenize('Nov. 6').map((t) => t.lower) // ['nov', '.', '6']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const length = text.length
  let index = 0
  let spaced = true
  let newline = true
  while (index < length) {
    const code = text.charCodeAt(index)
    if (isSpace(code)) {
      spaced = true
      if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) newline = true
      index++
      continue
    }
    const start = index
    let kind: TokenKind
    // Whether the run is already lower case (saves a copy per token).
    let plain = true
    if (isDigit(code) || isLetter(text, index, code)) {
      let digits = false
      let letters = false
      while (index < length) {
        const c = text.charCodeAt(index)
        if (isDigit(c)) digits = true
        else if (isLetter(text, index, c)) {
          letters = true
          if (c < 97 || c > 127) plain = false
        } else break
        index++
      }
      kind = digits && letters ? 'mixed' : digits ? 'number' : 'word'
    } else {
      // Keep surrogate pairs together so offsets never split a character.
      index += code >= 0xd800 && code <= 0xdbff && index + 1 < length ? 2 : 1
      kind = 'punct'
    }
    // A one-character token comes from V8's single-character string cache: no allocation.
    const raw = index - start === 1 ? (text[start] as string) : text.slice(start, index)
    tokens.push({
      start,
      end: index,
      lower: plain ? raw : raw.toLowerCase(),
      kind,
      spaced,
      newline,
      capitalised: isUpper(code),
    })
    spaced = false
    newline = false
  }
  return tokens
}
