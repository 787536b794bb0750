import { monthNumbers } from '@copydesk/lexicon'
import {
  captionLabels,
  captionVerbs,
  pictureModifiers,
  pictureNouns,
  reportingVerbs,
  strongCreditCues,
  weakCreditCues,
} from '../data/caption-cues.js'
import { fits, normaliseSpaces } from '../text/characters.js'
import { type LineWord, lineWords } from '../text/words.js'

/** Captions are short: a picture is described in a sentence or three. */
export const maxCaptionLength = 450

/**
 * Whether a paragraph reads as a photo caption, from cues in its own words:
 * an `In this (undated/file/…) photo` opener, a `Photo:` label, a strong credit
 * (`Getty Images`, `AP Photo`), or a weak credit (`provided to CNN by`) together
 * with a picture noun. See also `isDatedCaption` for the present-tense, dated kind.
 *
 * @example
 *   hasCaptionCue('In this undated photo, provided to CNN by RBSS, life goes on.') // => true
 */
export function hasCaptionCue(paragraph: string): boolean {
  if (paragraph.length > maxCaptionLength) return false
  if (captionLabelPattern.test(paragraph.slice(0, 12))) return true
  // Cheap screens first (indexOf on stems); the patterns and word checks run only when a cue may be there.
  const mayCredit = mayHaveCredit(paragraph)
  if (mayCredit && strongCreditPattern.test(paragraph)) return true
  const opensWithIn = inDeterminerPattern.test(paragraph)
  const weakCue = mayCredit && weakCreditPattern.test(paragraph)
  if (!opensWithIn && !weakCue) return false
  const words = lineWords(paragraph)
  if (opensWithIn && opensWithPicturePhrase(words)) return true
  return weakCue && words.some((word) => pictureNouns.has(word.lower))
}

/** `In this photo`, `In this undated handout image`, `In an aerial photo`. */
function opensWithPicturePhrase(words: LineWord[]): boolean {
  if (words[0]?.lower !== 'in') return false
  const determiner = words[1]?.lower
  if (determiner !== 'this' && determiner !== 'these' && determiner !== 'a' && determiner !== 'an')
    return false
  for (let index = 2; index < Math.min(words.length, 7); index++) {
    const word = words[index] as LineWord
    if (pictureNouns.has(word.lower)) return true
    if (!pictureModifiers.has(word.lower)) return false
  }
  return false
}

/** One case-insensitive alternation of literal phrases (no quantifiers: linear to match). */
function phrasePattern(phrases: readonly string[], atStart: boolean, wordStart: boolean): RegExp {
  const escaped = phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
  return new RegExp(`${atStart ? '^' : ''}${wordStart ? '\\b' : ''}(?:${escaped.join('|')})`, 'i')
}

/**
 * Stems, one of which every credit cue contains: one pass of this pattern
 * screens a paragraph before the longer cue patterns run.
 */
const creditStemPattern = /photo|pictur|provided|courtesy|handout|caption|getty|epa/i

function mayHaveCredit(paragraph: string): boolean {
  return creditStemPattern.test(paragraph)
}

/** `In this …`, `In a …`: the only openers a picture phrase can have. */
const inDeterminerPattern = /^in (?:this|these|an?) /i

const captionLabelPattern = phrasePattern(captionLabels, true, false)
const strongCreditPattern = phrasePattern(strongCreditCues, false, false)
const weakCreditPattern = phrasePattern(weakCreditCues, false, true)

/**
 * Whether a paragraph is a caption of the dated, present-tense kind:
 * its first sentence describes a scene in the present tense with a
 * caption verb near its start ("A man carries…", "Men look at…") and ends by
 * dating the picture ("…in Raqqa on August 7, 2013."), the date's year lying
 * before the article's own year when that is known. Reporting verbs
 * ("said", "told") rule it out.
 *
 * @example
 *   isDatedCaption('A man carries two children away in Raqqa on August 7, 2013.', 2016) // => true
 */
export function isDatedCaption(paragraph: string, referenceYear: number | undefined): boolean {
  if (paragraph.length > maxCaptionLength || !sentenceEndsWithYear.test(paragraph)) return false
  const sentence = firstSentence(normaliseSpaces(paragraph))
  const words = lineWords(sentence)
  if (words.length < 4 || words.length > 60) return false
  if (words.some((word) => reportingVerbs.has(word.lower))) return false
  const year = trailingDateYear(words)
  if (year === undefined) return false
  if (referenceYear !== undefined && year >= referenceYear) return false
  return hasCaptionVerb(words)
}

/**
 * Whether a short single-sentence paragraph describes a scene in the present
 * tense ("The flag flutters over a building in Raqqa, Syria."): the kind of
 * sentence that, standing before the article's lead, is the lead picture's caption.
 *
 * @example
 *   isDescriptiveSentence('A flag flutters over a building in Raqqa.') // => true
 */
export function isDescriptiveSentence(paragraph: string): boolean {
  if (!fits(paragraph, 250)) return false
  const value = normaliseSpaces(paragraph)
  const sentence = firstSentence(value)
  if (sentence.length < value.length - 1 || !/[.]["”’]?$/.test(value)) return false
  const words = lineWords(sentence)
  if (words.length < 3 || words.some((word) => reportingVerbs.has(word.lower))) return false
  return hasCaptionVerb(words)
}

/** Screen: some sentence ends with a four-digit year (`…on August 7, 2013.`). */
const sentenceEndsWithYear = /\d{4}[.!?]["”’]?(?:\s|$)/

function firstSentence(value: string): string {
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index)
    if (
      (char === '.' || char === '!' || char === '?') &&
      (index === value.length - 1 || value.charAt(index + 1) === ' ')
    ) {
      // `Gen.`, `U.S.`, `St.`: a capital-led short token is an abbreviation.
      const tokenStart = value.lastIndexOf(' ', index) + 1
      const token = value.slice(tokenStart, index)
      if (char === '.' && token.length <= 3 && /^[A-Z]/.test(token) && index < value.length - 1)
        continue
      return value.slice(0, index + 1)
    }
  }
  return value
}

/** The year of a date that ends the sentence: `on August 7, 2013.`, `in November 2015.`, `in 2013.` */
function trailingDateYear(words: LineWord[]): number | undefined {
  const last = words[words.length - 1]
  if (!last || !/^\d{4}$/.test(last.value)) return undefined
  const year = Number(last.value)
  const before = words[words.length - 2]
  const beforeThat = words[words.length - 3]
  if (before && monthNumbers.has(before.lower)) return year
  if (before && /^\d{1,2}$/.test(before.value) && beforeThat && monthNumbers.has(beforeThat.lower))
    return year
  if (before && (before.lower === 'in' || before.lower === 'on')) return year
  return undefined
}

function hasCaptionVerb(words: LineWord[]): boolean {
  // The verb follows a short subject: look at words two to eight.
  for (let index = 1; index < Math.min(words.length, 8); index++) {
    const word = words[index] as LineWord
    if (word.value !== word.lower) continue
    if (captionVerbs.has(word.lower) || captionVerbs.has(baseForm(word.lower))) return true
  }
  return false
}

function baseForm(verb: string): string {
  if (verb.endsWith('ies')) return `${verb.slice(0, -3)}y`
  if (
    verb.endsWith('ches') ||
    verb.endsWith('shes') ||
    verb.endsWith('sses') ||
    verb.endsWith('xes')
  )
    return verb.slice(0, -2)
  if (verb.endsWith('s')) return verb.slice(0, -1)
  return verb
}
