import { abbreviations } from '@copydesk/lexicon'
import { subjectIntroWords } from '../lexicon/clause-words.js'
import { phraseDeterminers } from '../lexicon/determiners.js'
import {
  innerConnectors,
  phraseBreakers,
  quantifierPronouns,
} from '../lexicon/noun-phrase-words.js'
import { organisationNouns, personNouns } from '../lexicon/nouns.js'
import { hearerWords, subjectPronouns } from '../lexicon/pronouns.js'
import {
  abbreviates,
  acronymLetters,
  maxAcronymNameWords,
  maxInnerLowerWords,
} from '../names/acronym-name.js'
import type { Token } from './cue-tokens.js'

/** A token range `[from, to)`. */
export interface TokenRange {
  from: number
  to: number
}

/** A capitalised word after another inside a name ("Elizabeth May", "Theresa May"). */
function inNameRun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  const before = tokens[index - 1]
  // First names that are also function words: "Will Young", "May Chen".
  if (
    token.capitalised &&
    (token.lower === 'will' || token.lower === 'may') &&
    tokens[index + 1]?.capitalised
  ) {
    return true
  }
  return (
    token.capitalised &&
    before?.capitalised === true &&
    before.region < 0 &&
    !phraseBreakers.has(before.lower)
  )
}

function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && /['’]s$/.test(token.text)
}

function isVerbLike(token: Token): boolean {
  if (token.capitalised || token.text.includes('-')) return false
  const lower = token.lower
  return (
    (lower.endsWith('ing') && lower.length > 5) ||
    (lower.endsWith('ly') && lower.length > 4) ||
    (lower.endsWith('ed') && lower.length > 4)
  )
}

/** Whether a word can sit inside the speaker's noun phrase. */
function isPhraseWord(token: Token, before?: Token): boolean {
  if (!token.word || token.region >= 0) return false
  // "the union's Friday release": a day after a possessive modifies the noun after it.
  if (phraseBreakers.has(token.lower) && !(token.capitalised && isPossessive(before))) return false
  if (!token.capitalised && hearerWords.has(token.lower)) return false
  return !isVerbLike(token)
}

export function isTitleDot(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  const before = tokens[index - 1]
  return (
    token?.text === '.' &&
    before !== undefined &&
    before.word &&
    (abbreviations.has(before.lower) ||
      (before.text.length === 1 && before.capitalised) ||
      /^\p{Lu}[\p{L}]*[.-]\p{Lu}/u.test(before.text))
  )
}

function trimConnectors(tokens: readonly Token[], range: TokenRange): TokenRange | undefined {
  const trimmed = trimStart(tokens, range)
  if (!trimmed) return undefined
  const { from } = trimmed
  let { to } = trimmed
  while (to > from && innerConnectors.has((tokens[to - 1] as Token).lower)) to--
  while (
    to > from &&
    !(tokens[to - 1] as Token).word &&
    !isTitleDot(tokens, to - 1) &&
    !closesAcronym(tokens, to - 1, from)
  )
    to--
  return to > from ? { from, to } : undefined
}

/** A ")" closing "(AP)" inside the phrase: "a reporter for the Associated Press (AP)". */
function closesAcronym(tokens: readonly Token[], index: number, from: number): boolean {
  return tokens[index]?.text === ')' && index - 2 > from && tokens[index - 2]?.text === '('
}

/**
 * The speaker phrase ending at token `head` (the word right before the verb), read backwards:
 * "Brig. Gen. Talal Ali Selo, the spokesman for the SDF", "The Turkish army", "he".
 */
export function phraseBefore(
  tokens: readonly Token[],
  head: number,
  floor: number,
): TokenRange | undefined {
  const bracketed = skipBracketBack(tokens, head, floor)
  if (bracketed !== head) {
    // "Raqqa is Being Slaughtered Silently (RSS) said": the acronym carries the name across "is".
    const named = acronymNameStart(tokens, bracketed + 1, floor)
    const phrase = phraseBefore(tokens, named ?? bracketed, floor)
    return phrase ? { from: phrase.from, to: head + 1 } : undefined
  }
  const last = tokens[head]
  if (!last || head < floor || !last.word || last.region >= 0) return undefined
  if (subjectPronouns.has(last.lower)) return { from: head, to: head + 1 }
  if (last.lower === 'and' || last.lower === 'or') return undefined
  if (phraseDeterminers.has(last.lower) || !(isPhraseWord(last) || inNameRun(tokens, head)))
    return undefined
  let index = head - 1
  let count = 1
  while (index >= floor && count < 12) {
    const token = tokens[index] as Token
    if (isTitleDot(tokens, index)) {
      index--
      continue
    }
    if (!token.word) {
      if (token.text === '&') {
        index--
        continue
      }
      // "the Department of Defense's (DoD) news service"
      const opening = skipBracketBack(tokens, index, floor)
      if (opening !== index && tokens[opening]?.word) {
        index = opening
        continue
      }
      break
    }
    if (token.lower === 'and') {
      const before = tokens[index - 1]
      const after = tokens[index + 1]
      if (!(before?.capitalised && after?.capitalised)) break
    } else if (qualifiesPerson(tokens, index)) {
      // "a person familiar with the talks", "sources close to the minister"
    } else if (token.lower === 'in') {
      // "militia groups in Syria said", "Many in Raqqa say": a place after a plural noun or a
      // quantifier standing for people.
      const before = tokens[index - 1]
      const after = tokens[index + 1]
      const plural = before?.word === true && !before.capitalised && before.lower.endsWith('s')
      if (!(after?.capitalised && (plural || quantifierPronouns.has(before?.lower ?? '')))) break
    } else if (
      !phraseDeterminers.has(token.lower) &&
      !isPhraseWord(token) &&
      !inNameRun(tokens, index) &&
      !modifiesRole(tokens, index)
    ) {
      break
    }
    if (subjectPronouns.has(token.lower)) break
    count++
    index--
  }
  let from = index + 1
  // An appositive: "Talal Ali Selo, the spokesman for the SDF" → take the name before the comma.
  const first = tokens[from]
  if (
    first &&
    (phraseDeterminers.has(first.lower) || !first.capitalised) &&
    tokens[from - 1]?.text === ','
  ) {
    let nameFrom = from - 1
    let index2 = from - 2
    while (index2 >= floor) {
      const token = tokens[index2] as Token
      if (
        (token.word && token.capitalised && !phraseBreakers.has(token.lower)) ||
        isTitleDot(tokens, index2)
      ) {
        nameFrom = index2
        index2--
      } else if (
        token.word &&
        innerConnectors.has(token.lower) &&
        tokens[index2 - 1]?.capitalised
      ) {
        index2--
      } else {
        break
      }
    }
    const opener = tokens[nameFrom - 1]
    if (nameFrom < from - 1 && (!opener || nameFrom === floor || !opener.word)) from = nameFrom
  }
  return trimConnectors(tokens, { from, to: head + 1 })
}

/**
 * "managing director", "acting president", "retired general", "the monitoring group": an -ing or
 * -ed word right before a role or organisation noun is part of the phrase, not a verb.
 */
function modifiesRole(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  const next = tokens[index + 1]
  return (
    token.word &&
    token.region < 0 &&
    !phraseBreakers.has(token.lower) &&
    next?.word === true &&
    !next.capitalised &&
    (personNouns.has(next.lower) || organisationNouns.has(next.lower))
  )
}

/** "with" after "familiar", "to" after "close": the phrase goes on to what the source knows. */
function qualifiesPerson(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  const before = tokens[index - 1]?.lower
  return (
    (token.lower === 'with' && before === 'familiar') ||
    (token.lower === 'to' && before === 'close')
  )
}

/** Step back over a bracketed acronym ending at `head`: "the Syrian Democratic Forces (SDF)". */
function skipBracketBack(tokens: readonly Token[], head: number, floor: number): number {
  if (tokens[head]?.text !== ')') return head
  for (let index = head - 1; index >= floor && head - index <= 4; index--) {
    const token = tokens[index] as Token
    if (token.text === '(') return index - 1
    if (!token.word) return head
  }
  return head
}

/** The speaker phrase starting at token `start`, read forwards: `said [the bow-tied maverick]`. */
export function phraseAfter(
  tokens: readonly Token[],
  start: number,
  ceiling: number,
  opensSentence = false,
): TokenRange | undefined {
  const first = tokens[start]
  if (!first || start >= ceiling || !first.word || first.region >= 0) return undefined
  if (subjectPronouns.has(first.lower)) return { from: start, to: start + 1 }
  let index = start
  while (index < ceiling && index - start < 12) {
    const token = tokens[index] as Token
    if (isTitleDot(tokens, index)) {
      index++
      continue
    }
    if (!token.word) {
      if (token.text === '&') {
        index++
        continue
      }
      if (
        token.text === '(' &&
        index > start &&
        tokens[index + 2]?.text === ')' &&
        tokens[index + 1]?.word
      ) {
        index += 3
        continue
      }
      break
    }
    if (token.lower === 'and') {
      // "oil and gas worker", "Smith and Jones", not "the SMMT and sales have…"
      const next = tokens[index + 1]
      const previous = tokens[index - 1]
      if (!next?.word || phraseBreakers.has(next.lower)) break
      if (!next.capitalised && previous?.capitalised) break
    } else if (index > start && qualifiesPerson(tokens, index)) {
      // "according to a person familiar with the talks", "sources close to the minister"
    } else if (
      !phraseDeterminers.has(token.lower) &&
      !isPhraseWord(token, tokens[index - 1]) &&
      !modifiesRole(tokens, index)
    ) {
      // "according to the activist group Raqqa is Being Slaughtered Silently (RSS)"
      const named = acronymNameEnd(tokens, start, index, ceiling)
      if (named !== undefined) return trimStart(tokens, { from: start, to: named })
      break
    }
    if (index > start && subjectPronouns.has(token.lower)) break
    index++
  }
  let to = index
  // "says Campbell's partner, Jason Louth." / "said Talal Ali Selo, the spokesman for the SDF."
  if (tokens[to]?.text === ',' && to > start) {
    let next = to + 1
    let labelled = false
    while (next < ceiling && next - to < 10) {
      const token = tokens[next] as Token
      if (isTitleDot(tokens, next)) {
        next++
        // "said Sen. Richard Blumenthal, D-Conn. Schumer, he said": a party-state label's full
        // stop before a capitalised word ends the sentence.
        if (partyState.test(tokens[next - 2]?.text ?? '') && tokens[next]?.capitalised) {
          labelled = true
          break
        }
        continue
      }
      if (!token.word || token.region >= 0) break
      // "the Meteorology, Climatology and Geophysics Agency": one name listing its fields.
      const joinsNames =
        token.lower === 'and' && tokens[next - 1]?.capitalised && tokens[next + 1]?.capitalised
      if (
        !(
          joinsNames ||
          token.capitalised ||
          phraseDeterminers.has(token.lower) ||
          isPhraseWord(token)
        )
      )
        break
      next++
    }
    const closing = tokens[next]
    // "said Talal Ali Selo, the SDF (Syrian Democratic Forces) spokesman"; but at the start of a
    // sentence ("According to the statement, the SDF (…) established") a clause follows the comma.
    const bracketed = !opensSentence && closing?.text === '(' && tokens[next - 1]?.capitalised
    if (
      next > to + 1 &&
      (labelled || next >= ceiling || closing?.text === '.' || closing?.text === ',' || bracketed)
    )
      to = next
  }
  return trimConnectors(tokens, { from: start, to })
}

/**
 * The first token of the name a bracketed acronym abbreviates, reading back from its "(" at
 * `open` across at most two lower-case words in a row: "Raqqa is Being Slaughtered Silently
 * (RSS)" → the index of "Raqqa". `undefined` when the acronym spells no such name.
 */
export function acronymNameStart(
  tokens: readonly Token[],
  open: number,
  floor: number,
): number | undefined {
  const acronym = tokens[open + 1]
  if (tokens[open]?.text !== '(' || !acronym?.word || tokens[open + 2]?.text !== ')')
    return undefined
  const letters = acronymLetters(acronym.text)
  if (!letters) return undefined
  let found: number | undefined
  let lowerRun = 0
  for (let index = open - 1; index >= floor && open - index <= maxAcronymNameWords; index--) {
    const token = tokens[index] as Token
    if (!token.word || token.region >= 0) break
    if (!token.capitalised) {
      lowerRun++
      if (lowerRun > maxInnerLowerWords) break
      continue
    }
    lowerRun = 0
    const words = tokens.slice(index, open)
    const lowered = words.map((word) => word.lower)
    if (
      abbreviates(
        letters,
        lowered,
        words.map((word) => word.capitalised),
      )
    )
      found = index
  }
  return found
}

/**
 * Where a name that a phrase read forwards broke off at the lower-case word `stop` goes on to,
 * when a bracketed acronym after it confirms it: the index after its ")".
 */
function acronymNameEnd(
  tokens: readonly Token[],
  start: number,
  stop: number,
  ceiling: number,
): number | undefined {
  if (!tokens[stop]?.word || tokens[stop - 1]?.capitalised !== true) return undefined
  for (let index = stop; index < ceiling && index - stop <= maxAcronymNameWords; index++) {
    const token = tokens[index] as Token
    if (token.word) continue
    if (token.text !== '(' || index + 3 > ceiling) return undefined
    const nameStart = acronymNameStart(tokens, index, start)
    return nameStart !== undefined && nameStart < stop ? index + 3 : undefined
  }
  return undefined
}

function trimStart(tokens: readonly Token[], range: TokenRange): TokenRange | undefined {
  let { from } = range
  while (from < range.to && !(tokens[from] as Token).word) from++
  while (from < range.to && innerConnectors.has((tokens[from] as Token).lower)) from++
  return from < range.to ? { from, to: range.to } : undefined
}

// "D-Conn", "R-Texas", "I-Vt": a US legislator's party and state.
const partyState = /^[DRI]-\p{Lu}[\p{L}.]{1,14}$/u

/** Skip the hearer after "told": `told [CNN]`, `told [a news conference]`, `told [reporters]`. */
export function skipHearer(tokens: readonly Token[], start: number, ceiling: number): number {
  const first = tokens[start]
  if (!first?.word || first.region >= 0) return start
  if (hearerWords.has(first.lower)) return start + 1
  let index = start
  if (first.capitalised) {
    while (index < ceiling) {
      const token = tokens[index] as Token
      if (
        (token.word && (token.capitalised || innerConnectors.has(token.lower))) ||
        isTitleDot(tokens, index)
      )
        index++
      else break
    }
    return index
  }
  if (phraseDeterminers.has(first.lower)) {
    index++
    while (index < ceiling && index - start < 5) {
      const token = tokens[index] as Token
      if (subjectPronouns.has(token.lower)) break
      if (token.word && token.region < 0 && (token.capitalised || isPhraseWord(token))) index++
      else break
    }
    return index
  }
  return start
}

/**
 * The subject at the start of a sentence, for a cue with no subject of its own ("Hua Chunying
 * shot back, saying…"): the phrase up to the first verb-like word, cut after its last capitalised
 * word when it has one.
 */
export function sentenceSubject(
  tokens: readonly Token[],
  from: number,
  to: number,
): TokenRange | undefined {
  // "In an interview on Monday, Mike Pompeo praised…": skip an opening adjunct up to its comma.
  let start = from
  const first = tokens[from]
  if (first && subjectIntroWords.has(first.lower)) {
    for (let index = from + 1; index < to && index < from + 16; index++) {
      if ((tokens[index] as Token).text === ',') {
        start = index + 1
        break
      }
    }
  }
  const phrase = phraseAfter(tokens, start, to)
  // "MIRAMICHI, N.B. — Prime Minister…": a dateline, not a subject.
  if (!phrase || !tokens[phrase.to]?.word) return undefined
  let lastCapitalised = -1
  for (let index = phrase.from; index < phrase.to; index++) {
    const token = tokens[index] as Token
    if (token.capitalised || subjectPronouns.has(token.lower)) lastCapitalised = index
  }
  if (lastCapitalised > phrase.from) return { from: phrase.from, to: lastCapitalised + 1 }
  return phrase.to - phrase.from <= 4 ? phrase : undefined
}
