import { companyNameEndings } from '../lexicon/company-words.js'
import { articleWords } from '../lexicon/determiners.js'
import { firstNameGenders } from '../lexicon/first-names.js'
import { nameConnectorWords, nameParticles } from '../lexicon/name-words.js'
import { organisationNouns, personNouns, roleModifiers } from '../lexicon/nouns.js'
import { genderedPronouns } from '../lexicon/pronouns.js'
import {
  addAlias,
  addAppositiveRole,
  addRoleBefore,
  captionLines,
  isHeading,
  isSubject,
  markedAsPerson,
  type Range,
} from './name-context.js'
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
  ...nameConnectorWords,
  ...articleWords,
  ...nameParticles,
  ...genderedPronouns.keys(),
  ...personNouns,
  ...organisationNouns,
  ...roleModifiers,
])

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
      subject: isSubject(text, phrase.start, phrase.end),
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

// "Society of Motor Manufacturers and Traders" → "smmt": found later as an acronym alone.
function initialsOf(phrase: NamePhrase): string | undefined {
  if (phrase.kind !== 'organisation') return undefined
  const words = phrase.name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && word !== 'The')
  if (words.length < 2) return undefined
  return words.map((word) => word.charAt(0).toLowerCase()).join('')
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
