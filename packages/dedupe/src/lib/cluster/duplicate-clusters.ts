import { checkOptions } from '@copydesk/parse'
import { checkDocuments, type DocumentInput } from '../documents.js'
import { createIndex } from '../index/memory-index.js'
import { type IndexOptions, indexOptionChecks, type Match } from '../index/options.js'
import type { Cluster } from './cluster.js'
import { type DuplicatePair, duplicateClustersFromPairs } from './duplicate-pairs.js'

/**
 * A group of near-duplicates: every member is within the threshold of the representative, the
 * first document of the cluster in input order (the original, in a dated feed).
 */
export interface DuplicateCluster extends Cluster {
  /**
   * The other members with their similarity to the representative, most similar first (input
   * order on a tie); empty for a cluster of one.
   */
  matches: Match[]
}

/**
 * Group documents into near-duplicate clusters without chaining through weak links.
 *
 * The rule: documents are taken in input order; each joins the cluster whose representative is
 * most similar to it (the earlier one on a tie), if that similarity reaches `threshold`, and
 * otherwise founds a new cluster as its representative. So every member is within the threshold
 * of its representative: A≈B and B≈C put C with A only if C≈A itself, never through B. A document
 * near no other is a cluster of one (`members: [id]`). A text is a string or an `Article` from
 * `parseArticle`, compared by its body. The grouping is {@link duplicateClustersFromPairs} on the
 * pairs the index finds; use that directly when you have pairs but no texts.
 *
 * @example
 *   duplicateClusters([{ id: 'a', text }, { id: 'b', text: parseArticle(rescraped) }, { id: 'c', text: other }])
 *   // => [{ representative: 'a', members: ['a', 'b'],
 *   //       matches: [{ id: 'b', similarity: 0.9, identical: false }] },
 *   //     { representative: 'c', members: ['c'], matches: [] }]
 */
export function duplicateClusters(
  documents: Iterable<DocumentInput>,
  options?: IndexOptions,
): DuplicateCluster[] {
  checkOptions<IndexOptions>('duplicateClusters', options, indexOptionChecks)
  const representatives = createIndex(options)
  const checked = checkDocuments(documents, 'duplicateClusters')
  const ids: string[] = []
  const pairs: (DuplicatePair & { identical: boolean })[] = []
  for (const { id, text } of checked) {
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw new RangeError(
        `Cannot \`duplicateClusters\` document \`${id}\`: its text is empty (no words); drop empty documents first`,
      )
    }
    const prepared = representatives.prepare(text)
    // Only representatives are indexed (a document within the threshold of one is a member, by the
    // rule), so a cluster of k copies costs k pairs, not k²; which cluster it joins is decided by
    // `duplicateClustersFromPairs`, the one implementation of the rule.
    const matches = representatives.query(prepared)
    for (const match of matches) {
      pairs.push({ a: match.id, b: id, similarity: match.similarity, identical: match.identical })
    }
    if (matches.length === 0) representatives.add(id, prepared)
    ids.push(id)
  }
  // The index reported only pairs at or above its threshold: all of them count.
  return duplicateClustersFromPairs(ids, pairs, { threshold: Number.MIN_VALUE }).map(
    ({ representative, members, matches }) => ({
      representative,
      members,
      matches: matches.map(({ id, similarity, pair }) => ({
        id,
        similarity,
        identical: pair.identical,
      })),
    }),
  )
}
