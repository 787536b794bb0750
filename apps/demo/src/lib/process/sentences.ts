/** A sentence (or a paragraph without sentence punctuation) with its offsets and words. */
export interface Sentence {
  start: number
  end: number
  /** Lower-cased words, apostrophes unified. */
  words: string[]
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
const closers = new Set(['"', '”', '’', "'", ')', ']'])

/**
 * Splits text into sentences with offsets: at blank or single line breaks, and after `.`, `?` or
 * `!` (and any closing quotes) followed by a space and a capital, digit or opening quote. One pass;
 * abbreviations may split a sentence, the same way in both documents compared.
 *
 * @example
 *   splitSentences('He said so. "We agree," she said.').length // => 2
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  const push = (end: number) => {
    let from = start
    let to = end
    while (from < to && /\s/.test(text[from]!)) from++
    while (to > from && /\s/.test(text[to - 1]!)) to--
    if (to > from) {
      const words = Array.from(text.slice(from, to).matchAll(wordPattern), (match) =>
        match[0].toLowerCase().replaceAll('’', "'"),
      )
      if (words.length > 0) sentences.push({ start: from, end: to, words })
    }
    start = end
  }
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (character === '\n') {
      push(index)
      continue
    }
    if (character !== '.' && character !== '?' && character !== '!') continue
    let end = index + 1
    while (end < text.length && closers.has(text[end]!)) end++
    if (text[end] !== ' ') continue
    const next = text[end + 1]
    if (next && /[\p{Lu}\p{N}"“‘']/u.test(next)) {
      push(end)
      index = end
    }
  }
  push(text.length)
  return sentences
}
