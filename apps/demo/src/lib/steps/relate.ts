import type { CorpusFindings, CorpusRelations } from '../corpus/relations.js'

/** What `relate` found: duplicates, pairs similar enough to be one story, passage candidates. */
export type Related = CorpusFindings

/**
 * Step 2: the corpus relations from the signatures and shingles `analyse` collected (no text is
 * read): near and exact duplicate pairs and their clusters, pairs whose shingle sets are similar
 * enough to be the same story, and the pairs sharing enough shingles to be aligned by `align`.
 *
 * @example
 *   const related = relate(analysed.relations)
 *   related.pairs // [{a: '000', b: '001', similarity: 0.62, kind: 'near'}]
 */
export function relate(relations: CorpusRelations): Related {
  return relations.finish()
}
