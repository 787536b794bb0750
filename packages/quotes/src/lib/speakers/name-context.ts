import { hearerCues, speechVerbs } from '../lexicon/cue-verbs.js'
import { articleWords } from '../lexicon/determiners.js'
import {
  photoCreditWords,
  prepositionsBeforeName,
  subjectVerbForms,
  subordinators,
} from '../lexicon/name-context-words.js'
import { organisationNouns, personNouns, roleModifiers } from '../lexicon/nouns.js'
import { bracketedAcronymAt } from '../names/acronym-name.js'
import type { NamePhrase } from './name-phrase.js'
import type { Token } from './name-tokens.js'

/**
 * What the text around a capitalised phrase says about it, read by the registry: a role before
 * or after the name, an acronym alias, a heading or caption line, and whether the name is its
 * clause's subject.
 */

/** A stretch of the text. */
export interface Range {
  start: number
  end: number
}

// "Sari, a teacher from Kuala, …", "Mr. Hawes": one name the text marks as a person's, by a title
// or an appositive role right after it.
export function markedAsPerson(text: string, phrase: NamePhrase): boolean {
  if (phrase.roleNouns.length === 0) return false
  return phrase.title !== undefined || text.charCodeAt(phrase.end) === 44 /* , */
}

// ", the spokesman for the SDF," after a name: the role, when its words name a person's role.
const appositive = new RegExp(
  `^,\\s+(?:${[...articleWords].join('|')})\\s+([^,.;:\\n"“”]{2,100})`,
  'i',
)

export function addAppositiveRole(text: string, phrase: NamePhrase): void {
  if (text.charCodeAt(phrase.end) !== 44 /* , */) return
  const match = appositive.exec(text.slice(phrase.end, phrase.end + 120))
  if (!match) return
  const description = (match[1] as string).trim()
  const words = description.toLowerCase().split(/\s+/)
  const head = words.find((word) => personNouns.has(word))
  if (!head) return
  phrase.role = phrase.role ?? description
  phrase.roleNouns.push(head)
  if (head.endsWith('woman')) phrase.gender = 'female'
  else if (head.endsWith('man') && head !== 'human') phrase.gender = 'male'
}

// "The Syrian Democratic Forces (SDF)", "the Department of Defense's (DoD)": the acronym becomes
// an alias, and the phrase names an organisation even without an organisation noun ("Export
// Development Canada (EDC)").
export function addAlias(text: string, phrase: NamePhrase): void {
  if (phrase.nameTokens.length < 2) return
  const alias = bracketedAcronymAt(text, phrase.end)
  if (!alias) return
  if (alias.replace(/[^\p{Lu}]/gu, '').length < 2) return
  phrase.alias = alias
  if (phrase.kind === 'person') {
    phrase.kind = 'organisation'
    delete phrase.role
    delete phrase.title
    phrase.roleNouns = []
  }
}

// Datelines and headings in capitals ("NEW YORK (AP) —", "OTTAWA —") and lines that hold nothing
// but the phrase ("Article Continued Below") are no speakers.
export function isHeading(text: string, run: Token[]): boolean {
  const first = run[0] as Token
  const last = run.at(-1) as Token
  if (
    (first.start === 0 || text.charCodeAt(first.start - 1) === 10) &&
    (last.end === text.length || /^[\s.:!]*(?:\n|$)/.test(text.slice(last.end, last.end + 4)))
  )
    return true
  const shouting = run.every((token) => token.text === token.text.toUpperCase())
  if (!shouting) return false
  if (run.length > 1) return true
  const before = text.charCodeAt(first.start - 1)
  return first.start === 0 || before === 10 || first.text.length > 6
}

// "WHL commissioner Ron Robison", "team spokeswoman Ana Ruiz": a lower-case role right before
// the name.
export function addRoleBefore(
  text: string,
  tokens: Token[],
  index: number,
  phrase: NamePhrase,
): void {
  let cursor = index - 1
  let end = phrase.start
  const roleTokens: Token[] = []
  while (cursor >= 0 && roleTokens.length < 6) {
    const token = tokens[cursor] as Token
    if (end - token.end !== 1 || text.charCodeAt(token.end) !== 32) break
    if (roleTokens.length === 0 ? !personNouns.has(token.lower) || token.capitalised : false) break
    const modifier =
      token.capitalised ||
      personNouns.has(token.lower) ||
      organisationNouns.has(token.lower) ||
      roleModifiers.has(token.lower)
    if (roleTokens.length > 0 && !modifier) break
    roleTokens.unshift(token)
    end = token.start
    cursor--
  }
  if (roleTokens.length === 0) return
  const head = roleTokens.at(-1) as Token
  const role = text.slice((roleTokens[0] as Token).start, head.end)
  if (!phrase.role) phrase.role = role
  phrase.roleNouns.push(head.lower)
  if (head.lower.endsWith('woman')) phrase.gender = 'female'
  else if (head.lower.endsWith('man')) phrase.gender = 'male'
}

// "…, Foster writes;", "Harold Adams, 76, recalls": a name right before a verb (an age between)
// is its clause's subject, wherever it stands.
const verbAfterName = new RegExp(
  `^(?:, \\d{1,3},)? (?:also )?(?:[a-z]{2,}(?:s|ed)|${subjectVerbForms.join('|')})\\b`,
)

function verbFollows(text: string, end: number): boolean {
  return verbAfterName.test(text.slice(end, end + 30))
}

// "… about Lucia Ferro, who like Marco Brandt was raised …": the person a relative clause
// describes is the subject of that clause — but not the one a speaker talks of ("said of Ray Lund,
// who …").
function relativeFollows(text: string, start: number, end: number): boolean {
  return (
    text.startsWith(', who ', end) && !topicBefore.test(text.slice(Math.max(0, start - 24), start))
  )
}

// "of ", "of 47-year-old ": the name is what someone speaks of.
const topicBefore = /\bof (?:[\p{L}\p{N}-]+ )?$/u

// "who like Montalban was born …", "a letter to Smith was sent": a name after a preposition is no
// subject, even right before a verb.
const prepositionBeforeName = new RegExp(`\\b(?:${prepositionsBeforeName.join('|')}) $`)

function prepositionBefore(text: string, start: number): boolean {
  return prepositionBeforeName.test(text.slice(Math.max(0, start - 10), start))
}

// "…, adds Al Basha.", "…,” said Jo Lee": a name right after a speech verb that follows a comma
// or a closing quote mark is its inverted subject ("Lee said Brexit …" is no inversion).
const wordBeforeName = /[,"”] ([a-z]+) $/

function speechVerbBefore(text: string, start: number): boolean {
  const form = wordBeforeName.exec(text.slice(Math.max(0, start - 18), start))?.[1]
  const lemma = form === undefined ? undefined : speechVerbs.get(form)
  // An inflected form ("adds", "said"), not "would tell", and no verb whose object is the hearer.
  return lemma !== undefined && form !== lemma && !hearerCues.has(lemma)
}

// Photo captions set in the text ("Benjamin Layne looks at a display of photos. (THE CANADIAN
// PRESS FILE PHOTO)") name people who are not part of the story's thread of speakers.
const photoCredit = new RegExp(
  `\\(\\s*[^()\\n]{0,80}\\b(?:${photoCreditWords.join('|')})\\b[^()\\n]{0,40}\\)\\s*$`,
  'i',
)

export function captionLines(text: string): Range[] {
  const captions: Range[] = []
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    // Only a line that ends with ")" can carry a credit: look at its last few characters only.
    let close = end - 1
    while (close > start && end - close < 4 && text.charCodeAt(close) !== 41 /* ) */) close--
    if (
      close > start &&
      text.charCodeAt(close) === 41 &&
      photoCredit.test(text.slice(Math.max(start, close - 140), end))
    ) {
      captions.push({ start, end })
    }
    start = end + 1
  }
  return captions
}

const letter = /\p{L}/u
const upperStart = /\p{Lu}/u

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return letter.test(text.charAt(index))
}

function opensSentence(text: string, start: number): boolean {
  let index = start - 1
  let words = 0
  while (index >= 0) {
    const code = text.charCodeAt(index)
    if (code === 32 || code === 160 || code === 9) {
      index--
      continue
    }
    if (code === 10 || code === 13) return true
    const char = text.charAt(index)
    if ('.!?”"'.includes(char)) return true
    // One capitalised word before the name ("But Green said", "For Espinos, …") still opens the
    // sentence — but not one that subordinates or contrasts it ("Although Trump has tweeted …",
    // "Unlike Al Mnajer, he …"): the main clause's subject comes later.
    if (words === 0 && isLetter(text, index)) {
      let wordStart = index
      while (wordStart > 0 && isLetter(text, wordStart - 1)) wordStart--
      if (!upperStart.test(text.charAt(wordStart))) return false
      if (subordinators.has(text.slice(wordStart, index + 1).toLowerCase())) return false
      words++
      index = wordStart - 1
      continue
    }
    return false
  }
  return true
}

/**
 * Whether the name at `[start, end)` is its clause's subject: it opens the sentence, a verb
 * follows it (and no preposition comes before), a relative clause describes it, or it is the
 * inverted subject of a speech verb.
 */
export function isSubject(text: string, start: number, end: number): boolean {
  return (
    opensSentence(text, start) ||
    (verbFollows(text, end) && !prepositionBefore(text, start)) ||
    relativeFollows(text, start, end) ||
    speechVerbBefore(text, start)
  )
}
