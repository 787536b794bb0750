import { checkOptions, describeValue } from '@copydesk/parse'
import type { Cluster } from './cluster.js'

/** The least a duplicate pair needs: the two document ids and their similarity (0–1). */
export interface DuplicatePair {
  a: string
  b: string
  /** Similarity of `a` and `b` (e.g. Jaccard of word 5-grams), from 0 to 1. */
  similarity: number
}

/** A member of a cluster built from pairs: its id, its similarity to the representative, the pair. */
export interface DuplicatePairMember<Pair extends DuplicatePair = DuplicatePair> {
  id: string
  /** Similarity to the representative (the pair's `similarity`). */
  similarity: number
  /** The given pair that joined this member to the representative. */
  pair: Pair
}

/**
 * A group of near-duplicates built from pairs: every member is within the threshold of the
 * representative (the earliest in `ids`, which founded the cluster).
 */
export interface DuplicatePairCluster<Pair extends DuplicatePair = DuplicatePair> extends Cluster {
  /**
   * How each other member joined the representative: most similar first (earlier in `ids` on a
   * tie); empty for a cluster of one.
   */
  matches: DuplicatePairMember<Pair>[]
}

/** Options for {@link duplicateClustersFromPairs}. */
export interface DuplicatePairOptions {
  /** Similarity at or above which a pair counts; pairs below it are ignored. 0.8 by default. */
  threshold?: number
}

/**
 * Group documents into near-duplicate clusters from precomputed pairs, without chaining through
 * weak links. The rule (the same as {@link duplicateClusters}, which uses this): documents are
 * taken in the order of `ids`; each joins the cluster whose representative is most similar to it
 * (by the pairs, at or above `threshold`; the earlier representative on a tie) and otherwise founds
 * a new cluster as its representative. So A≈B and B≈C put C with A only if A≈C itself. Every id is
 * in exactly one cluster (an unpaired document is a cluster of one), clusters in the
 * order of their representatives. The order of `a` and `b` in a pair does not matter; a pair given
 * twice counts with its higher similarity. Cost: O(ids + pairs) plus sorting members.
 *
 * Use it when the pairs come from elsewhere (signatures kept while streaming, an LSH index,
 * a persistent store) and the texts are gone.
 *
 * @example
 *   duplicateClustersFromPairs(
 *     ['wire', 'rescrape', 'edited'],
 *     [{a: 'wire', b: 'rescrape', similarity: 0.93}, {a: 'rescrape', b: 'edited', similarity: 0.85}],
 *     {threshold: 0.8},
 *   )
 *   // => [{representative: 'wire', members: ['wire', 'rescrape'],
 *   //      matches: [{id: 'rescrape', similarity: 0.93, pair: …}]},
 *   //     {representative: 'edited', members: ['edited'], matches: []}]
 *   // — `edited` is not within 0.8 of `wire`
 */
export function duplicateClustersFromPairs<Pair extends DuplicatePair>(
  ids: Iterable<string>,
  pairs: Iterable<Pair>,
  options?: DuplicatePairOptions,
): DuplicatePairCluster<Pair>[] {
  const name = '`duplicateClustersFromPairs`'
  const threshold =
    checkOptions<DuplicatePairOptions>('duplicateClustersFromPairs', options, {
      threshold: 'number',
    }).threshold ?? 0.8
  if (!(typeof threshold === 'number' && threshold > 0 && threshold <= 1)) {
    throw new RangeError(
      `Cannot ${name} with \`threshold\` ${String(threshold)}: expected a similarity in (0, 1] (e.g. 0.8)`,
    )
  }
  if (ids === null || typeof ids !== 'object' || !(Symbol.iterator in ids)) {
    throw new TypeError(
      `Cannot ${name} with ids ${describeValue(ids)}: expected an iterable of document ids like ['reuters-1', 'reuters-2']`,
    )
  }
  if (pairs === null || typeof pairs !== 'object' || !(Symbol.iterator in pairs)) {
    throw new TypeError(
      `Cannot ${name} with pairs ${describeValue(pairs)}: expected an iterable of pairs like { a: 'reuters-1', b: 'reuters-2', similarity: 0.9 }`,
    )
  }
  const order = new Map<string, number>()
  const list: string[] = []
  for (const id of ids) {
    if (typeof id !== 'string' || id === '') {
      throw new TypeError(
        `Cannot ${name}: id ${list.length} is ${describeValue(id)}, expected a non-empty string`,
      )
    }
    if (order.has(id)) throw new TypeError(`Cannot ${name}: id \`${id}\` is given twice`)
    order.set(id, list.length)
    list.push(id)
  }

  // For each document, its pairs with earlier documents (only documents with such pairs get a list).
  const earlier: ({ other: number; pair: Pair }[] | undefined)[] = new Array(list.length)
  let position = 0
  for (const pair of pairs) {
    const a = typeof pair?.a === 'string' ? order.get(pair.a) : undefined
    const b = typeof pair?.b === 'string' ? order.get(pair.b) : undefined
    if (a === undefined || b === undefined) {
      const which = a === undefined ? 'a' : 'b'
      const value = (pair as Partial<DuplicatePair> | null)?.[which]
      throw new TypeError(
        `Cannot ${name}: pair ${position} has \`${which}\` ${typeof value === 'string' ? `\`${value}\`, which is not among the ids` : describeValue(value)}`,
      )
    }
    const similarity = pair.similarity
    if (typeof similarity !== 'number' || !(similarity >= 0 && similarity <= 1)) {
      throw new TypeError(
        `Cannot ${name}: pair ${position} (\`${pair.a}\`, \`${pair.b}\`) has \`similarity\` ${typeof similarity === 'number' ? String(similarity) : describeValue(similarity)}, expected a number from 0 to 1`,
      )
    }
    position++
    if (a === b || similarity < threshold) continue
    const [later, other] = a > b ? [a, b] : [b, a]
    const found = earlier[later]
    if (found) found.push({ other, pair })
    else earlier[later] = [{ other, pair }]
  }

  const clusterOf = new Int32Array(list.length).fill(-1)
  const clusters: DuplicatePairCluster<Pair>[] = []
  for (let index = 0; index < list.length; index++) {
    let best: { other: number; pair: Pair } | undefined
    for (const candidate of earlier[index] ?? []) {
      // Only representatives take members: a member's own pairs never extend its cluster.
      if (clusters[clusterOf[candidate.other]!]?.representative !== list[candidate.other]) continue
      if (
        !best ||
        candidate.pair.similarity > best.pair.similarity ||
        (candidate.pair.similarity === best.pair.similarity && candidate.other < best.other)
      ) {
        best = candidate
      }
    }
    if (best) {
      const cluster = clusterOf[best.other]!
      clusterOf[index] = cluster
      clusters[cluster]!.members.push(list[index]!)
      clusters[cluster]!.matches.push({
        id: list[index]!,
        similarity: best.pair.similarity,
        pair: best.pair,
      })
    } else {
      clusterOf[index] = clusters.length
      clusters.push({ representative: list[index]!, members: [list[index]!], matches: [] })
    }
  }
  for (const cluster of clusters) {
    // Members were pushed in input order, and the sort is stable: ties stay in input order.
    cluster.matches.sort((x, y) => y.similarity - x.similarity)
  }
  return clusters
}
