import { titles } from '../lexicon/titles.js'

/** A word of the source text with its offsets and the facts name detection needs. */
export interface Token {
  start: number
  end: number
  /** The word as written, without a possessive `'s`. */
  text: string
  lower: string
  /** Starts with an upper-case letter. */
  capitalised: boolean
  /** Two to six letters, nearly all upper case ("SDF", "DoD", "U.S."). */
  acronym: boolean
  /** Written with a possessive `'s` / `’s` ("Dunford’s"). */
  possessive: boolean
}

const letterOrDigit = /[\p{L}\p{N}]/u
const upperLetter = /\p{Lu}/u

function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  }
  return letterOrDigit.test(text.charAt(index))
}

function isUpper(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 65 && code <= 90
  return upperLetter.test(text.charAt(index))
}

// Inner joiners: apostrophes, periods and hyphens between letters ("O'Brien", "U.S", "Jean-Yves").
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45
}

/**
 * The tokenizer of speaker resolution: split `text.slice(start, end)` into word tokens with offsets into `text`, in one pass without
 * backtracking. A final period is kept on titles and initials ("Gen.", "J.", "U.S.").
 *
 * With `keep`, lower-case words are only returned when `keep` has them: the document scan needs
 * capitalised words and a few function words, and skipping the rest saves most of the work.
 */
export function tokenizeNames(
  text: string,
  start = 0,
  end = text.length,
  keep?: ReadonlySet<string>,
): Token[] {
  const tokens: Token[] = []
  let index = start
  while (index < end) {
    if (!isWordChar(text, index)) {
      index++
      continue
    }
    const wordStart = index
    index++
    for (;;) {
      while (index < end && isWordChar(text, index)) index++
      if (index + 1 < end && isJoiner(text.charCodeAt(index)) && isWordChar(text, index + 1)) {
        index += 2
        continue
      }
      break
    }
    const capitalised = isUpper(text, wordStart)
    // A word that starts in lower case is looked up as written (no case folding to allocate).
    if (!capitalised && keep && (index - wordStart > 16 || !keep.has(text.slice(wordStart, index))))
      continue
    tokens.push(makeToken(text, wordStart, index, capitalised))
  }
  return tokens
}

function makeToken(text: string, start: number, wordEnd: number, capitalised: boolean): Token {
  let word = text.slice(start, wordEnd)
  let tokenEnd = wordEnd
  let possessive = false
  const last = word.charCodeAt(word.length - 1)
  const beforeLast = word.charCodeAt(word.length - 2)
  if (
    (last === 115 || last === 83) &&
    (beforeLast === 39 || beforeLast === 0x2019) &&
    word.length > 2
  ) {
    word = word.slice(0, -2)
    tokenEnd -= 2
    possessive = true
  } else if (last === 0x2019 || last === 39) {
    possessive = true
  }
  let lower = word.toLowerCase()
  if (!possessive && text.charCodeAt(tokenEnd) === 46 /* . */) {
    if (
      (capitalised && (word.length === 1 || titles.has(lower))) ||
      word.includes('.') ||
      lower === 'jr' ||
      lower === 'sr'
    ) {
      word += '.'
      tokenEnd += 1
    }
  }
  if (lower.charCodeAt(lower.length - 1) === 46) lower = lower.slice(0, -1)
  return {
    start,
    end: tokenEnd,
    text: word,
    lower,
    capitalised,
    acronym: capitalised && isAcronym(word),
    possessive,
  }
}

// "SDF", "DoD", "U.S.", "NATO": two to six letters, nearly all upper case. Longer all-caps words
// are headings and datelines ("OTTAWA —"), not names.
function isAcronym(word: string): boolean {
  let letters = 0
  let uppers = 0
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code === 46 || code === 45 || code === 39 || code === 0x2019) continue
    letters++
    if (isUpper(word, index)) uppers++
    if (letters > 6) return false
  }
  return uppers >= 2 && uppers >= letters - 1
}
