import { indefiniteDeterminers, mentionDeterminers } from '../lexicon/determiners.js'
import { groupLinks, mentionBreakers } from '../lexicon/mention-words.js'
import { monthSurnames } from '../lexicon/name-words.js'
import { quantifierPronouns } from '../lexicon/noun-phrase-words.js'
import { documentNouns, organisationNouns, personNouns, roleModifiers } from '../lexicon/nouns.js'
import { type PronounInfo, pronouns } from '../lexicon/pronouns.js'
import { capitalisedRuns, followsArticle, type NamePhrase, readNamePhrase } from './name-phrase.js'
import { type Token, tokenizeNames } from './name-tokens.js'
import { singularOf } from './singular-of.js'

/** What a speaker mention is, before it is resolved against the document. */
export type MentionReading =
  | { type: 'pronoun'; pronoun: PronounInfo }
  | { type: 'name'; phrase: NamePhrase; role?: string; roleNouns: string[] }
  | { type: 'group'; text: string }
  | {
      type: 'description'
      /** The head noun, lower-cased: "general", "army", "statement". */
      head: string
      headClass: 'person' | 'organisation' | 'document' | 'other'
      plural: boolean
      /** A name inside the description: "The RCMP statement", "the Turkish army". */
      named?: NamePhrase
      /** The description as written, with a lower-case article: "the Turkish army". */
      text: string
      /** The description without its article: "spokesman for the SDF". */
      role: string
      /** Introduces someone new ("a spokesperson", "another player") rather than referring back. */
      indefinite: boolean
    }

/**
 * Read the speaker mention `text.slice(start, end)`: a pronoun, a (titled) name, a group of
 * names, or a description headed by a role, organisation or document noun.
 *
 * @example
 *   readMention(text, start, end) // "the spokesman" → {type: 'description', head: 'spokesman', …}
 */
export function readMention(text: string, start: number, end: number): MentionReading | undefined {
  const all = tokenizeNames(text, start, end)
  if (all.length === 0) return undefined
  const firstToken = all[0] as Token
  if (all.length === 1) {
    const pronoun = pronouns.get(firstToken.lower)
    if (pronoun) return { type: 'pronoun', pronoun }
  }
  // ", the spokesman for the SDF," after the name: an appositive role. A comma between
  // adjectives ("the lanky, bespectacled professor") does not end the mention.
  // Searched within the mention only: `indexOf` from `start` would scan to the end of the text
  // for every mention (quadratic on a long line of cues without a comma).
  let comma = -1
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) === 44) {
      comma = index
      break
    }
  }
  let commaInName = false
  if (comma >= 0) {
    const before = all.filter((token) => token.end <= comma).at(-1)
    const after = all.find((token) => token.start > comma)
    const last = all.at(-1) as Token
    // "the Meteorology, Climatology and Geophysics Agency": one name with commas inside.
    const oneName = last.capitalised && organisationNouns.has(last.lower) && after?.capitalised
    commaInName = oneName === true
    if (
      oneName ||
      (before && !before.capitalised && !(after && mentionDeterminers.has(after.lower)))
    )
      comma = -1
  }
  const mainEnd = comma >= 0 ? comma : end
  const main = all.filter((token) => token.end <= mainEnd)
  if (main.length === 0) return undefined
  const appositive = comma >= 0 ? readAppositive(text, comma + 1, end) : undefined

  const last = main.at(-1) as Token
  // "Many in Raqqa", "Some of the protesters": a quantifier standing for people.
  if (quantifierPronouns.has(firstToken.lower) && groupLinks.has(main[1]?.lower ?? '')) {
    return { type: 'group', text: text.slice(start, mainEnd).trim() }
  }
  // "Out of the Cold program users", "Board members": a group named by its members.
  if (!last.capitalised && main.length > 1 && isPluralPersonNoun(last.lower)) {
    return { type: 'group', text: text.slice(start, mainEnd).trim() }
  }
  // "a statement released by the Prime Minister's Office": the description ends before its
  // participle; the document's author is found from there.
  const agent = main.findIndex(
    (token, index) =>
      index > 0 &&
      !token.capitalised &&
      token.lower.endsWith('ed') &&
      main[index + 1]?.lower === 'by' &&
      documentNouns.has((main[index - 1] as Token).lower),
  )
  if (agent > 0) {
    const described = main.slice(0, agent)
    return readDescription(
      text,
      described,
      described.length - 1,
      start,
      (described.at(-1) as Token).end,
    )
  }
  const headIndex = findHead(main)
  const head = main[headIndex] as Token
  const startsWithDeterminer = mentionDeterminers.has(firstToken.lower)
  // "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad", "One red-state Democrat, Montana Sen.
  // Jon Tester": a description, then the full name after the comma: the name is the speaker and
  // the description its role.
  if (comma >= 0) {
    const rest = all.filter((token) => token.start > comma)
    // "Roman, a resident of …" opens with the name itself.
    const opening = firstPerson(text, main)
    const mainHasName =
      opening !== undefined &&
      opening.start === firstToken.start &&
      !personNouns.has(opening.nameTokens.at(-1) as string)
    const named = rest[0]?.capitalised ? firstPerson(text, rest) : undefined
    if (named && named.nameTokens.length > 1 && !mainHasName) {
      return { type: 'name', phrase: named, role: text.slice(start, comma).trim(), roleNouns: [] }
    }
  }
  // "the Kentucky Republican": a capitalised head that is a role, not a name.
  const roleHead = startsWithDeterminer && last.capitalised && personNouns.has(last.lower)
  if (!head.capitalised || (startsWithDeterminer && !last.capitalised) || roleHead) {
    return readDescription(text, main, roleHead ? main.length - 1 : headIndex, start, mainEnd)
  }
  // "Smith and Jones", but not "the Meteorology, Climatology and Geophysics Agency".
  const organisationName = last.capitalised && organisationNouns.has(last.lower)
  if (
    !organisationName &&
    main.some((token) => token.lower === 'and') &&
    main.filter(isCapitalisedWord).length >= 2
  ) {
    return { type: 'group', text: text.slice(start, mainEnd).trim() }
  }
  if (commaInName) {
    const name = text.slice(firstToken.start, last.end)
    const phrase: NamePhrase = {
      kind: 'organisation',
      name: firstToken.lower === 'the' ? `the${name.slice(3)}` : name,
      nameTokens: main.map((token) => token.lower),
      roleNouns: [],
      start: firstToken.start,
      end: last.end,
    }
    return { type: 'name', phrase, roleNouns: [] }
  }
  const runs = capitalisedRuns(text, main)
  let phrase: NamePhrase | undefined
  for (const [index, run] of runs.entries()) {
    // "The Syrian Democratic Forces (SDF)": the bracketed acronym is the name's alias, not a name.
    if (phrase && isBracketedAlias(text, run, phrase)) continue
    phrase = ownedOffice(text, runs[index - 1], run) ?? readNamePhrase(text, run) ?? phrase
  }
  if (!phrase) {
    if (startsWithDeterminer) return readDescription(text, main, headIndex, start, mainEnd)
    // "CNN", "Reuters": a capitalised source that is no person's name — but "May said" after
    // "Elizabeth May" is the surname.
    const bare = text.slice(firstToken.start, last.end)
    const surname = main.length === 1 && monthSurnames.has(firstToken.lower)
    return {
      type: 'name',
      phrase: {
        kind: surname ? 'person' : 'organisation',
        name: bare,
        nameTokens: main.map((token) => token.lower),
        roleNouns: [],
        start: firstToken.start,
        end: last.end,
      },
      roleNouns: [],
    }
  }
  // "the activist group Raqqa is Being Slaughtered Silently", "economist Priya Raman": a
  // lower-case noun before the name says what it names.
  const phraseStart = phrase.start
  const before = main.filter((token) => token.end <= phraseStart)
  const noun = before.at(-1)
  if (noun && !noun.capitalised && organisationNouns.has(noun.lower) && phrase.kind === 'person') {
    phrase = { ...phrase, kind: 'organisation', roleNouns: [] }
    delete phrase.title
  }
  let role = appositive?.role
  if (!role && !phrase.role && noun && !noun.capitalised && personNouns.has(noun.lower)) {
    const first = before.findIndex((token) => !mentionDeterminers.has(token.lower))
    role = text.slice((before[first] as Token).start, noun.end)
  }
  return {
    type: 'name',
    phrase,
    ...(role ? { role } : {}),
    roleNouns: appositive ? [appositive.head] : [],
  }
}

/**
 * "the Prime Minister's Office", "the Premier's Office": a lone organisation noun after a
 * possessive name is one body with it, not a body called "Office".
 */
function ownedOffice(
  text: string,
  owner: Token[] | undefined,
  run: Token[],
): NamePhrase | undefined {
  const body = run[0] as Token
  const last = owner?.at(-1)
  if (!owner || !last?.possessive || run.length !== 1 || !organisationNouns.has(body.lower))
    return undefined
  if (!/^['’]s $/.test(text.slice(last.end, body.start))) return undefined
  const first = owner[0] as Token
  const article = followsArticle(text, first.start)
  const name = text.slice(first.start, body.end)
  return {
    kind: 'organisation',
    name: article ? `the ${name}` : name,
    nameTokens: [...owner, body].map((token) => token.lower),
    roleNouns: [],
    start: first.start,
    end: body.end,
  }
}

function isBracketedAlias(text: string, run: Token[], before: NamePhrase): boolean {
  const only = run[0] as Token
  return (
    run.length === 1 &&
    only.acronym &&
    before.kind === 'organisation' &&
    /^ ?\( ?$/.test(text.slice(before.end, only.start))
  )
}

function firstPerson(text: string, tokens: Token[]): NamePhrase | undefined {
  const [run] = capitalisedRuns(text, tokens)
  if (!run) return undefined
  const phrase = readNamePhrase(text, run)
  return phrase?.kind === 'person' ? phrase : undefined
}

function isPluralPersonNoun(word: string): boolean {
  return word.endsWith('s') && !word.endsWith('ss') && personNouns.has(word)
}

function isCapitalisedWord(token: Token): boolean {
  return token.capitalised && token.lower !== 'the'
}

// The head of "the 39-year-old founder of Studiocomix Press" is "founder": the last word before
// the first preposition.
function findHead(tokens: Token[]): number {
  let index = tokens.findIndex(
    (token, position) => position > 0 && mentionBreakers.has(token.lower),
  )
  if (index < 0) index = tokens.length
  return Math.max(0, index - 1)
}

function readDescription(
  text: string,
  tokens: Token[],
  headIndex: number,
  start: number,
  end: number,
): MentionReading {
  const head = tokens[headIndex] as Token
  const lower = head.lower
  const singular = singularOf(lower)
  let headClass: 'person' | 'organisation' | 'document' | 'other' = 'other'
  if (personNouns.has(lower) || personNouns.has(singular)) headClass = 'person'
  else if (organisationNouns.has(lower) || organisationNouns.has(singular))
    headClass = 'organisation'
  else if (documentNouns.has(lower) || documentNouns.has(singular)) headClass = 'document'
  const before = tokens.slice(0, headIndex)
  let named: NamePhrase | undefined
  for (const run of capitalisedRuns(text, before)) named = readNamePhrase(text, run) ?? named
  const first = tokens[0] as Token
  const withoutArticle = mentionDeterminers.has(first.lower) ? tokens.slice(1) : tokens
  const roleStart = withoutArticle[0]?.start ?? first.start
  const raw = text.slice(start, end).trim()
  return {
    type: 'description',
    head: lower,
    headClass,
    plural: lower !== singular,
    ...(named ? { named } : {}),
    text: first.lower === 'the' ? `the${raw.slice(first.end - first.start)}` : raw,
    role: text.slice(roleStart, end).trim(),
    indefinite: indefiniteDeterminers.has(first.lower),
  }
}

function readAppositive(
  text: string,
  start: number,
  end: number,
): { role: string; head: string } | undefined {
  const tokens = tokenizeNames(text, start, end)
  const first = tokens[0]
  if (!first) return undefined
  // ", the spokesman for the SDF" or ", director of research at the foundation".
  const article = mentionDeterminers.has(first.lower)
  if (!article && !personNouns.has(first.lower) && !roleModifiers.has(first.lower)) return undefined
  const stop = text.indexOf(',', start)
  const roleEnd = stop >= 0 && stop < end ? stop : end
  const words = tokens.filter((token) => token.end <= roleEnd)
  const head = words.find((token) => personNouns.has(token.lower))
  if (!head) return undefined
  const roleStart = article ? words[1] : first
  if (!roleStart) return undefined
  return { role: text.slice(roleStart.start, roleEnd).trim(), head: head.lower }
}
