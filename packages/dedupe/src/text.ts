// `@copydesk/dedupe/text`: how dedupe reads a text — what it compares of an Article, its words,
// sentences, normal form and exact-duplicate key.
export type { TextInput } from './lib/input/compared-text.js'
export { articleBody } from './lib/input/compared-text.js'
export { exactKey } from './lib/text/exact-key.js'
export { foldCase } from './lib/text/fold-case.js'
export { normaliseText, normalizeText } from './lib/text/normalise.js'
export { sentences } from './lib/text/sentences.js'
export type { Word } from './lib/text/words.js'
export { words } from './lib/text/words.js'
