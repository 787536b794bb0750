import { checkOptions } from '@copydesk/parse'
import type { Quote, SpeakerEntity } from '../types.js'
import { checkDocuments } from './check-documents.js'
import type { QuoteDocument } from './merge-quotes.js'
import { nameWords, samePerson } from './reconcile-speakers.js'
import { type RelatedDocuments, relatedCheck, relatedGroups } from './related-groups.js'

/** Options for {@link completeSpeakerNames}. */
export interface CompleteSpeakerNamesOptions {
  /**
   * Which documents tell one story: pairs or groups of document ids (story clusters, duplicate
   * pairs). Names are completed only within each connected group; a document in no group keeps
   * its names. Without it, all the documents given are one story.
   */
  related?: RelatedDocuments
}

/** A name one document gives a speaker, and the fuller one its story gave it. */
export interface SpeakerCompletion {
  /** The name the document itself gives ("Dunford"). */
  from: string
  /** The story's fuller name ("Joseph Dunford"). */
  name: string
  /** The story's role for the person, applied where the document gives none. */
  role?: string
  /** The story's title for the person ("Gen."), applied where the document gives none. */
  title?: string
}

/** A document as {@link completeSpeakerNames} returns it: its quotes and the names it applied. */
export interface CompletedDocument extends QuoteDocument {
  /** One entry per name of the document that was completed, in the order first met. */
  completions: SpeakerCompletion[]
}

interface KnownPerson {
  speaker: SpeakerEntity
  words: string[]
  documents: Set<string>
}

/**
 * Complete the names of people a document names only in part ("Dunford") from the other
 * documents of the same story ("Chairman of the US Joint Chiefs of Staff Gen. Joseph Dunford"):
 * a person speaker takes the fuller name when the other documents agree on one person with it;
 * when they name two different people ("Joseph Dunford", "Ellen Dunford"), the name stays as the
 * document gives it. Role and title come along when the document has none. Across unrelated
 * stories a surname means different people: give it the documents of one story, or pass the
 * stories as `related`. Returns new documents, each with the `completions` it applied; the input
 * is not changed.
 *
 * @example
 *   const [cnn] = completeSpeakerNames([
 *     {id: 'cnn', quotes: extractQuotes('"We will hold," Dunford said.')},
 *     {id: 'dod', quotes: extractQuotes('"We will hold," Gen. Joseph Dunford said.')},
 *   ])
 *   cnn.quotes[0].speaker // {name: 'Joseph Dunford', kind: 'person', title: 'Gen.'}
 *   cnn.completions // [{from: 'Dunford', name: 'Joseph Dunford', title: 'Gen.'}]
 *
 * @throws {TypeError} when `documents` is not an array of `{id: string, quotes: Quote[]}` or an
 *   option is wrong.
 * @throws {RangeError} when two documents share an id.
 */
export function completeSpeakerNames(
  documents: readonly QuoteDocument[],
  options?: CompleteSpeakerNamesOptions,
): CompletedDocument[] {
  checkDocuments('completeSpeakerNames', documents)
  const { related } = checkOptions<CompleteSpeakerNamesOptions>('completeSpeakerNames', options, {
    related: relatedCheck,
  })
  const groups = relatedGroups(
    'completeSpeakerNames',
    documents.map((document) => document.id),
    related,
  )
  const stories = new Map<number, QuoteDocument[]>()
  documents.forEach((document, index) => {
    const group = groups[index] as number
    const story = stories.get(group)
    if (story) story.push(document)
    else stories.set(group, [document])
  })
  const peopleOfStory = new Map<number, Map<string, KnownPerson[]>>()
  for (const [group, story] of stories) {
    if (story.length > 1) peopleOfStory.set(group, bySurname(knownPeople(story)))
  }
  return documents.map((document, index) => {
    const people = peopleOfStory.get(groups[index] as number)
    if (!people) return { ...document, quotes: [...document.quotes], completions: [] }
    const completions = new Map<string, SpeakerCompletion>()
    const quotes = document.quotes.map((quote) => {
      const fullest = fullerPerson(quote, document.id, people)
      if (!fullest || !quote.speaker) return quote
      const from = quote.speaker.name
      if (!completions.has(from)) {
        const completion: SpeakerCompletion = { from, name: fullest.name }
        if (fullest.role) completion.role = fullest.role
        if (fullest.title) completion.title = fullest.title
        completions.set(from, completion)
      }
      const speaker: SpeakerEntity = { ...quote.speaker, name: fullest.name }
      const role = quote.speaker.role ?? fullest.role
      const title = quote.speaker.title ?? fullest.title
      if (role) speaker.role = role
      if (title) speaker.title = title
      return { ...quote, speaker }
    })
    return { ...document, quotes, completions: [...completions.values()] }
  })
}

// Every person speaker of the documents, one entry per spelling, with its fullest role and title.
function knownPeople(documents: readonly QuoteDocument[]): KnownPerson[] {
  const byKey = new Map<string, KnownPerson>()
  for (const document of documents) {
    for (const quote of document.quotes) {
      const speaker = quote.speaker
      if (speaker?.kind !== 'person' || !speaker.name) continue
      const words = nameWords(speaker.name)
      if (words.length === 0) continue
      const key = words.join(' ')
      const known = byKey.get(key)
      if (!known) {
        byKey.set(key, { speaker: { ...speaker }, words, documents: new Set([document.id]) })
        continue
      }
      known.documents.add(document.id)
      if (!known.speaker.role && speaker.role) known.speaker.role = speaker.role
      if (!known.speaker.title && speaker.title) known.speaker.title = speaker.title
    }
  }
  return [...byKey.values()]
}

// People by the last word of their names: a name is only ever completed by one ending like it.
function bySurname(people: KnownPerson[]): Map<string, KnownPerson[]> {
  const index = new Map<string, KnownPerson[]>()
  for (const person of people) {
    const surname = person.words.at(-1) as string
    const list = index.get(surname)
    if (list) list.push(person)
    else index.set(surname, [person])
  }
  return index
}

// The story's fuller name for a person speaker, when the other documents agree on one.
function fullerPerson(
  quote: Quote,
  documentId: string,
  people: Map<string, KnownPerson[]>,
): SpeakerEntity | undefined {
  const speaker = quote.speaker
  if (speaker?.kind !== 'person') return undefined
  const words = nameWords(speaker.name)
  const fuller = (people.get(words.at(-1) ?? '') ?? []).filter(
    (person) =>
      person.words.length > words.length &&
      [...person.documents].some((id) => id !== documentId) &&
      samePerson(person.words, words),
  )
  if (fuller.length === 0) return undefined
  // The fullest candidate must contain every other one: "Joseph Dunford" and "Joseph F. Dunford"
  // are one man, "Joseph Dunford" and "Ellen Dunford" are two people.
  const fullest = fuller.reduce((best, person) =>
    person.words.length > best.words.length ? person : best,
  )
  if (!fuller.every((person) => person.words.every((word) => fullest.words.includes(word))))
    return undefined
  return fullest.speaker
}
