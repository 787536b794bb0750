// `@copydesk/dedupe/minhash`: the machinery under the index — MinHash signatures, their
// comparison and encoding, the LSH banding, and the versions of the stored formats.
export type { LshBanding, LshWeights } from './lib/lsh/optimal-bands.js'
export { candidateProbability, defaultLshWeights, optimalBanding } from './lib/lsh/optimal-bands.js'
export { estimateJaccard, exactJaccard } from './lib/minhash/compare.js'
export { decodeSignature, encodeSignature, signatureFormatVersion } from './lib/minhash/encode.js'
export { ParameterMismatchError } from './lib/minhash/errors.js'
export type { MinHash, Signature } from './lib/minhash/minhash.js'
export { createMinHash } from './lib/minhash/minhash.js'
export type { MinHashOptions, MinHashParameters } from './lib/minhash/parameters.js'
export { minHashAlgorithmVersion, resolveMinHashParameters } from './lib/minhash/parameters.js'
export type { ResolvedShingleOptions, ShingleOptions } from './lib/shingle/shingles.js'
export type { StoreMeta } from './lib/store/format.js'
export { storeFormat, storeFormatVersion } from './lib/store/format.js'
