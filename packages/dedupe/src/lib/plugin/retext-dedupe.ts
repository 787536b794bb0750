import { type Article, checkOptions } from '@copydesk/parse'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { DuplicateIndex } from '../index/memory-index.js'
import type { Match } from '../index/options.js'
import { articleBody } from '../input/compared-text.js'
import { createMinHash, type MinHash, type Signature } from '../minhash/minhash.js'
import type { MinHashOptions } from '../minhash/parameters.js'
import type { PersistentIndex } from '../store/persistent-index.js'

declare module 'vfile' {
  interface DataMap {
    /** MinHash signature of the document (of its article body when parsed), by `retextDedupe`. */
    signature: Signature
    /** Near-duplicates of the document found in the index, most similar first. */
    duplicates: Match[]
  }
}

/** Options for the {@link retextDedupe} plugin. */
export interface RetextDedupeOptions {
  /** Look the document up in this index (its MinHash is used); without one, only sign. */
  index?: DuplicateIndex | PersistentIndex
  /** MinHash for signing when there is no index. */
  minhash?: MinHash | MinHashOptions
  /** Add the document to the index (under `file.path`, or `file.data.id`) when it is unique. */
  add?: boolean
}

/**
 * unified plugin: sign the document and look for its near-duplicates. The text compared is the
 * article body when `@copydesk/parse` ran first (`file.data.article`), else the whole file.
 * Results go on `file.data.signature` and `file.data.duplicates`; each duplicate is also a
 * `file.message` (`near-duplicate` or `exact-duplicate`), an empty document an `empty-document`
 * message.
 *
 * @example
 *   const index = createIndex()
 *   const processor = unified().use(retextEnglish).use(retextArticle).use(retextDedupe, { index, add: true })
 *   const file = await processor.process(new VFile({ path: 'cnn-1.txt', value: text }))
 *   file.data.duplicates // => [] the first time, [{ id: 'cnn-1.txt', … }] for a re-scrape
 */
const retextDedupe: Plugin<[(RetextDedupeOptions | null | undefined)?]> = (options) => {
  const settings = checkOptions<RetextDedupeOptions>('retextDedupe', options, {
    index: 'object',
    minhash: 'object',
    add: 'boolean',
  })
  const minhash =
    settings.index?.options.minhash ??
    (settings.minhash && 'signature' in settings.minhash
      ? settings.minhash
      : createMinHash(settings.minhash))

  return async (_tree, file: VFile) => {
    const article = file.data.article as Article | undefined
    const text = article ? articleBody(article) : String(file.value ?? '')
    const shingles = minhash.shingles(text)
    if (shingles.length === 0) {
      file.message('Cannot check an empty document for duplicates: it has no words', {
        source: '@copydesk/dedupe',
        ruleId: 'empty-document',
      })
      file.data.duplicates = []
      return
    }
    file.data.signature = minhash.signatureOfShingles(shingles)
    if (!settings.index) return
    const duplicates = await settings.index.query(text)
    file.data.duplicates = duplicates
    for (const duplicate of duplicates) {
      file.message(
        duplicate.identical
          ? `Exact duplicate of \`${duplicate.id}\` (identical after normalisation)`
          : `Near-duplicate of \`${duplicate.id}\` (Jaccard ${duplicate.similarity.toFixed(2)})`,
        {
          source: '@copydesk/dedupe',
          ruleId: duplicate.identical ? 'exact-duplicate' : 'near-duplicate',
        },
      )
    }
    const id = (file.data.id as string | undefined) ?? file.path
    if (settings.add && duplicates.length === 0) {
      if (!id) {
        file.fail('Cannot `add` a file without an id: give the VFile a `path` or `data.id`', {
          source: '@copydesk/dedupe',
          ruleId: 'missing-id',
        })
      }
      await settings.index.add(id, text)
    }
  }
}

export default retextDedupe
