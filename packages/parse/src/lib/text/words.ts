import { normaliseSpaces } from './characters.js'

/** A word of a short line, with the punctuation around it removed. */
export interface LineWord {
  /** The word as written, punctuation trimmed (`Raqqa`, `US-backed`, `ISIS'`). */
  value: string
  /** Lower-cased `value`. */
  lower: string
  /** The raw token, punctuation included (`Raqqa,`). */
  raw: string
}

const leading = new Set(['(', '"', "'", '“', '‘', '[', '«'])
const trailing = new Set([')', '"', "'", '”', '’', ']', ',', '.', ';', ':', '!', '?', '»', '…'])

function trimEdgePunctuation(raw: string): string {
  let start = 0
  let end = raw.length
  while (start < end && leading.has(raw.charAt(start))) start++
  while (end > start && trailing.has(raw.charAt(end - 1))) end--
  return raw.slice(start, end)
}

/**
 * Split a short line into words. Callers bound the input (lines are
 * classified from their first few hundred characters), so this is cheap.
 */
export function lineWords(value: string): LineWord[] {
  // Several classifiers look at the same paragraph in turn: remember the last answer.
  if (value === lastValue) return lastWords
  const words: LineWord[] = []
  for (const raw of normaliseSpaces(value).split(' ')) {
    if (raw === '') continue
    const trimmed = trimEdgePunctuation(raw)
    if (trimmed === '') continue
    words.push({ value: trimmed, lower: trimmed.toLowerCase(), raw })
  }
  lastValue = value
  lastWords = words
  return words
}

let lastValue: string | undefined
let lastWords: LineWord[] = []

/** Whether a word starts with an upper-case letter or a digit. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase() || (first >= '0' && first <= '9')
}

/** Whether all letters of a value are upper case (and it has at least two). */
export function isAllCaps(value: string): boolean {
  let letters = 0
  for (const char of value) {
    const lower = char.toLowerCase()
    const upper = char.toUpperCase()
    if (lower === upper) continue
    if (char !== upper) return false
    letters++
  }
  return letters >= 2
}
