export {
  type CompletedDocument,
  type CompleteSpeakerNamesOptions,
  completeSpeakerNames,
  type SpeakerCompletion,
} from './complete-speaker-names.js'
export { digestQuote, type QuoteDigest } from './digest.js'
export { type MergeQuotesOptions, mergeQuotes, type QuoteDocument } from './merge-quotes.js'
export { quoteWords } from './normalise.js'
export { type ReconciledSpeakers, reconcileSpeakers } from './reconcile-speakers.js'
export type { RelatedDocuments } from './related-groups.js'
