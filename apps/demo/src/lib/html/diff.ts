import { html, type SafeHtml } from './escape.js'

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu
const maxWords = 600

interface Word {
  start: number
  end: number
  key: string
}

/**
 * Renders two versions of a passage side by side: the words they share plain, the words only one
 * of them has marked (`<ins class="only">`), from a longest-common-subsequence over normalised
 * words (curly and straight apostrophes, case ignored). Passages over 600 words are shown unmarked.
 *
 * @example
 *   const [left, right] = sideBySide('He said Sunday.', 'He said on Sunday.')
 */
export function sideBySide(a: string, b: string): [SafeHtml, SafeHtml] {
  const wordsA = words(a)
  const wordsB = words(b)
  if (wordsA.length > maxWords || wordsB.length > maxWords) return [html`${a}`, html`${b}`]
  const [sharedA, sharedB] = commonWords(wordsA, wordsB)
  return [markOnly(a, wordsA, sharedA), markOnly(b, wordsB, sharedB)]
}

function words(text: string): Word[] {
  return Array.from(text.matchAll(wordPattern), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    key: match[0].toLowerCase().replace('’', "'"),
  }))
}

function commonWords(a: Word[], b: Word[]): [Set<number>, Set<number>] {
  const columns = b.length + 1
  const table = new Uint16Array((a.length + 1) * columns)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * columns + j] =
        a[i]!.key === b[j]!.key
          ? table[(i + 1) * columns + j + 1]! + 1
          : Math.max(table[(i + 1) * columns + j]!, table[i * columns + j + 1]!)
    }
  }
  const sharedA = new Set<number>()
  const sharedB = new Set<number>()
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i]!.key === b[j]!.key) {
      sharedA.add(i++)
      sharedB.add(j++)
    } else if (table[(i + 1) * columns + j]! >= table[i * columns + j + 1]!) i++
    else j++
  }
  return [sharedA, sharedB]
}

function markOnly(text: string, list: Word[], shared: Set<number>): SafeHtml {
  const pieces: SafeHtml[] = []
  let at = 0
  list.forEach((word, index) => {
    if (shared.has(index)) return
    pieces.push(
      html`${text.slice(at, word.start)}<ins class="only">${text.slice(word.start, word.end)}</ins>`,
    )
    at = word.end
  })
  pieces.push(html`${text.slice(at)}`)
  return html`${pieces}`
}
