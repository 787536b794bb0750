import { titles } from './data/titles.js'

/** A word of the source text with its offsets and the facts name detection needs. */
export interface Token {
  start: number
  end: number
  /** The word as written, without a possessive `'s`. */
  text: string
  lower: string
  /** Starts with an upper-case letter. */
  capitalised: boolean
  /** Two or more upper-case letters ("SDF", "DoD", "U.S."). */
  acronym: boolean
  /** Written with a possessive `'s` / `’s` ("Dunford’s"). */
  possessive: boolean
}

// Letters or digits, joined by single inner apostrophes, hyphens or periods ("Jean-Yves",
// "O'Brien", "U.S"). Each repetition must start with its joiner, so matching is linear.
const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu
const upperPattern = /\p{Lu}/u
const upperGlobal = /\p{Lu}/gu

/**
 * Split `text` (or `text.slice(start, end)`) into word tokens with offsets into `text`.
 * A final period is kept on titles and initials ("Gen.", "J.", "U.S.").
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = []
  wordPattern.lastIndex = start
  let match = wordPattern.exec(text)
  while (match !== null && match.index < end) {
    let word = match[0]
    let tokenEnd = match.index + word.length
    let possessive = false
    if (/['’][sS]$/.test(word) && word.length > 2) {
      word = word.slice(0, -2)
      possessive = true
    } else if (/s['’]$/.test(word)) {
      possessive = true
    }
    const first = word.charAt(0)
    const capitalised = upperPattern.test(first)
    if (!possessive && text.charCodeAt(tokenEnd) === 46 /* . */) {
      const bare = word.toLowerCase()
      if (
        (capitalised && (word.length === 1 || titles.has(bare))) ||
        word.includes('.') ||
        bare === 'jr' ||
        bare === 'sr'
      ) {
        word += '.'
        tokenEnd += 1
      }
    }
    const uppers = capitalised ? (word.match(upperGlobal)?.length ?? 0) : 0
    tokens.push({
      start: match.index,
      end: possessive ? match.index + word.length : tokenEnd,
      text: word,
      lower: word.toLowerCase().replace(/\.$/, ''),
      capitalised,
      acronym: isAcronym(word, uppers),
      possessive,
    })
    if (tokenEnd !== wordPattern.lastIndex) wordPattern.lastIndex = tokenEnd
    match = wordPattern.exec(text)
  }
  return tokens
}

// "SDF", "DoD", "U.S.", "NATO": two to six letters, nearly all upper case. Longer all-caps words
// are headings and datelines ("OTTAWA —"), not names.
function isAcronym(word: string, uppers: number): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '').length
  return uppers >= 2 && uppers >= letters - 1 && letters <= 6
}
