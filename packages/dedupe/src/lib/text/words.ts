import { foldCase } from './fold-case.js'
import { isHighSurrogate, isWordCodeUnit, isWordSurrogatePair } from './word-characters.js'

/** One word of a document: its offsets in the original text and its normalised form. */
export interface Word {
  start: number
  end: number
  /** NFKC, case-folded: two spellings of one word compare equal. */
  normal: string
}

/**
 * The words of `text` (runs of letters, digits and `_`, as Python's `\w+`) with their offsets in
 * `text`. Apostrophes split words (`don't` → `don`, `t`), as in the reference tokenisation.
 *
 * @example
 *   words('Raqqa, Syria’s city').map((word) => word.normal) // => ['raqqa', 'syria', 's', 'city']
 */
export function words(text: string): Word[] {
  const found: Word[] = []
  let start = -1
  let index = 0
  const length = text.length
  while (index <= length) {
    const code = index < length ? text.charCodeAt(index) : 32
    let width = 1
    let isWord: boolean
    if (isHighSurrogate(code) && index + 1 < length) {
      width = 2
      isWord = isWordSurrogatePair(text, index)
    } else {
      isWord = index < length && isWordCodeUnit(code)
    }
    if (isWord) {
      if (start < 0) start = index
    } else if (start >= 0) {
      found.push({ start, end: index, normal: normalWord(text.slice(start, index)) })
      start = -1
    }
    index += width
  }
  return found
}

function normalWord(word: string): string {
  return foldCase(word)
}
