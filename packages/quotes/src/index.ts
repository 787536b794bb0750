export { classifyQuoted, type QuotedClass, type QuotedContext } from './lib/extract/classify.js'
export {
  analyseQuotes,
  analyzeQuotes,
  type ExtractQuotesOptions,
  extractQuotes,
  findNonQuotes,
} from './lib/extract-quotes.js'
export {
  completeSpeakerNames,
  type MergeQuotesOptions,
  mergeQuotes,
  type QuoteDocument,
  quoteWords,
  type ReconciledSpeakers,
  reconcileSpeakers,
} from './lib/merge/index.js'
export { default, default as copydeskQuotes } from './lib/plugin.js'
export { type ResolveSpeakersOptions, resolveSpeakers } from './lib/speakers/index.js'
export type * from './lib/types.js'
