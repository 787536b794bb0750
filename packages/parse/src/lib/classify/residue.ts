import {
  boilerplateFirstWords,
  boilerplateLines,
  boilerplatePrefixes,
  contributorEndings,
  creditOpeners,
  embedNouns,
  firstCueWord,
  highlightsFirstWords,
  highlightsHeadings,
  normaliseCue,
} from '../data/residue-cues.js'
import { fits, normaliseSpaces } from '../text/characters.js'
import { isCapitalised, lineWords } from '../text/words.js'

/** First letters of the credit openers, both cases. */
const creditInitials = new Set(
  creditOpeners.flatMap((opener) => [opener.charAt(0), opener.charAt(0).toUpperCase()]),
)

/**
 * Whether a paragraph is boilerplate: a known line (`Developing story - more
 * to come`, `Advertisement`), a known opener (`Sign up for…`, `©…`), or the
 * placeholder of an embed (a line of at most four words ending in a media
 * noun: `CNN Map`, `Interactive graphic`).
 *
 * @example
 *   isBoilerplate('CNN Map') // => true
 */
export function isBoilerplate(paragraph: string): boolean {
  if (!fits(paragraph, 200)) return false
  if (boilerplateFirstWords.has(firstCueWord(paragraph))) {
    const cue = normaliseCue(paragraph.length > 60 ? paragraph.slice(0, 60) : paragraph)
    if (fits(paragraph, 60) && boilerplateLines.has(cue)) return true
    if (boilerplatePrefixes.some((prefix) => cue.startsWith(prefix))) return true
  }
  // The placeholder an embed left: a short line ending in a media noun.
  if (!fits(paragraph, 60) || !embedNouns.has(lastWordOf(paragraph))) return false
  const words = lineWords(paragraph)
  const last = words[words.length - 1]
  if (
    words.length <= 4 &&
    last &&
    embedNouns.has(last.lower) &&
    !/[.!?:]$/.test(paragraph.trim())
  ) {
    return words.every((word) => isCapitalised(word.value) || word.value.length <= 3)
  }
  return false
}

/**
 * Whether a paragraph is the heading of a highlights box (`Story highlights`).
 *
 * @example
 *   isHighlightsHeading('Story highlights') // => true
 */
export function isHighlightsHeading(paragraph: string): boolean {
  return (
    fits(paragraph, 40) &&
    highlightsFirstWords.has(firstCueWord(paragraph).replace(/:$/, '')) &&
    highlightsHeadings.has(normaliseCue(paragraph).replace(/:$/, ''))
  )
}

function lastWordOf(paragraph: string): string {
  let end = paragraph.length
  while (end > 0 && !/[\p{L}\p{N}]/u.test(paragraph.charAt(end - 1))) end--
  let start = end
  while (start > 0 && /[\p{L}\p{N}]/u.test(paragraph.charAt(start - 1))) start--
  return paragraph.slice(start, end).toLowerCase()
}

/**
 * Read a contributor line and the names it gives: `CNN's Schams Elwazer and
 * Eyad Kourdi contributed to this report.`, or a wire credit line
 * `Reporting by Jane Doe in London; Editing by John Roe`.
 *
 * @example
 *   readContributors("CNN's Ann Lee and Bo Kim contributed to this report.") // => ['Ann Lee', 'Bo Kim']
 */
export function readContributors(paragraph: string): string[] | undefined {
  if (!fits(paragraph, 400)) return undefined
  // Screens: the ending names `contributed`, or the line opens with a credit such as `Reporting by`.
  if (paragraph.indexOf('ontributed', paragraph.length - 60) === -1) {
    if (!creditInitials.has(paragraph.charAt(0))) return undefined
    const head = paragraph.slice(0, 30).toLowerCase()
    if (!creditOpeners.some((opener) => head.startsWith(opener))) return undefined
  }
  const value = normaliseSpaces(paragraph).replace(/[.\s]+$/, '')
  const lower = value.toLowerCase()
  const ending = contributorEndings.find((candidate) => lower.endsWith(candidate))
  if (ending) {
    const names = splitNames(value.slice(0, value.length - ending.length))
    return names.length > 0 ? names : undefined
  }
  if (!creditOpeners.some((opener) => lower.startsWith(opener))) return undefined
  const names: string[] = []
  for (const clause of value.split(/[;|]/)) {
    const by = clause.toLowerCase().indexOf(' by ')
    if (by < 0) continue
    names.push(...splitNames(clause.slice(by + 4)))
  }
  return names.length > 0 ? names : undefined
}

function splitNames(list: string): string[] {
  const names: string[] = []
  for (const part of list.split(/,|;|\band\b|&/)) {
    let name = part.trim()
    // `CNN's Schams Elwazer`: drop the outlet's possessive.
    const possessive = name.search(/['’]s /)
    if (possessive > 0 && possessive < 30) name = name.slice(possessive + 3).trim()
    // `Jane Doe in London`, `John Roe from Kabul`.
    name = name.replace(/ (?:in|from|at) [\p{Lu}][\p{L}\p{M} .'’-]*$/u, '').trim()
    if (/^also$/i.test(name) || name === '') continue
    const words = lineWords(name)
    if (
      words.length === 0 ||
      words.length > 5 ||
      !words.every(
        (word) =>
          isCapitalised(word.value) || /^(?:de|van|von|da|al|bin|la|le|del|der)$/.test(word.value),
      )
    )
      continue
    names.push(name)
  }
  return names
}
