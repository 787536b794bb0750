import { completeSpeakerNames } from '@copydesk/quotes'
import type { ReportDocument } from '../report/types.js'
import type { QuoteDigest } from './merge-quotes.js'

/** The fuller name a story gives a speaker one document names only in part. */
export interface SpeakerCompletion {
  name: string
  role?: string
}

/** Per document id: the document's own speaker name → the story's fuller one. */
export type StorySpeakerNames = Map<string, Map<string, SpeakerCompletion>>

/**
 * Complete, story by story, the names of people a document names only in part ("Dunford" in seed
 * 000 → "Joseph Dunford", as 001 calls him) with `completeSpeakerNames` of `@copydesk/quotes`.
 * Stories are stars around one document (`storyClustersFromLinks`), so a surname is only ever
 * completed from articles about the same events.
 *
 * @example
 *   storySpeakerNames([{document: '000', quotes}, {document: '001', quotes: others}], [['000', '001']])
 *   // Map {'000' => Map {'Dunford' => {name: 'Joseph Dunford', role: 'Chairman of …'}}}
 */
export function storySpeakerNames(
  documents: readonly { document: string; quotes: QuoteDigest[] }[],
  stories: readonly string[][],
): StorySpeakerNames {
  const byId = new Map(documents.map((entry) => [entry.document, entry.quotes]))
  const names: StorySpeakerNames = new Map()
  for (const story of stories) {
    const members = story.flatMap((id) => {
      const quotes = byId.get(id)
      return quotes ? [{ id, quotes }] : []
    })
    if (members.length < 2) continue
    const completed = completeSpeakerNames(members)
    members.forEach((member, index) => {
      const after = completed[index]?.quotes ?? []
      member.quotes.forEach((quote, quoteIndex) => {
        const before = quote.speaker
        const now = after[quoteIndex]?.speaker
        if (!before || !now || before.name === now.name) return
        let own = names.get(member.id)
        if (!own) {
          own = new Map()
          names.set(member.id, own)
        }
        own.set(before.name, { name: now.name, ...(now.role ? { role: now.role } : {}) })
      })
    })
  }
  return names
}

/** A report document with its speakers named as the story names them. */
export function withStoryNames(document: ReportDocument, names: StorySpeakerNames): ReportDocument {
  const own = names.get(document.id)
  if (!own) return document
  return {
    ...document,
    quotes: document.quotes.map((quote) => {
      const name = quote.speaker?.name
      const completion = name === undefined ? undefined : own.get(name)
      if (!completion || !quote.speaker) return quote
      return {
        ...quote,
        speaker: {
          ...quote.speaker,
          name: completion.name,
          ...(quote.speaker.role || !completion.role ? {} : { role: completion.role }),
        },
      }
    }),
  }
}
