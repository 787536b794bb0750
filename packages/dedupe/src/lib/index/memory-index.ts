import type { TextInput } from '../input/compared-text.js'
import { bandKeys } from '../lsh/band-keys.js'
import type { Signature } from '../minhash/minhash.js'
import {
  assertId,
  type IndexOptions,
  type Match,
  type QueryOptions,
  type ResolvedIndexOptions,
  resolveIndexOptions,
  resolveQueryThreshold,
} from './options.js'
import { type PreparedDocument, prepareDocument, verifiedSimilarity } from './prepare.js'

interface Entry extends PreparedDocument {
  bandKeys: Int32Array
}

/** An in-memory MinHash LSH index of documents by id. */
export interface DuplicateIndex {
  readonly options: ResolvedIndexOptions
  /** Number of documents in the index. */
  readonly size: number
  /** Shingle, sign and hash a text (an Article: its body) once, for a `query` followed by an `add`. */
  prepare(document: TextInput | Signature): PreparedDocument
  /** Add a document (its text, an Article compared by its body, a signature made with the index's MinHash, or a prepared one). */
  add(id: string, document: TextInput | Signature | PreparedDocument): void
  /** Remove a document; returns whether it was there. */
  remove(id: string): boolean
  has(id: string): boolean
  /** The stored signature of a document. */
  signatureOf(id: string): Signature | undefined
  /** Verified near-duplicates of a text, an Article or a signature, most similar first. */
  query(document: TextInput | Signature | PreparedDocument, options?: QueryOptions): Match[]
  /** Near-duplicates of a stored document (itself excluded); throws if the id is unknown. */
  similarTo(id: string, options?: QueryOptions): Match[]
  /** Ids in insertion order. */
  ids(): IterableIterator<string>
}

/**
 * Create an in-memory near-duplicate index (MinHash + LSH). Candidates from the LSH buckets are
 * verified (estimated, or exact Jaccard with `verify: 'exact'`) before they are reported.
 *
 * @example
 *   const index = createIndex({ threshold: 0.8 })
 *   index.add('cnn-1', articleText)
 *   index.query(rescrapedText) // => [{ id: 'cnn-1', similarity: 0.91, identical: false }]
 */
export function createIndex(options: IndexOptions = {}): DuplicateIndex {
  const resolved = resolveIndexOptions(options)
  const { bands, rows } = resolved.banding
  const entries = new Map<string, Entry>()
  const buckets: Map<number, string[]>[] = Array.from({ length: bands }, () => new Map())

  const candidatesOf = (keys: Int32Array): Set<string> => {
    const found = new Set<string>()
    for (let band = 0; band < bands; band++) {
      const bucket = buckets[band]!.get(keys[band]!)
      if (bucket) for (const id of bucket) found.add(id)
    }
    return found
  }

  const index: DuplicateIndex = {
    options: resolved,
    get size() {
      return entries.size
    },
    prepare(document) {
      return prepareDocument(document, resolved, 'prepare')
    },
    add(id, document) {
      assertId(id, 'add')
      if (entries.has(id)) {
        throw new Error(
          `Cannot \`add\` document \`${id}\`: an entry with this id is already in the index; \`remove('${id}')\` it first to replace it`,
        )
      }
      const prepared = prepareDocument(document, resolved, 'add')
      const keys = bandKeys(prepared.signature.values, bands, rows)
      entries.set(id, { ...prepared, bandKeys: keys })
      for (let band = 0; band < bands; band++) {
        const table = buckets[band]!
        const bucket = table.get(keys[band]!)
        if (bucket) bucket.push(id)
        else table.set(keys[band]!, [id])
      }
    },
    remove(id) {
      const entry = entries.get(id)
      if (!entry) return false
      entries.delete(id)
      for (let band = 0; band < bands; band++) {
        const table = buckets[band]!
        const bucket = table.get(entry.bandKeys[band]!)
        if (!bucket) continue
        const at = bucket.indexOf(id)
        if (at >= 0) bucket.splice(at, 1)
        if (bucket.length === 0) table.delete(entry.bandKeys[band]!)
      }
      return true
    },
    has(id) {
      return entries.has(id)
    },
    signatureOf(id) {
      return entries.get(id)?.signature
    },
    query(document, queryOptions) {
      const threshold = resolveQueryThreshold(queryOptions, resolved.threshold)
      const prepared = prepareDocument(document, resolved, 'query')
      const matches: Match[] = []
      for (const id of candidatesOf(bandKeys(prepared.signature.values, bands, rows))) {
        if (id === queryOptions?.exclude) continue
        const verdict = verifiedSimilarity(prepared, entries.get(id)!, resolved)
        if (verdict.similarity >= threshold) matches.push({ id, ...verdict })
      }
      return matches.sort(byMatch)
    },
    similarTo(id, queryOptions = {}) {
      const entry = entries.get(id)
      if (!entry) {
        throw new Error(`Cannot \`similarTo\` \`${id}\`: no document with this id is in the index`)
      }
      return index.query(entry, { ...queryOptions, exclude: id })
    },
    ids() {
      return entries.keys()
    },
  }
  return index
}

/** Most similar first, then by id for a stable order. */
export function byMatch(a: Match, b: Match): number {
  return b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
