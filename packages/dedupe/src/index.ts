export type { PassageLevel, PassageOptions, SharedPassage } from './lib/align/passages.js'
export { sharedPassages } from './lib/align/passages.js'
export type {
  SharedShingleAddOptions,
  SharedShingleOptions,
  SharedShinglePair,
  SharedShingles,
} from './lib/candidates/shared-shingles.js'
export { createSharedShingles } from './lib/candidates/shared-shingles.js'
export type { Cluster } from './lib/cluster/cluster.js'
export type { DuplicateCluster } from './lib/cluster/duplicate-clusters.js'
export { duplicateClusters } from './lib/cluster/duplicate-clusters.js'
export type {
  DuplicatePair,
  DuplicatePairCluster,
  DuplicatePairMember,
  DuplicatePairOptions,
} from './lib/cluster/duplicate-pairs.js'
export { duplicateClustersFromPairs } from './lib/cluster/duplicate-pairs.js'
export { exactDuplicates } from './lib/cluster/exact-duplicates.js'
export type { StoryCluster, StoryLink, StoryOptions } from './lib/cluster/story-clusters.js'
export { storyClusters } from './lib/cluster/story-clusters.js'
export type { StoryEdge, StoryStar, StoryStarOptions } from './lib/cluster/story-stars.js'
export { storyClustersFromLinks, storyDefaults } from './lib/cluster/story-stars.js'
export type { DocumentInput } from './lib/documents.js'
export type { DuplicateIndex } from './lib/index/memory-index.js'
export { createIndex } from './lib/index/memory-index.js'
export type { IndexOptions, Match, QueryOptions, Verification } from './lib/index/options.js'
export type { PreparedDocument } from './lib/index/prepare.js'
export type { TextInput } from './lib/input/compared-text.js'
export type { LshWeights } from './lib/lsh/optimal-bands.js'
export { ParameterMismatchError } from './lib/minhash/errors.js'
export type { MinHash, Signature } from './lib/minhash/minhash.js'
export { createMinHash } from './lib/minhash/minhash.js'
export type { MinHashOptions } from './lib/minhash/parameters.js'
export type { RetextDedupeOptions } from './lib/plugin/retext-dedupe.js'
export { default } from './lib/plugin/retext-dedupe.js'
export type { ShingleOptions } from './lib/shingle/shingles.js'
export type { IndexDocument, PersistentIndex } from './lib/store/persistent-index.js'
export { openIndex } from './lib/store/persistent-index.js'
export type { DedupeVerdict, DocumentSource, SignedDocument } from './lib/stream/streams.js'
export { dedupeStream, signatureStream } from './lib/stream/streams.js'
