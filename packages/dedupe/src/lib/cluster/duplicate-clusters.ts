import { checkDocuments, type DocumentInput } from '../documents.js'
import { createIndex } from '../index/memory-index.js'
import type { IndexOptions, Match } from '../index/options.js'

/** A group of near-duplicates: every member is within the threshold of the representative. */
export interface DuplicateCluster {
  /** The first document of the cluster in input order (the original, in a dated feed). */
  representative: string
  /** The other members with their similarity to the representative, most similar first. */
  members: Match[]
}

/**
 * Group documents into near-duplicate clusters without chaining through weak links.
 *
 * The rule: documents are taken in input order; each joins the cluster whose representative is
 * most similar to it, if that similarity reaches `threshold`, and otherwise founds a new cluster
 * as its representative. So every member is within the threshold of its representative: A≈B
 * and B≈C put C with A only if C≈A itself, never through B. Singletons are returned as clusters
 * without members.
 *
 * @example
 *   duplicateClusters([{ id: 'a', text }, { id: 'b', text: rescraped }, { id: 'c', text: other }])
 *   // => [{ representative: 'a', members: [{ id: 'b', similarity: 0.9, identical: false }] },
 *   //     { representative: 'c', members: [] }]
 */
export function duplicateClusters(
  documents: Iterable<DocumentInput>,
  options: IndexOptions = {},
): DuplicateCluster[] {
  const checked = checkDocuments(documents, 'duplicateClusters')
  const representatives = createIndex(options)
  const clusters = new Map<string, DuplicateCluster>()
  for (const { id, text } of checked) {
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw new RangeError(
        `Cannot \`duplicateClusters\` document \`${id}\`: its text is empty (no words); drop empty documents first`,
      )
    }
    const prepared = representatives.prepare(text)
    const [best] = representatives.query(prepared)
    if (best) {
      clusters.get(best.id)!.members.push({ ...best, id })
    } else {
      representatives.add(id, prepared)
      clusters.set(id, { representative: id, members: [] })
    }
  }
  for (const cluster of clusters.values()) {
    cluster.members.sort((a, b) => b.similarity - a.similarity)
  }
  return [...clusters.values()]
}
