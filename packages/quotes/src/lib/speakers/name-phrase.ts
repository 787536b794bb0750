import { companyNameEndings } from '../lexicon/company-words.js'
import { firstNameGenders } from '../lexicon/first-names.js'
import {
  demonyms,
  monthSurnames,
  nameConnectors,
  nameParticles,
  nonNameWords,
} from '../lexicon/name-words.js'
import { organisationNouns, personNouns } from '../lexicon/nouns.js'
import { honorificWords, rankModifiers, titles } from '../lexicon/titles.js'
import {
  abbreviates,
  acronymLetters,
  bracketedAcronymAt,
  maxAcronymNameWords,
} from '../names/acronym-name.js'
import type { Token } from './name-tokens.js'

/** A capitalised phrase read as a person (with title and role) or an organisation. */
export interface NamePhrase {
  kind: 'person' | 'organisation'
  /** The name alone: "Joseph Dunford", "the Syrian Democratic Forces". */
  name: string
  /** Lower-cased name tokens, used to match surnames and first names. */
  nameTokens: string[]
  /** A role written before the name: "Chairman of the US Joint Chiefs of Staff". */
  role?: string
  /** Honorific or rank written before the name: "Gen.", "Brig. Gen.", "Mr.". */
  title?: string
  /** Role nouns the title and role answer to ("general", "chairman"). */
  roleNouns: string[]
  gender?: 'male' | 'female'
  /** An acronym given in brackets after an organisation: "(SDF)". */
  alias?: string
  start: number
  end: number
}

/** Whether `token` can be part of a person's name. */
export function isNameToken(token: Token): boolean {
  if (!token.capitalised) return nameParticles.has(token.lower)
  if (nonNameWords.has(token.lower) || titles.has(token.lower) || token.acronym) return false
  if (organisationNouns.has(token.lower) || demonyms.has(token.lower)) return false
  if (isCompoundModifier(token)) return false
  return token.text.length > 1 || token.text.endsWith('.')
}

/**
 * Runs of capitalised tokens that sit next to each other on one line ("Chairman of the US Joint
 * Chiefs of Staff Gen. Joseph Dunford"): lower-case connectors and name particles are kept only
 * between capitalised words; a possessive ends a run.
 */
export function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  const flush = () => {
    while (run.length > 0 && !(run.at(-1) as Token).capitalised) run.pop()
    if (run.length > 0) runs.push(run)
    run = []
  }
  for (const token of tokens) {
    const previous = run.at(-1)
    if (
      previous &&
      !joinedBySpace(text, previous.end, token.start) &&
      !(
        previous.capitalised &&
        token.capitalised &&
        joinedByAmpersand(text, previous.end, token.start)
      )
    )
      flush()
    const last = run.at(-1)
    if (token.capitalised) {
      run.push(token)
    } else if (
      last !== undefined &&
      (nameConnectors.has(token.lower) || nameParticles.has(token.lower)) &&
      run.length < 12
    ) {
      run.push(token)
    } else {
      flush()
      continue
    }
    if (token.possessive) flush()
  }
  flush()
  return joinAcronymRuns(text, runs)
}

// " is ", " of the ": one or two lower-case words between two capitalised runs.
const lowerWordsGap = /^ \p{Ll}+(?: \p{Ll}+)? $/u

/**
 * "Raqqa is Being Slaughtered Silently (RSS)": runs split by lower-case words become one run when
 * the bracketed acronym after the last one abbreviates them all. Each run is looked at once, with
 * at most a few runs before it.
 */
function joinAcronymRuns(text: string, runs: Token[][]): Token[][] {
  if (runs.length < 2) return runs
  const joined: Token[][] = []
  for (const run of runs) {
    joined.push(run)
    const last = run.at(-1) as Token
    if (last.possessive || joined.length < 2) continue
    const acronym = bracketedAcronymAt(text, last.end)
    const letters = acronym ? acronymLetters(acronym) : undefined
    if (!letters) continue
    let merged = run
    let best: { at: number; run: Token[] } | undefined
    for (let at = joined.length - 2; at >= 0; at--) {
      const previous = joined[at] as Token[]
      const previousEnd = (previous.at(-1) as Token).end
      const gapEnd = (merged[0] as Token).start
      if (gapEnd - previousEnd > 24 || !lowerWordsGap.test(text.slice(previousEnd, gapEnd))) break
      merged = [...previous, ...merged]
      if (merged.length > maxAcronymNameWords) break
      if (spelledAs(text, merged, letters)) best = { at, run: merged }
    }
    if (best) joined.splice(best.at, joined.length - best.at, best.run)
  }
  return joined
}

function spelledAs(text: string, run: Token[], letters: string): boolean {
  const words = text
    .slice((run[0] as Token).start, (run.at(-1) as Token).end)
    .split(' ')
    .filter(Boolean)
  return abbreviates(
    letters,
    words.map((word) => word.toLowerCase()),
    words.map((word) => word[0] !== undefined && word[0] !== word[0].toLowerCase()),
  )
}

/**
 * Whether the bracketed acronym right after a run of two or more words spells it: "Families Are
 * Still Waiting (FASW)", "Raqqa is Being Slaughtered Silently (RSS)". Such a run names an
 * organisation, whatever its words.
 */
export function spelledByAcronymAfter(text: string, run: Token[]): boolean {
  const last = run.at(-1) as Token
  if (run.length < 2 || last.possessive) return false
  const acronym = bracketedAcronymAt(text, last.end)
  const letters = acronym ? acronymLetters(acronym) : undefined
  return letters !== undefined && spelledAs(text, run, letters)
}

// "Procter & Gamble", "Johnson & Johnson": one company name.
function joinedByAmpersand(text: string, from: number, to: number): boolean {
  return to - from === 3 && text.slice(from, to) === ' & '
}

function joinedBySpace(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false
  const gap = text.charCodeAt(from)
  return gap === 32 || gap === 160
}

/**
 * Read a run of capitalised tokens as a name with its title and role, or as an organisation.
 * Returns `undefined` when the run holds no name ("But", "Sunday").
 *
 * @example
 *   readNamePhrase(text, tokensOf('French Defense Minister Jean-Yves Le Drian'))
 *   // → {kind: 'person', name: 'Jean-Yves Le Drian', role: 'French Defense Minister', …}
 */
export function readNamePhrase(text: string, fullRun: Token[]): NamePhrase | undefined {
  const run = withoutTrailingDate(fullRun)
  let first = 0
  while (first < run.length && isOpener(run[first] as Token)) first++
  const tokens = run.slice(first)
  if (tokens.length === 0) return undefined
  const runStart = (run[0] as Token).start
  const hasArticle =
    (first > 0 && (run[first - 1] as Token).lower === 'the') ||
    (first === 0 && followsArticle(text, runStart))

  // The name is the longest tail of name tokens (at most five); a role word ("Leader", "Coach")
  // before a name is not part of it.
  let nameStart = tokens.length
  while (nameStart > 0 && tokens.length - nameStart < 5) {
    const token = tokens[nameStart - 1] as Token
    if (!isNameToken(token) && !isMonthSurname(tokens, nameStart - 1)) break
    if (nameStart < tokens.length && personNouns.has(token.lower)) break
    nameStart--
  }
  while (nameStart < tokens.length && !(tokens[nameStart] as Token).capitalised) nameStart++
  const nameTokens = tokens.slice(nameStart)
  const prefix = tokens.slice(0, nameStart)

  // "Suncor Energy", "United Technologies": a company, though every word could be a name.
  const companyName =
    nameTokens.length >= 2 &&
    (companyNameEndings.has((nameTokens.at(-1) as Token).lower) ||
      text.slice((nameTokens[0] as Token).start, (nameTokens.at(-1) as Token).end).includes(' & '))
  const hasOrganisationNoun =
    companyName || tokens.some((token) => organisationNouns.has(token.lower))
  const acronymNamed = spelledByAcronymAfter(text, fullRun)
  if (nameTokens.length > 0 && !companyName && !acronymNamed) {
    const titleAt = prefix.findLastIndex(
      (token) => titles.has(token.lower) || personNouns.has(token.lower),
    )
    if (titleAt >= 0 && titleAt === prefix.length - 1) return personPhrase(text, prefix, nameTokens)
    if (prefix.length === 0 && !hasOrganisationNoun) return personPhrase(text, prefix, nameTokens)
    // "US Ash Carter": a full name after words that are no title.
    if (nameTokens.length >= 2 && !organisationNouns.has((prefix.at(-1) as Token).lower))
      return personPhrase(text, [], nameTokens)
  }
  // "… of Colonial Realty": the company is the name itself, not the words before it.
  if (companyName && prefix.some((token) => !token.capitalised)) {
    const start = (nameTokens[0] as Token).start
    const end = (nameTokens.at(-1) as Token).end
    return {
      kind: 'organisation',
      name: text.slice(start, end),
      nameTokens: nameTokens.map((token) => token.lower),
      roleNouns: [],
      start,
      end,
    }
  }
  if (hasOrganisationNoun || acronymNamed || tokens.some((token) => token.acronym)) {
    const start = (tokens[0] as Token).start
    const end = (tokens.at(-1) as Token).end
    const bare = text.slice(start, end)
    return {
      kind: 'organisation',
      name: hasArticle ? `the ${bare}` : bare,
      nameTokens: tokens.map((token) => token.lower),
      roleNouns: [],
      start: hasArticle && first > 0 ? (run[first - 1] as Token).start : start,
      end,
    }
  }
  return undefined
}

/** Whether "the " stands right before `start`: "the Prime Minister's Office". */
export function followsArticle(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])the $/u.test(text.slice(Math.max(0, start - 5), start))
}

// "… of Harbourview Realty on Friday": a day or month joined by a connector ends the name before it.
function withoutTrailingDate(run: Token[]): Token[] {
  const last = run.at(-1)
  const connector = run.at(-2)
  if (
    run.length > 2 &&
    last !== undefined &&
    nonNameWords.has(last.lower) &&
    connector !== undefined &&
    !connector.capitalised
  )
    return run.slice(0, -2)
  return run
}

function isMonthSurname(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token
  const before = tokens[index - 1]
  return (
    index === tokens.length - 1 &&
    monthSurnames.has(token.lower) &&
    before !== undefined &&
    firstNameGenders.has(before.lower)
  )
}

function isOpener(token: Token): boolean {
  return nonNameWords.has(token.lower) || !token.capitalised || isCompoundModifier(token)
}

// "Eleven-year-old", "Calgary-based", "US-backed": a modifier, never a name ("Kim Jong-un" is).
const modifierEnding = /-(?:\p{Ll}+ed|based|born|old|run|made|style|wide|area|level|term|time)$/u

function isCompoundModifier(token: Token): boolean {
  return modifierEnding.test(token.text) || /\p{N}/u.test(token.text)
}

function personPhrase(text: string, prefix: Token[], nameTokens: Token[]): NamePhrase {
  const start = (nameTokens[0] as Token).start
  const end = (nameTokens.at(-1) as Token).end
  const phrase: NamePhrase = {
    kind: 'person',
    name: text.slice(start, end),
    nameTokens: nameTokens.map((token) => token.lower),
    roleNouns: [],
    start: prefix.length > 0 ? (prefix[0] as Token).start : start,
    end,
  }
  if (prefix.length === 0) return phrase
  // Honorifics and ranks right before the name are the title; what comes before them is the role.
  let titleStart = prefix.length
  while (titleStart > 0) {
    const token = prefix[titleStart - 1] as Token
    const isTitle = titles.has(token.lower)
    const isShortRank = isTitle && (token.text.endsWith('.') || isHonorificWord(token.lower))
    const joinsRank = titleStart < prefix.length && rankModifiers.has(token.lower)
    if (isShortRank || joinsRank) titleStart--
    else break
  }
  const rolePart = prefix.slice(0, titleStart)
  const titlePart = prefix.slice(titleStart)
  if (titlePart.length > 0) {
    phrase.title = text.slice((titlePart[0] as Token).start, (titlePart.at(-1) as Token).end)
  }
  if (rolePart.length > 0) {
    phrase.role = text.slice((rolePart[0] as Token).start, (rolePart.at(-1) as Token).end)
  }
  for (const token of prefix) {
    if (personNouns.has(token.lower)) phrase.roleNouns.push(token.lower)
    const info = titles.get(token.lower)
    if (!info) continue
    phrase.roleNouns.push(info.noun)
    if (info.gender) phrase.gender = info.gender
  }
  return phrase
}

function isHonorificWord(lower: string): boolean {
  return honorificWords.has(lower)
}
