import { checkOptions, describeValue } from '@copydesk/parse'
import { companyNameEndings } from '../lexicon/company-words.js'
import { nameDeterminers } from '../lexicon/determiners.js'
import {
  brandFamilies,
  femaleNounEndings,
  maleNounEndings,
  organisationFamilies,
  organisationNouns,
} from '../lexicon/nouns.js'
import { ownerPossessives } from '../lexicon/pronouns.js'
import type { Quote, Span, SpeakerEntity } from '../types.js'
import { documentAuthor } from './document-author.js'
import { type MentionReading, readMention } from './mention.js'
import { pluralGroupBefore } from './plural-antecedent.js'
import { buildRegistry, type Entity, findCompany, findEntity, type Registry } from './registry.js'
import { singularOf } from './singular-of.js'

/** Options for {@link resolveSpeakers}. */
export interface ResolveSpeakersOptions {
  /** Paragraph spans of `text`, when the caller has them (a floating quote continues the last speaker). */
  paragraphs?: Span[]
}

interface Resolved {
  speaker: SpeakerEntity
  entity?: Entity
  /** Where the quote that gave this speaker ends. */
  end?: number
}

/**
 * Resolve the speaker of every quote within one document: names to the fullest form the document
 * gives ("Dunford" → "Joseph Dunford"), pronouns ("he", "they") to the latest compatible speaker,
 * role nouns ("the general") to the person introduced with that role, organisations and their
 * aliases ("the SDF"), and floating quotes (no cue, no mention) to the previous speaker.
 * Returns new quote objects in the input order; the input is not changed.
 *
 * @example
 *   const text = 'Gen. Joseph Dunford spoke. "We will win," he said.'
 *   resolveSpeakers(text, [{kind: 'direct', content: [...], text: '"We will win,"', mention: {start: 42, end: 44, text: 'he'}}])
 *   // → [{…, speaker: {name: 'Joseph Dunford', kind: 'person', title: 'Gen.'}}]
 */
export function resolveSpeakers(
  text: string,
  quotes: readonly Quote[],
  options?: ResolveSpeakersOptions,
): Quote[] {
  if (typeof text !== 'string') {
    throw new TypeError(
      `Cannot \`resolveSpeakers\` without text: expected the document as a string, got ${describeValue(text)}`,
    )
  }
  if (!Array.isArray(quotes)) {
    throw new TypeError(
      `Cannot \`resolveSpeakers\` without quotes: expected an array of Quote objects, got ${describeValue(quotes)}`,
    )
  }
  for (const [index, quote] of quotes.entries()) checkQuote(text, quote, index)
  // `paragraphs` is checked but not read yet: speakers are resolved on the text alone.
  checkOptions<ResolveSpeakersOptions>('resolveSpeakers', options, {
    paragraphs: 'array',
  })

  // Nothing to attribute: no need to read the document's names.
  if (quotes.length === 0) return []
  const quoted = quotes.flatMap((quote) => (quote.kind === 'indirect' ? [] : quote.content))
  const mentions = quotes.flatMap((quote) => (quote.mention ? [quote.mention] : []))
  const registry = buildRegistry(text, quoted, mentions)
  const order = quotes
    .map((_, index) => index)
    .sort((a, b) => anchor(quotes[a]) - anchor(quotes[b]))
  const result = [...quotes]
  let previous: Resolved | undefined
  for (const index of order) {
    const quote = quotes[index] as Quote
    const position = anchor(quote)
    const resolved = quote.mention
      ? resolveMention(text, registry, quote.mention, position, previous)
      : floating(text, registry, position, previous)
    if (!resolved) continue
    result[index] = { ...quote, speaker: { ...resolved.speaker } }
    previous = { ...resolved, end: quoteEnd(quote) }
  }
  return result
}

// A quote with no cue continues the previous speaker, unless someone new has opened a sentence
// since ("Jo Lee, another senator, called it “unfair”").
function floating(
  text: string,
  registry: Registry,
  position: number,
  previous: Resolved | undefined,
): Resolved | undefined {
  const sentence = Math.max(previous?.end ?? 0, sentenceStart(text, position))
  const entity =
    personInSentence(registry, sentence, position) ??
    subjectSince(registry, previous?.end ?? 0, position, undefined)
  return entity ? { speaker: toSpeaker(entity), entity } : previous
}

// "…, asks Policy Options editor Jennifer Ditchburn, “has anyone …”": a person named earlier in
// the quote's own sentence.
function personInSentence(registry: Registry, from: number, position: number): Entity | undefined {
  for (let index = lastBefore(registry, position); index >= 0; index--) {
    const mention = registry.timeline[index]
    if (!mention || mention.start < from) return undefined
    if (mention.entity.kind === 'person' && personLike(mention.entity)) return mention.entity
  }
  return undefined
}

function sentenceStart(text: string, position: number): number {
  for (let index = position - 1; index >= 0 && position - index < 400; index--) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 46 || code === 33 || code === 63) return index + 1
  }
  return Math.max(0, position - 400)
}

function anchor(quote: Quote | undefined): number {
  if (!quote) return 0
  const contentStart = quote.content[0]?.start ?? Number.POSITIVE_INFINITY
  return Math.min(contentStart, quote.mention?.start ?? Number.POSITIVE_INFINITY)
}

function quoteEnd(quote: Quote): number {
  let end = quote.mention?.end ?? 0
  for (const span of quote.content) end = Math.max(end, span.end)
  return end
}

function resolveMention(
  text: string,
  registry: Registry,
  mention: { start: number; end: number },
  position: number,
  previous: Resolved | undefined,
  depth = 0,
): Resolved | undefined {
  const reading = readMention(text, mention.start, mention.end)
  if (!reading) return previous
  switch (reading.type) {
    case 'pronoun':
      return resolvePronoun(text, registry, reading.pronoun, position, mention.start, previous)
    case 'name':
      return resolveName(registry, reading, position)
    case 'group':
      return { speaker: { name: reading.text, kind: 'unknown' } }
    case 'description': {
      // "the union's release", "a report by the railway company": the document's author speaks.
      const author =
        reading.headClass === 'document' && depth === 0
          ? documentAuthor(text, mention.start, mention.end, reading.head)
          : undefined
      const resolved = author
        ? resolveMention(text, registry, author, position, previous, depth + 1)
        : undefined
      return resolved ?? resolveDescription(registry, reading, position, previous)
    }
  }
}

function resolveName(
  registry: Registry,
  reading: Extract<MentionReading, { type: 'name' }>,
  position: number,
): Resolved {
  const { phrase } = reading
  const found = findEntity(registry, phrase.kind, phrase.nameTokens, position)
  // The mention knows better than the registry when it says "the activist group X".
  // "Suncor said" after "Suncor Energy": the company, not a person called Suncor.
  const entity =
    found && found.kind === phrase.kind
      ? found
      : phrase.kind === 'person'
        ? findCompany(registry, phrase.nameTokens)
        : undefined
  if (!entity) {
    const speaker: SpeakerEntity = { name: phrase.name, kind: phrase.kind }
    const role = reading.role ?? phrase.role
    if (role) speaker.role = role
    if (phrase.title) speaker.title = phrase.title
    return { speaker }
  }
  const role = reading.role ?? phrase.role ?? entity.role
  const title = phrase.title ?? entity.title
  return { speaker: toSpeaker(entity, role, title), entity }
}

function resolvePronoun(
  text: string,
  registry: Registry,
  pronoun: { refers: string; gender?: 'male' | 'female' },
  position: number,
  mentionStart: number,
  previous: Resolved | undefined,
): Resolved | undefined {
  switch (pronoun.refers) {
    case 'person': {
      // A person who opens a sentence after the previous quote has taken over; otherwise the
      // previous speaker goes on.
      const entity =
        subjectSince(registry, previous?.end ?? 0, position, pronoun.gender) ??
        compatiblePrevious(previous, pronoun.gender) ??
        nearestPerson(registry, position, pronoun.gender)
      if (entity) return { speaker: toSpeaker(entity), entity }
      return previous
    }
    case 'group': {
      // "Republican senators are wary, and they say …": a plural group named since the last quote.
      const group = pluralGroupBefore(text, previous?.end ?? 0, mentionStart)
      if (group) return { speaker: { name: group, kind: 'unknown' } }
      if (previous && previous.entity?.kind !== 'person') return previous
      return nearestOrganisation(registry, position) ?? previous
    }
    case 'organisation':
      if (previous && previous.speaker.kind === 'organisation') return previous
      return nearestOrganisation(registry, position) ?? previous
    case 'relative': {
      const entity = nearestMention(registry, mentionStart)
      return entity ? { speaker: toSpeaker(entity), entity } : previous
    }
    default:
      return previous
  }
}

function resolveDescription(
  registry: Registry,
  reading: Extract<MentionReading, { type: 'description' }>,
  position: number,
  previous: Resolved | undefined,
): Resolved | undefined {
  if (reading.indefinite) {
    // "a spokesperson" is someone; "a report" with no author in the text is no one in particular.
    const kind =
      reading.headClass === 'organisation'
        ? 'organisation'
        : reading.plural || reading.headClass !== 'person'
          ? 'unknown'
          : 'person'
    return { speaker: { name: reading.text, kind } }
  }
  switch (reading.headClass) {
    case 'person': {
      if (reading.plural) return { speaker: { name: reading.text, kind: 'unknown' } }
      const gender = genderOfNoun(reading.head)
      // The role's holder named before; one named later only when the whole description fits
      // ("the WHL commissioner" → "WHL commissioner Ron Robison", but not "the Kentucky
      // Republican" → "Adam Koenig, a Republican state representative"); else the person the
      // text is on.
      const entity =
        personWithRole(registry, reading.head, position) ??
        personWithWholeRole(registry, reading.role) ??
        subjectSince(registry, previous?.end ?? 0, position, gender) ??
        compatiblePrevious(previous, gender) ??
        nearestPerson(registry, position, gender) ??
        personWithRoleLater(registry, reading.head)
      if (entity) return { speaker: toSpeaker(entity, entity.role ?? reading.role), entity }
      return { speaker: { name: reading.text, kind: 'person', role: reading.role } }
    }
    case 'organisation': {
      // "his office", "their union": a body belonging to someone, not the last one named;
      // "the Turkish army", "the French government": a proper modifier names the body itself.
      if (reading.named || ownedBody.test(reading.text) || hasProperModifier(reading.text))
        return { speaker: { name: reading.text, kind: 'organisation' } }
      const organisation =
        nearestOrganisation(registry, position, reading.head, true) ??
        nearestOrganisationLike(registry, position, reading.head)
      if (organisation) return organisation
      if (previous?.speaker.kind === 'organisation') return previous
      return { speaker: { name: reading.text, kind: 'organisation' } }
    }
    case 'document': {
      if (reading.named) {
        const entity = findEntity(registry, reading.named.kind, reading.named.nameTokens, position)
        if (entity) return { speaker: toSpeaker(entity), entity }
        return { speaker: { name: reading.named.name, kind: reading.named.kind } }
      }
      return previous ?? nearestOrganisation(registry, position)
    }
    default:
      return { speaker: { name: reading.text, kind: 'unknown' } }
  }
}

const ownedBody = new RegExp(`^(?:${[...ownerPossessives].join('|')}) `, 'i')

// A capitalised word between the determiner and the head noun ("The Turkish army").
function hasProperModifier(text: string): boolean {
  const words = text.split(' ')
  const first = nameDeterminers.has(words[0]?.toLowerCase() ?? '') ? 1 : 0
  for (let index = first; index < words.length - 1; index++) {
    const code = words[index]!.charCodeAt(0)
    if (code >= 65 && code <= 90) return true
  }
  return false
}

function toSpeaker(entity: Entity, role = entity.role, title = entity.title): SpeakerEntity {
  const speaker: SpeakerEntity = { name: entity.name, kind: entity.kind }
  if (role) speaker.role = role
  if (title) speaker.title = title
  return speaker
}

function genderOf(entity: Entity): 'male' | 'female' | undefined {
  if (entity.male > entity.female) return 'male'
  if (entity.female > entity.male) return 'female'
  return undefined
}

function compatible(entity: Entity, gender: 'male' | 'female' | undefined): boolean {
  if (entity.kind !== 'person') return false
  const known = genderOf(entity)
  if (gender && !known && !personLike(entity)) return false
  return !gender || !known || known === gender
}

// "he" and "she" need someone the text treats as a person: a speaker, a title or role, or a
// pronoun seen after the name — not a place or a day that happens to be capitalised.
function personLike(entity: Entity): boolean {
  return entity.speaks || entity.roleNouns.size > 0 || entity.title !== undefined
}

function compatiblePrevious(
  previous: Resolved | undefined,
  gender: 'male' | 'female' | undefined,
): Entity | undefined {
  const entity = previous?.entity
  return entity && compatible(entity, gender) ? entity : undefined
}

// The latest person named before `position`, preferring one who opens a sentence.
function nearestPerson(
  registry: Registry,
  position: number,
  gender: 'male' | 'female' | undefined,
): Entity | undefined {
  let fallback: Entity | undefined
  for (
    let index = lastBefore(registry, position), stop = floor(registry, position);
    index >= stop;
    index--
  ) {
    const mention = registry.timeline[index]
    if (!mention || !compatible(mention.entity, gender)) continue
    if (mention.subject) return mention.entity
    fallback ??= mention.entity
  }
  return fallback
}

function subjectSince(
  registry: Registry,
  from: number,
  position: number,
  gender: 'male' | 'female' | undefined,
): Entity | undefined {
  for (
    let index = lastBefore(registry, position), stop = floor(registry, position);
    index >= stop;
    index--
  ) {
    const mention = registry.timeline[index]
    if (!mention || mention.start < from) return undefined
    if (mention.subject && salient(mention.entity) && compatible(mention.entity, gender))
      return mention.entity
  }
  return undefined
}

// Named in full, more than once, as a speaker, or with a title: a person the story is about, not
// a stray capitalised word.
function salient(entity: Entity): boolean {
  return (
    entity.speaks || entity.mentions > 1 || entity.roleNouns.size > 0 || entity.tokens.length > 1
  )
}

function nearestMention(registry: Registry, position: number): Entity | undefined {
  const index = lastBefore(registry, position)
  return index >= 0 ? registry.timeline[index]?.entity : undefined
}

// The latest organisation named before `position` (with `head` among its words when given),
// preferring one that opens a sentence over one named in passing ("… told The Canadian Press").
function nearestOrganisation(
  registry: Registry,
  position: number,
  head?: string,
  headRequired = false,
): Resolved | undefined {
  let fallback: Entity | undefined
  let passing: Entity | undefined
  for (
    let index = lastBefore(registry, position), stop = floor(registry, position);
    index >= stop;
    index--
  ) {
    const mention = registry.timeline[index]
    const entity = mention?.entity
    if (!mention || entity?.kind !== 'organisation') continue
    if (!head || entity.tokens.includes(head)) {
      if (mention.subject || head) return { speaker: toSpeaker(entity), entity }
      passing ??= entity
      continue
    }
    fallback ??= entity
  }
  const found = passing ?? (headRequired ? undefined : fallback)
  return found ? { speaker: toSpeaker(found), entity: found } : undefined
}

// "the company" after "Suncor reported …", "the agency" after "the State Department said":
// the latest organisation of the same family (or a bare brand), preferring one that opens a
// sentence over one named in passing.
function nearestOrganisationLike(
  registry: Registry,
  position: number,
  head: string,
): Resolved | undefined {
  const singular = singularOf(head)
  const family = organisationFamilies.get(head) ?? organisationFamilies.get(singular) ?? singular
  let passing: Entity | undefined
  for (
    let index = lastBefore(registry, position), stop = floor(registry, position);
    index >= stop;
    index--
  ) {
    const mention = registry.timeline[index]
    const entity = mention?.entity
    if (!mention || entity?.kind !== 'organisation' || !ofFamily(entity, family)) continue
    if (mention.subject || entity.speaks) return { speaker: toSpeaker(entity), entity }
    passing ??= entity
  }
  return passing ? { speaker: toSpeaker(passing), entity: passing } : undefined
}

// The family of the name's last organisation noun ("Public Service Electric and Gas Company" is a
// company); a company word ("… Resources", "… Airlines") makes a company; a bare brand or team
// name ("Suncor", "the Raptors") fits businesses and teams. A name of nothing but such words
// ("Inc", "Capital Inc") is a fragment, not an antecedent.
function ofFamily(entity: Entity, family: string): boolean {
  let head: string | undefined
  let named = false
  for (const token of entity.tokens) {
    if (organisationNouns.has(token)) head = organisationFamilies.get(token) ?? token
    else if (companyNameEndings.has(token)) head = 'company'
    else if (token !== 'the') named = true
  }
  if (!named) return false
  if (head) return head === family
  return brandFamilies.has(family) && isBrand(entity.name)
}

function isBrand(name: string): boolean {
  return /\p{Ll}/u.test(name.replace(/^the /, ''))
}

function personWithRole(registry: Registry, noun: string, position: number): Entity | undefined {
  for (
    let index = lastBefore(registry, position), stop = floor(registry, position);
    index >= stop;
    index--
  ) {
    const entity = registry.timeline[index]?.entity
    if (entity?.kind === 'person' && hasRole(entity, noun)) return entity
  }
  // A role given only at a later mention of someone named before ("Lee … Lee, the spokesman").
  return registry.entities.find(
    (entity) => entity.kind === 'person' && entity.firstSeen < position && hasRole(entity, noun),
  )
}

function personWithRoleLater(registry: Registry, noun: string): Entity | undefined {
  return registry.entities.find((entity) => entity.kind === 'person' && hasRole(entity, noun))
}

function personWithWholeRole(registry: Registry, role: string): Entity | undefined {
  const wanted = role.toLowerCase().split(/\s+/)
  if (wanted.length < 2) return undefined
  return registry.entities.find((entity) => {
    if (entity.kind !== 'person' || !entity.role) return false
    const words = new Set(entity.role.toLowerCase().split(/\s+/))
    return wanted.every((word) => words.has(word))
  })
}

function hasRole(entity: Entity, noun: string): boolean {
  if (entity.roleNouns.has(noun)) return true
  return entity.role?.toLowerCase().split(/\s+/).includes(noun) === true
}

const femaleNoun = new RegExp(`(?:${femaleNounEndings.join('|')})$`)
const maleNoun = new RegExp(`(?:${maleNounEndings.join('|')})$`)

function genderOfNoun(noun: string): 'male' | 'female' | undefined {
  if (femaleNoun.test(noun)) return 'female'
  if (maleNoun.test(noun)) return noun === 'human' ? undefined : 'male'
  return undefined
}

// How far back a pronoun or a description may look: enough for any story, and a bound that keeps
// a very long document with many quotes linear.
const lookBack = 400

function floor(registry: Registry, position: number): number {
  return Math.max(0, lastBefore(registry, position) - lookBack)
}

// Binary search: the last timeline mention that starts before `position`.
function lastBefore(registry: Registry, position: number): number {
  let low = 0
  let high = registry.timeline.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((registry.timeline[middle] as { start: number }).start < position) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

function checkQuote(text: string, quote: unknown, index: number): void {
  if (quote === null || typeof quote !== 'object') {
    throw new TypeError(
      `Cannot \`resolveSpeakers\` with quote ${index}: expected a Quote object ({kind, content, text, mention?}), got ${describeValue(quote)}`,
    )
  }
  const { content, mention } = quote as Partial<Quote>
  if (!Array.isArray(content)) {
    throw new TypeError(
      `Cannot \`resolveSpeakers\` with quote ${index}: expected \`content\` to be an array of spans ({start, end, text}), got ${describeValue(content)}`,
    )
  }
  for (const span of [...content, ...(mention ? [mention] : [])]) {
    if (
      span === null ||
      typeof span !== 'object' ||
      !Number.isInteger(span.start) ||
      !Number.isInteger(span.end) ||
      span.start < 0 ||
      span.end < span.start ||
      span.end > text.length
    ) {
      throw new RangeError(
        `Cannot \`resolveSpeakers\` with quote ${index}: span ${JSON.stringify(span)} is not within the text (0–${text.length}); expected {start, end} offsets with start ≤ end`,
      )
    }
  }
}
