import { checkOptions, describeValue } from '@copydesk/parse'
import { checkDocument, type DocumentInput } from '../documents.js'
import { createIndex, type DuplicateIndex } from '../index/memory-index.js'
import { type IndexOptions, indexOptionChecks, type Match } from '../index/options.js'
import { createMinHash, type MinHash, type Signature } from '../minhash/minhash.js'
import type { MinHashOptions } from '../minhash/parameters.js'
import type { PersistentIndex } from '../store/persistent-index.js'

/** A source of documents: an array, a generator, or an async iterable (a file being read). */
export type DocumentSource = AsyncIterable<DocumentInput> | Iterable<DocumentInput>

/** A signed document from {@link signatureStream}. */
export interface SignedDocument {
  id: string
  /** Undefined when the text has no words (`empty: true`). */
  signature?: Signature
  empty: boolean
}

/**
 * Sign documents one at a time as they arrive (a text is a string or an `Article`, signed by its
 * body). Memory stays bounded by one document; empty
 * documents are reported (`empty: true`), not dropped silently.
 *
 * @example
 *   for await (const { id, signature } of signatureStream(readJsonLines('news.jsonl'))) {
 *     store.put(id, encodeSignature(signature))
 *   }
 */
export async function* signatureStream(
  documents: DocumentSource,
  options?: { minhash?: MinHash | MinHashOptions },
): AsyncGenerator<SignedDocument> {
  options = checkOptions<{ minhash?: MinHash | MinHashOptions }>('signatureStream', options, {
    minhash: 'object',
  })
  const minhash =
    options.minhash && 'signature' in options.minhash
      ? options.minhash
      : createMinHash(options.minhash)
  let position = 0
  for await (const document of iterate(documents, 'signatureStream')) {
    // Ids are not remembered (memory stays bounded); an index refuses a repeated id on insert.
    const { id, text } = checkDocument(
      document,
      `signatureStream\` document ${position++}`,
      new Set(),
    )
    const shingles = minhash.shingles(text)
    if (shingles.length === 0) yield { id, empty: true }
    else yield { id, signature: minhash.signatureOfShingles(shingles), empty: false }
  }
}

/** The verdict on one document of {@link dedupeStream}. */
export interface DedupeVerdict {
  id: string
  /** `unique`: first of its kind (now in the index); `duplicate`: of `duplicateOf`; `empty`: no words. */
  status: 'unique' | 'duplicate' | 'empty'
  /** The representative it duplicates (status `duplicate`). */
  duplicateOf?: string
  /** Similarity to that representative. */
  similarity?: number
  /** Whether it is identical to it after normalisation. */
  identical?: boolean
}

/**
 * Drop duplicates from a stream of documents as they arrive, day after day: each document is
 * checked against the representatives seen so far (the first of each duplicate group) and
 * either added as a new representative or reported as a duplicate — the same no-chaining rule
 * as {@link duplicateClusters}. Pass a persistent index (`openIndex`) to keep memory bounded and
 * to continue tomorrow where today stopped.
 *
 * @example
 *   const index = await openIndex('./news-index')
 *   for await (const verdict of dedupeStream(todaysArticles, { index })) {
 *     if (verdict.status === 'unique') publish(verdict.id)
 *   }
 */
export async function* dedupeStream(
  documents: DocumentSource,
  options?: IndexOptions & { index?: DuplicateIndex | PersistentIndex },
): AsyncGenerator<DedupeVerdict> {
  const { index: given, ...indexOptions } = checkOptions<
    IndexOptions & { index?: DuplicateIndex | PersistentIndex }
  >('dedupeStream', options, { ...indexOptionChecks, index: 'object' })
  const index = given ?? createIndex(indexOptions)
  let position = 0
  for await (const document of iterate(documents, 'dedupeStream')) {
    const { id, text } = checkDocument(document, `dedupeStream\` document ${position++}`, new Set())
    if (!/[\p{L}\p{N}]/u.test(text)) {
      yield { id, status: 'empty' }
      continue
    }
    const prepared = index.prepare(text)
    const [best] = (await index.query(prepared)) as Match[]
    if (best) {
      yield {
        id,
        status: 'duplicate',
        duplicateOf: best.id,
        similarity: best.similarity,
        identical: best.identical,
      }
    } else {
      await index.add(id, prepared)
      yield { id, status: 'unique' }
    }
  }
}

function iterate(documents: DocumentSource, context: string): DocumentSource {
  if (
    documents === null ||
    typeof documents !== 'object' ||
    !(Symbol.asyncIterator in documents || Symbol.iterator in documents)
  ) {
    throw new TypeError(
      `Cannot \`${context}\` ${describeValue(documents)}: expected an iterable or async iterable of documents like { id: 'cnn-1', text: '…' }`,
    )
  }
  return documents
}
