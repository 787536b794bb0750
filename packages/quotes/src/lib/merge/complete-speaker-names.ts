import type { Quote, SpeakerEntity } from '../types.js'
import { checkDocuments } from './check-documents.js'
import type { QuoteDocument } from './merge-quotes.js'
import { nameWords, samePerson } from './reconcile-speakers.js'

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
 * document gives it. Role and title come along when the document has none. Give it the
 * documents of one story (a duplicate or story cluster): across unrelated stories a surname
 * means different people. Returns new documents; the input is not changed.
 *
 * @example
 *   const [cnn] = completeSpeakerNames([
 *     {id: 'cnn', quotes: extractQuotes('"We will hold," Dunford said.')},
 *     {id: 'dod', quotes: extractQuotes('"We will hold," Gen. Joseph Dunford said.')},
 *   ])
 *   cnn.quotes[0].speaker // {name: 'Joseph Dunford', kind: 'person', title: 'Gen.'}
 *
 * @throws {TypeError} when `documents` is not an array of `{id: string, quotes: Quote[]}`.
 * @throws {RangeError} when two documents share an id.
 */
export function completeSpeakerNames(documents: readonly QuoteDocument[]): QuoteDocument[] {
  checkDocuments('completeSpeakerNames', documents)
  const people = bySurname(knownPeople(documents))
  return documents.map((document) => ({
    ...document,
    quotes: document.quotes.map((quote) => completed(quote, document.id, people)),
  }))
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

function completed(quote: Quote, documentId: string, people: Map<string, KnownPerson[]>): Quote {
  const speaker = quote.speaker
  if (speaker?.kind !== 'person') return quote
  const words = nameWords(speaker.name)
  const fuller = (people.get(words.at(-1) ?? '') ?? []).filter(
    (person) =>
      person.words.length > words.length &&
      [...person.documents].some((id) => id !== documentId) &&
      samePerson(person.words, words),
  )
  if (fuller.length === 0) return quote
  // The fullest candidate must contain every other one: "Joseph Dunford" and "Joseph F. Dunford"
  // are one man, "Joseph Dunford" and "Ellen Dunford" are two people.
  const fullest = fuller.reduce((best, person) =>
    person.words.length > best.words.length ? person : best,
  )
  if (!fuller.every((person) => person.words.every((word) => fullest.words.includes(word))))
    return quote
  const name: SpeakerEntity = { ...speaker, name: fullest.speaker.name }
  const role = speaker.role ?? fullest.speaker.role
  const title = speaker.title ?? fullest.speaker.title
  if (role) name.role = role
  if (title) name.title = title
  return { ...quote, speaker: name }
}
