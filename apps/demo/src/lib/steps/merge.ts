import {
  completeSpeakerNames,
  type MergedQuote,
  mergeQuotes,
  type SpeakerCompletion,
} from '@copydesk/quotes'
import type { ReportMergedQuote } from '../report/types.js'
import type { DocumentQuotes } from './analyse.js'

/** The quotes across documents, and the speakers' names as their stories give them. */
export interface Merged {
  quotes: ReportMergedQuote[]
  /** Per document: the names of its speakers that its story gives in full. */
  names: Map<string, SpeakerCompletion[]>
}

/**
 * A fragment must have this many words to join a longer quote (`mergeQuotes`' default is 4): on
 * wire copy, 4- to 7-word stock phrases ("the same period last year") would merge unrelated quotes.
 */
const minimumFragmentWords = 8

/**
 * Step 5: the same quote across documents becomes one entry with every occurrence (`mergeQuotes`
 * of `@copydesk/quotes`, which merges only within each connected group of `related` documents:
 * the stories, and pairs within a story; entries the package marks `boilerplate` are left out), and, story by story, a speaker a document names only in
 * part takes the full name the story agrees on (`completeSpeakerNames` with the stories as
 * `related`; the names it applied are kept for `write`). Quotes found in more documents come first.
 *
 * @example
 *   const {quotes, names} = merge(analysed.quotes, {related: [...pairs, ...passagePairs], stories})
 *   names.get('000') // [{from: 'Dunford', name: 'Joseph Dunford', role: '…', title: 'Gen.'}]
 */
export function merge(
  quotes: readonly DocumentQuotes[],
  { related, stories }: { related: { a: string; b: string }[]; stories: string[][] },
): Merged {
  const documents = quotes.map(({ document, quotes }) => ({ id: document, quotes }))
  // Quotes merge within a story only (duplicates are in their story): a pair whose documents are
  // in two stories, or in none, does not join them. Boilerplate many stories carry (an issuer's filing notice)
  // is not a quote of the corpus: it is left out of the merged list.
  const storyOf = new Map<string, number>()
  stories.forEach((story, index) => {
    for (const id of story) storyOf.set(id, index)
  })
  const withinStory = related.filter(({ a, b }) => {
    const story = storyOf.get(a)
    return story !== undefined && story === storyOf.get(b)
  })
  const merged = mergeQuotes(documents, {
    minWords: minimumFragmentWords,
    related: [...stories, ...withinStory.map(({ a, b }) => [a, b])],
  })
    .filter((entry) => !entry.boilerplate)
    .map(reportMergedQuote)
  const spread = (entry: ReportMergedQuote) =>
    new Set(entry.occurrences.map((occurrence) => occurrence.document)).size
  merged.sort((a, b) => spread(b) - spread(a) || b.occurrences.length - a.occurrences.length)
  const names = new Map<string, SpeakerCompletion[]>()
  for (const { id, completions } of completeSpeakerNames(documents, { related: stories })) {
    if (completions.length > 0) names.set(id, completions)
  }
  return { quotes: merged, names }
}

function reportMergedQuote(entry: MergedQuote): ReportMergedQuote {
  return {
    text: entry.text,
    ...(entry.speaker ? { speaker: entry.speaker.name } : {}),
    ...(entry.speaker?.role ? { speakerRole: entry.speaker.role } : {}),
    speakerNames: entry.speakerNames,
    occurrences: entry.occurrences.map(({ document, quote }) => ({
      document,
      start: quote.content[0]?.start ?? 0,
      end: quote.content[quote.content.length - 1]?.end ?? 0,
      text: quote.text,
      kind: quote.kind,
      ...(quote.speaker ? { speaker: quote.speaker.name } : {}),
      ...(quote.mention ? { mention: quote.mention.text } : {}),
    })),
  }
}
