import { companyNameEndings } from '../lexicon/company-words.js'
import { hearerCues, speechVerbs } from '../lexicon/cue-verbs.js'
import { firstNameGenders } from '../lexicon/first-names.js'
import { nameParticles } from '../lexicon/name-words.js'
import { organisationNouns, personNouns, roleModifiers } from '../lexicon/nouns.js'
import { genderedPronouns } from '../lexicon/pronouns.js'
import { bracketedAcronymAt } from '../names/acronym-name.js'
import { capitalisedRuns, type NamePhrase, readNamePhrase } from './name-phrase.js'
import { type Token, tokenizeNames } from './name-tokens.js'

/** A person or organisation the document talks about. */
export interface Entity {
  kind: 'person' | 'organisation'
  /** The fullest form of the name seen in the document. */
  name: string
  tokens: string[]
  role?: string
  title?: string
  /** Role nouns the entity answers to ("general", "spokesman", "minister"). */
  roleNouns: Set<string>
  male: number
  female: number
  /** Lower-cased short names ("sdf" for "the Syrian Democratic Forces (SDF)"). */
  aliases: Set<string>
  firstSeen: number
  /** How often the text names it outside quotes. */
  mentions: number
  /** Named as the speaker of a quote. */
  speaks: boolean
}

/** One place the text names an entity, outside quoted speech. */
export interface EntityMention {
  start: number
  end: number
  entity: Entity
  /** Opens its sentence: the likeliest antecedent of a later pronoun. */
  subject: boolean
}

/** What the text around the quotes says about people and organisations. */
export interface Registry {
  entities: Entity[]
  /** Mentions in text order. */
  timeline: EntityMention[]
  /** Entities by name key or alias. */
  byName: Map<string, Entity[]>
  /** People by the first or last words of their names ("dunford", "talal", "ali selo"). */
  byPart: Map<string, Entity[]>
}

// The lower-case words the document scan needs: connectors inside names, name particles,
// gendered pronouns and the role words before a name. Every other lower-case word is skipped.
const scannedWords: ReadonlySet<string> = new Set([
  'of',
  'the',
  'for',
  'and',
  'on',
  'a',
  'an',
  ...nameParticles,
  ...genderedPronouns.keys(),
  ...personNouns,
  ...organisationNouns,
  ...roleModifiers,
])

interface Range {
  start: number
  end: number
}

/**
 * Read every capitalised phrase outside quoted speech once, build the document's people and
 * organisations with their titles, roles, aliases and gender evidence, and list where each is
 * mentioned. Cost is linear in the text.
 */
export function buildRegistry(text: string, quoted: Range[], speakerMentions: Range[]): Registry {
  const tokens = tokenizeNames(text, 0, text.length, scannedWords)
  const outside = outsideRanges(tokens, quoted)
  const phrases: NamePhrase[] = []
  let tokenIndex = 0
  const captions = captionLines(text)
  let caption = 0
  for (const run of capitalisedRuns(text, outside)) {
    if (isHeading(text, run)) continue
    const runStart = (run[0] as Token).start
    while (caption < captions.length && (captions[caption] as Range).end <= runStart) caption++
    if (captions[caption] && (captions[caption] as Range).start <= runStart) continue
    const phrase = readNamePhrase(text, run)
    if (!phrase) continue
    addAlias(text, phrase)
    if (phrase.kind === 'person') {
      while (tokenIndex < outside.length && (outside[tokenIndex] as Token).start < phrase.start)
        tokenIndex++
      addRoleBefore(text, outside, tokenIndex, phrase)
      addAppositiveRole(text, phrase)
    }
    phrases.push(phrase)
  }

  const entities: Entity[] = []
  const timeline: EntityMention[] = []
  const registry: Registry = { entities, timeline, byName: new Map(), byPart: new Map() }
  const byKey = new Map<string, Entity>()
  const register = (phrase: NamePhrase): Entity => {
    const key = `${phrase.kind}:${nameKey(phrase.nameTokens)}`
    let entity = byKey.get(key)
    if (!entity) {
      entity = {
        kind: phrase.kind,
        name: phrase.name,
        tokens: phrase.nameTokens,
        roleNouns: new Set(),
        male: 0,
        female: 0,
        aliases: new Set(),
        firstSeen: phrase.start,
        mentions: 0,
        speaks: false,
      }
      // A common given name is a prior; the document's own pronouns can outvote it.
      const given =
        entity.kind === 'person' && entity.tokens.length > 1 ? entity.tokens[0] : undefined
      const prior = given ? firstNameGenders.get(given) : undefined
      if (prior === 'male') entity.male += 1.5
      if (prior === 'female') entity.female += 1.5
      entities.push(entity)
      byKey.set(key, entity)
      addTo(registry.byName, nameKey(entity.tokens), entity)
      const initials = initialsOf(phrase)
      if (initials) addTo(registry.byName, initials, entity)
      if (entity.kind === 'organisation' && entity.tokens.length > 1) {
        addTo(registry.byPart, nameKey(entity.tokens.slice(0, 1)), entity)
      }
      if (entity.kind === 'person') {
        for (let size = 1; size < entity.tokens.length; size++) {
          addTo(registry.byPart, entity.tokens.slice(-size).join(' '), entity)
          addTo(registry.byPart, entity.tokens.slice(0, size).join(' '), entity)
        }
      }
    }
    const aliasCount = entity.aliases.size
    enrich(entity, phrase)
    if (entity.aliases.size > aliasCount && phrase.alias) {
      addTo(registry.byName, phrase.alias.toLowerCase(), entity)
    }
    return entity
  }

  // Full names first, so that surnames and first names can find them wherever they come.
  for (const phrase of phrases) {
    if (phrase.nameTokens.length > 1) register(phrase)
  }
  // A surname used alone as a speaker ("Dunford said") is a person even without a full name.
  const speakerSingles = new Set<string>()
  const speakerStarts = new Set<number>()
  for (const range of speakerMentions) {
    for (const token of tokenizeNames(text, range.start, range.end)) {
      speakerStarts.add(token.start)
      if (token.capitalised && !personNouns.has(token.lower) && !organisationNouns.has(token.lower))
        speakerSingles.add(token.lower)
    }
  }

  for (const phrase of phrases) {
    let entity =
      findEntity(registry, phrase.kind, phrase.nameTokens, phrase.start) ??
      findCompany(registry, phrase.nameTokens)
    if (entity) {
      if (phrase.nameTokens.length === 1) enrich(entity, phrase)
    } else if (
      phrase.kind === 'organisation' ||
      speakerSingles.has(phrase.nameTokens[0] as string) ||
      markedAsPerson(text, phrase)
    ) {
      entity = register(phrase)
    }
    if (!entity) continue
    entity.mentions++
    if (speakerStarts.has(phrase.start) || speakerStarts.has(phrase.end - 1)) entity.speaks = true
    timeline.push({
      start: phrase.start,
      end: phrase.end,
      entity,
      subject:
        opensSentence(text, phrase.start) ||
        (verbFollows(text, phrase.end) && !prepositionBefore(text, phrase.start)) ||
        relativeFollows(text, phrase.start, phrase.end) ||
        speechVerbBefore(text, phrase.start),
    })
  }
  countGenderEvidence(text, outside, timeline)
  return registry
}

/**
 * The entity a name refers to: exact name or alias, else a person whose full name ends (surname)
 * or starts (first name) with `nameTokens`, the one introduced closest before `position`.
 */
export function findEntity(
  registry: Registry,
  kind: 'person' | 'organisation',
  nameTokens: string[],
  position: number,
): Entity | undefined {
  const key = nameKey(nameTokens)
  const exact = registry.byName
    .get(key)
    ?.filter((entity) => entity.kind === kind || kind === 'organisation')
  const parts = registry.byPart.get(key)?.filter((entity) => entity.kind === kind)
  const candidates = exact && exact.length > 0 ? exact : parts
  if (!candidates) return undefined
  // A bare surname shared by several people ("Greenspan" after "her husband, Michael Greenspan")
  // goes on naming the one introduced first, the story's subject; relatives get first names.
  // Exact names go to the nearest introduction before the mention.
  const earliest = exact === undefined || exact.length === 0
  let best: Entity | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const entity of candidates) {
    const before = entity.firstSeen <= position
    const distance = before
      ? earliest
        ? entity.firstSeen
        : position - entity.firstSeen
      : 1e12 + entity.firstSeen
    if (distance < bestDistance) {
      bestDistance = distance
      best = entity
    }
  }
  return best
}

/**
 * The company a lone brand word stands for: "Suncor" after "Suncor Energy", "Facebook" after
 * "Facebook Research" — only names that end in a company word, so "Toronto" never becomes
 * "Toronto Police Service".
 */
export function findCompany(registry: Registry, nameTokens: string[]): Entity | undefined {
  if (nameTokens.length !== 1) return undefined
  return registry.byPart
    .get(nameKey(nameTokens))
    ?.find(
      (entity) =>
        entity.kind === 'organisation' && companyNameEndings.has(entity.tokens.at(-1) as string),
    )
}

// "Sari, a teacher from Kuala, …", "Mr. Hawes": one name the text marks as a person's, by a title
// or an appositive role right after it.
function markedAsPerson(text: string, phrase: NamePhrase): boolean {
  if (phrase.roleNouns.length === 0) return false
  return phrase.title !== undefined || text.charCodeAt(phrase.end) === 44 /* , */
}

/** The lower-cased name without a leading article: the key names are matched on. */
export function nameKey(tokens: string[]): string {
  return tokens.join(' ').replace(/^the /, '')
}

function addTo(map: Map<string, Entity[]>, key: string, entity: Entity): void {
  const list = map.get(key)
  if (!list) map.set(key, [entity])
  else if (!list.includes(entity)) list.push(entity)
}

function enrich(entity: Entity, phrase: NamePhrase): void {
  if (phrase.role && !entity.role) entity.role = phrase.role
  if (phrase.title && !entity.title) entity.title = phrase.title
  for (const noun of phrase.roleNouns) entity.roleNouns.add(noun)
  if (phrase.gender === 'male') entity.male += 3
  if (phrase.gender === 'female') entity.female += 3
  if (phrase.alias) entity.aliases.add(phrase.alias.toLowerCase())
  if (phrase.start < entity.firstSeen) entity.firstSeen = phrase.start
}

function outsideRanges(tokens: Token[], ranges: Range[]): Token[] {
  if (ranges.length === 0) return tokens
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const kept: Token[] = []
  let index = 0
  for (const token of tokens) {
    while (index < sorted.length && (sorted[index] as Range).end <= token.start) index++
    const range = sorted[index]
    if (range && range.start <= token.start && token.end <= range.end) continue
    kept.push(token)
  }
  return kept
}

// ", the spokesman for the SDF," after a name: the role, when its words name a person's role.
const appositive = /^,\s+(?:the|a|an)\s+([^,.;:\n"“”]{2,100})/i

function addAppositiveRole(text: string, phrase: NamePhrase): void {
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
function addAlias(text: string, phrase: NamePhrase): void {
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

// "Society of Motor Manufacturers and Traders" → "smmt": found later as an acronym alone.
function initialsOf(phrase: NamePhrase): string | undefined {
  if (phrase.kind !== 'organisation') return undefined
  const words = phrase.name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && word !== 'The')
  if (words.length < 2) return undefined
  return words.map((word) => word.charAt(0).toLowerCase()).join('')
}

// Datelines and headings in capitals ("NEW YORK (AP) —", "OTTAWA —") and lines that hold nothing
// but the phrase ("Article Continued Below") are no speakers.
function isHeading(text: string, run: Token[]): boolean {
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
function addRoleBefore(text: string, tokens: Token[], index: number, phrase: NamePhrase): void {
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
const verbAfterName =
  /^(?:, \d{1,3},)? (?:also )?(?:[a-z]{2,}(?:s|ed)|said|told|gave|made|took|went|came|saw|got|put|wrote|spoke|thought|felt|knew|found|left|met|held|sent|won|lost|paid|brought|kept|led|began|became|chose|did|had|was|is|will|would|can|could|may|might|must|should)\b/

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
const prepositionBeforeName =
  /\b(?:like|unlike|about|with|to|from|by|of|than|for|at|on|in|into|against|without) $/

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
const photoCredit =
  /\(\s*[^()\n]{0,80}\b(?:photo|photos|images|getty|file|pool)\b[^()\n]{0,40}\)\s*$/i

function captionLines(text: string): Range[] {
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

const subordinators: ReadonlySet<string> = new Set([
  'although',
  'though',
  'while',
  'whereas',
  'because',
  'unless',
  'unlike',
  'if',
])

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

// A gendered pronoun soon after a name, before the next name, tells the person's gender.
function countGenderEvidence(text: string, tokens: Token[], timeline: EntityMention[]): void {
  const pronounsAt: { start: number; gender: 'male' | 'female' }[] = []
  for (const token of tokens) {
    const gender = genderedPronouns.get(token.lower)
    if (gender) pronounsAt.push({ start: token.start, gender })
  }
  let index = 0
  for (let mentionIndex = 0; mentionIndex < timeline.length; mentionIndex++) {
    const mention = timeline[mentionIndex] as EntityMention
    // Only a name that opens its sentence is reliably what the next pronoun refers to.
    if (mention.entity.kind !== 'person' || !mention.subject) continue
    const next = timeline[mentionIndex + 1]
    const limit = Math.min(next ? next.start : text.length, mention.end + 200)
    while (
      index < pronounsAt.length &&
      (pronounsAt[index] as { start: number }).start < mention.end
    )
      index++
    const pronoun = pronounsAt[index]
    if (pronoun && pronoun.start < limit) {
      if (pronoun.gender === 'male') mention.entity.male++
      else mention.entity.female++
    }
  }
}
