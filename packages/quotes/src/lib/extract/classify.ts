import { quotedNounDeterminers } from '../lexicon/determiners.js'
import { speechOpeners } from '../lexicon/pronouns.js'
import { titleFunctionWords, titleIntroducers } from '../lexicon/title-cues.js'

/** What a quoted stretch is: reported speech, a name or title, or a scare quote. */
export type QuotedClass = 'speech' | 'title' | 'scare'

/** What is known about where a quoted stretch sits. */
export interface QuotedContext {
  /** The quote is the whole sentence (only punctuation outside it). */
  wholeSentence?: boolean
  /** The quote sits in the content of an attribution ("X said the plan was 'dead'"). */
  attributed?: boolean
  /** The word right before the opening mark, lower case ("dubbed", "campaign"). */
  previousWord?: string
  /** The word before the opening mark is capitalised mid-sentence: a name ("ISIS 'capital'"). */
  previousCapitalised?: boolean
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const marks = /^[\s"'“”‘’„«»]+|[\s"'“”‘’„«»]+$/gu
const upperStart = /^[\p{Lu}\p{N}#@]/u
const terminalPunctuation = /[.?!…]/
/**
 * Decide whether a quoted stretch is speech or a name, title or scare quote. Names and titles
 * are short and capitalised word by word ("Euphrates Rage", "Face the Nation") or follow a
 * naming word (`dubbed "…"`, `the campaign "…"`); scare quotes are short fragments standing alone
 * in a sentence with no one reported as saying them ('capital', "overlap").
 *
 * @example
 *   classifyQuoted('"Euphrates Rage"') // 'title'
 *   classifyQuoted("'capital'") // 'scare'
 *   classifyQuoted('"We will win this fight."', {wholeSentence: true}) // 'speech'
 */
export function classifyQuoted(quoted: string, context: QuotedContext = {}): QuotedClass {
  const inner = quoted.replace(marks, '')
  const words = inner.match(wordPattern) ?? []
  const count = words.length
  const sentenceLike = terminalPunctuation.test(inner) || inner.includes(',')
  const capitalised =
    count > 0 &&
    upperStart.test(words[0] as string) &&
    !(count > 1 && speechOpeners.has((words[0] as string).toLowerCase())) &&
    words.every((word) => upperStart.test(word) || titleFunctionWords.has(word.toLowerCase()))
  if (context.previousWord && titleIntroducers.has(context.previousWord) && count <= 12) {
    return words.some((word) => upperStart.test(word)) ? 'title' : 'scare'
  }
  const ending = context.wholeSentence
    ? inner.replace(/,\s*$/, '')
    : inner.replace(/[.,;:]\s*$/, '')
  if (capitalised && count <= 6 && !/[.?!…]\s*$/.test(ending)) {
    if (!(context.wholeSentence && sentenceLike && count > 2)) return 'title'
  }
  if (
    context.attributed &&
    count <= 2 &&
    !capitalised &&
    !sentenceLike &&
    (context.previousCapitalised || quotedNounDeterminers.has(context.previousWord ?? ''))
  ) {
    return 'scare'
  }
  if (context.wholeSentence || context.attributed) return 'speech'
  // A full sentence in quotes ("It's about me.") is speech even when embedded.
  if (count >= 2 && upperStart.test(words[0] as string) && /[.?!…]$/.test(inner)) return 'speech'
  if (count <= 4) return capitalised ? 'title' : 'scare'
  return 'speech'
}
