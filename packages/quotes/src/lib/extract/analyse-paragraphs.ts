import type { NonQuote, Quote, Span } from '../types.js'
import { readSentence } from './cue-side.js'
import { tokenizeCues } from './cue-tokens.js'
import type { FrameOptions } from './frames.js'
import { isHeading, readHeading } from './headings.js'
import type { ParagraphRange } from './paragraph-range.js'
import { findQuotedRegions, type MarkProblem, type QuotedRegion } from './quote-marks.js'
import { QuoteReader } from './quote-reader.js'
import { splitSentences } from './sentences.js'

/** Options for reading quotes. */
export interface AnalyseOptions extends FrameOptions {}

/** Everything found in one text: the quotes, the quoted stretches that are not speech, problems. */
export interface Analysis {
  quotes: Quote[]
  nonQuotes: NonQuote[]
  problems: MarkProblem[]
}

/**
 * Read the quotes of `text`, paragraph by paragraph: pair the quote marks, then read each
 * paragraph as a heading (no one is quoted) or sentence by sentence. Offsets index `text`.
 */
export function analyseParagraphs(
  text: string,
  paragraphs: readonly ParagraphRange[],
  options: AnalyseOptions = {},
): Analysis {
  const { regions, problems } = findQuotedRegions(text, paragraphs)
  const reader = new QuoteReader(text, regions)
  let regionCursor = 0
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p] as ParagraphRange
    while (regionCursor < regions.length && (regions[regionCursor] as QuotedRegion).paragraph < p)
      regionCursor++
    const tokens = tokenizeCues(text, paragraph.start, paragraph.end, regions, regionCursor)
    reader.startParagraph(tokens)
    if (isHeading(text, paragraph, tokens, regions)) readHeading(reader, tokens)
    else
      for (const sentence of splitSentences(tokens, regions))
        readSentence(reader, tokens, sentence, options)
  }
  reader.quotes.sort((a, b) => (a.content[0] as Span).start - (b.content[0] as Span).start)
  return { quotes: reader.quotes, nonQuotes: reader.nonQuotes, problems }
}
