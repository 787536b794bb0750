export { classifyQuoted, type QuotedClass, type QuotedContext } from './lib/extract/classify.js'
export {
  analyseQuotes,
  analyzeQuotes,
  type ExtractQuotesOptions,
  extractQuotes,
  findNonQuotes,
} from './lib/extract-quotes.js'
export {
  type CompletedDocument,
  type CompleteSpeakerNamesOptions,
  completeSpeakerNames,
  digestQuote,
  type MergeQuotesOptions,
  mergeQuotes,
  type QuoteDigest,
  type QuoteDocument,
  quoteWords,
  type ReconciledSpeakers,
  type RelatedDocuments,
  reconcileSpeakers,
  type SpeakerCompletion,
} from './lib/merge/index.js'
export {
  copydeskQuotes,
  default,
  default as retextQuotes,
  type RetextQuotesOptions,
} from './lib/plugin.js'
export { type ResolveSpeakersOptions, resolveSpeakers } from './lib/speakers/index.js'
export type * from './lib/types.js'
