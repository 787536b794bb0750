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
 * the stories, and pairs within a story; entries the package marks `boilerplate` are left out),
 * after, story by story, a speaker a document names only in part has taken the full name the
 * story agrees on (`completeSpeakerNames` with the stories as `related`; the names it applied are
 * kept for `write`), so an occurrence names its speaker as its document does. Quotes found in more documents come first.
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
  const names = new Map<string, SpeakerCompletion[]>()
  for (const { id, completions } of completeSpeakerNames(documents, { related: stories })) {
    if (completions.length > 0) names.set(id, completions)
  }
  const merged = mergeQuotes(documents, {
    minWords: minimumFragmentWords,
    related: [...stories, ...withinStory.map(({ a, b }) => [a, b])],
  })
    .filter((entry) => !entry.boilerplate)
    .map((entry) => namedAsInTheirDocuments(reportMergedQuote(entry), names))
  const spread = (entry: ReportMergedQuote) =>
    new Set(entry.occurrences.map((occurrence) => occurrence.document)).size
  merged.sort((a, b) => spread(b) - spread(a) || b.occurrences.length - a.occurrences.length)
  return { quotes: merged, names }
}

/**
 * A merged quote with each occurrence's speaker named as `write` names it in the occurrence's
 * document (the same completions, by name: see `withStoryNames` of corpus/story-speakers.ts), and the entry's names with them.
 */
function namedAsInTheirDocuments(
  entry: ReportMergedQuote,
  names: ReadonlyMap<string, SpeakerCompletion[]>,
): ReportMergedQuote {
  let changed = false
  const occurrences = entry.occurrences.map((occurrence) => {
    const completion = names
      .get(occurrence.document)
      ?.find((candidate) => candidate.from === occurrence.speaker)
    if (!completion) return occurrence
    changed = true
    return { ...occurrence, speaker: completion.name }
  })
  if (!changed) return entry
  const spoken = occurrences.flatMap((occurrence) => occurrence.speaker ?? [])
  // The entry's speaker keeps mergeQuotes' choice, completed the way its occurrences were.
  const chosen = entry.occurrences.findIndex((occurrence) => occurrence.speaker === entry.speaker)
  const speaker = chosen === -1 ? entry.speaker : occurrences[chosen]!.speaker
  return {
    ...entry,
    ...(speaker === undefined ? {} : { speaker }),
    speakerNames: [...new Set(spoken)],
    occurrences,
  }
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
