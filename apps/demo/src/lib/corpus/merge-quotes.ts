import { mergeQuotes, type Quote } from '@copydesk/quotes'
import type { ReportMergedQuote } from '../report/types.js'
import { UnionFind } from './union-find.js'

/**
 * What the merge needs of a quote, kept for every quote of the corpus until the end of the run:
 * its text, kind, speaker and mention, and one content span from its start to its end with the
 * offsets only (the text is in `text`).
 */
export type QuoteDigest = Pick<Quote, 'kind' | 'text' | 'content' | 'speaker' | 'mention'>

/** The digest of a quote from `@copydesk/quotes`. */
export function digestQuote(quote: Quote): QuoteDigest {
  const start = quote.content[0]?.start ?? 0
  const end = quote.content[quote.content.length - 1]?.end ?? start
  return {
    kind: quote.kind,
    text: quote.text,
    content: [{ start, end, text: '' }],
    ...(quote.speaker ? { speaker: quote.speaker } : {}),
    ...(quote.mention ? { mention: quote.mention } : {}),
  }
}

/**
 * A fragment must have this many words to join a longer quote (`mergeQuotes`' default is 4): on
 * wire copy, 4- to 7-word stock phrases ("the same period last year") would merge unrelated quotes.
 */
const minimumFragmentWords = 8

/**
 * The same quote across documents as one entry with every occurrence (`mergeQuotes` of
 * `@copydesk/quotes`: curly or straight marks, small differences and a partial quote contained in a
 * longer one merge; the speakers' names are reconciled), in the report's shape. Quotes found in
 * more documents come first.
 *
 * Only documents that share text can share a quote (a quote of 8 words or more shares at least 4
 * word 5-grams), so quotes are merged within each connected group of `related` documents (pairs
 * sharing shingles, duplicates): on a large corpus that keeps the merge's cost and memory to the
 * size of the largest group instead of the whole corpus.
 *
 * @example
 *   mergeCorpusQuotes([{document: '000', quotes}, {document: '001', quotes: others}], [{a: '000', b: '001'}])
 */
export function mergeCorpusQuotes(
  documents: { document: string; quotes: QuoteDigest[] }[],
  related: { a: string; b: string }[],
): ReportMergedQuote[] {
  const groups = new UnionFind()
  for (const { a, b } of related) groups.union(a, b)
  const byGroup = new Map<string, { document: string; quotes: QuoteDigest[] }[]>()
  for (const entry of documents) {
    const root = groups.find(entry.document)
    const list = byGroup.get(root)
    if (list) list.push(entry)
    else byGroup.set(root, [entry])
  }
  const out: ReportMergedQuote[] = []
  for (const group of byGroup.values()) {
    const merged = mergeQuotes(
      group.map(({ document, quotes }) => ({ id: document, quotes })),
      { minWords: minimumFragmentWords },
    )
    for (const entry of merged) {
      out.push({
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
      })
    }
  }
  const spread = (entry: ReportMergedQuote) =>
    new Set(entry.occurrences.map((o) => o.document)).size
  return out.sort((a, b) => spread(b) - spread(a) || b.occurrences.length - a.occurrences.length)
}
