import { mergeCorpusQuotes } from '../corpus/merge-quotes.js'
import { type StorySpeakerNames, storySpeakerNames } from '../corpus/story-speakers.js'
import type { ReportMergedQuote } from '../report/types.js'
import type { DocumentQuotes } from './analyse.js'

/** The quotes across documents, and the speakers' names as their stories give them. */
export interface Merged {
  quotes: ReportMergedQuote[]
  /** Per document: its speaker names that its story gives in full. */
  names: StorySpeakerNames
}

/**
 * Step 5: the same quote across documents becomes one entry with every occurrence (`mergeQuotes`
 * of `@copydesk/quotes`, within each connected group of `related` documents), and, story by
 * story, a speaker a document names only in part takes the full name the story agrees on
 * (`completeSpeakerNames`).
 *
 * @example
 *   const {quotes, names} = merge(analysed.quotes, {related: [...pairs, ...passagePairs], stories})
 *   names.get('000')?.get('Dunford') // {name: 'Joseph Dunford', role: '…'}
 */
export function merge(
  quotes: readonly DocumentQuotes[],
  { related, stories }: { related: { a: string; b: string }[]; stories: string[][] },
): Merged {
  return {
    quotes: mergeCorpusQuotes([...quotes], related),
    names: storySpeakerNames(quotes, stories),
  }
}
