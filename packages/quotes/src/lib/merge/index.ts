export { completeSpeakerNames } from './complete-speaker-names.js'
export { type MergeQuotesOptions, mergeQuotes, type QuoteDocument } from './merge-quotes.js'
export { quoteWords } from './normalise.js'
export { type ReconciledSpeakers, reconcileSpeakers } from './reconcile-speakers.js'
