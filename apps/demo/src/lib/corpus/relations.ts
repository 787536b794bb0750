import {
  createIndex,
  createSharedShingles,
  type DuplicateIndex,
  duplicateClustersFromPairs,
  type SharedShinglePair,
  type SharedShingles,
} from '@copydesk/dedupe'
import type { ReportDuplicateCluster, ReportDuplicatePair } from '../report/types.js'

/** What the corpus-level step found from the signatures and shingles. */
export interface CorpusFindings {
  /** The near-duplicate threshold (Jaccard of word 5-grams). */
  threshold: number
  pairs: ReportDuplicatePair[]
  clusters: ReportDuplicateCluster[]
  /** Pairs similar enough to be the same story without looking at passages (Jaccard of shingles). */
  similarPairs: { a: string; b: string; similarity: number }[]
  /** Pairs whose shared passages should be aligned: they share several distinctive shingles. */
  passagePairs: SharedShinglePair[]
}

export interface RelationOptions {
  /** Jaccard at or above which two documents are near-duplicates (0.5). */
  duplicateThreshold?: number
  /** Shingle-set Jaccard at or above which two documents are the same story without passages (0.2). */
  storyThreshold?: number
  /** Shingles two documents must share to be aligned for shared passages (4). */
  minSharedShingles?: number
  /** At most this many pairs are aligned (the most shared first). */
  maxPassagePairs?: number
}

/**
 * Corpus relations, built as documents arrive from their MinHash signatures and shingle hashes
 * (the texts are not kept). Duplicates: pairs verified at `duplicateThreshold` by
 * `@copydesk/dedupe`'s LSH index, plus exact duplicates by normalised text; clusters by
 * `duplicateClustersFromPairs` of `@copydesk/dedupe`: a representative (its first document in
 * input order) and the documents most similar to it within the threshold, so a cluster never
 * chains through a weak link. Candidates for shared passages: pairs sharing
 * `minSharedShingles` distinctive word 5-grams (`createSharedShingles` of `@copydesk/dedupe`,
 * duplicates added as copies of their first match), whose shingle-set similarity also gives the
 * pairs similar enough to be one story, and whose `weight` (the shared 5-grams weighted by how
 * many documents carry them) says whether their shared passages can link a story.
 *
 * @example
 *   const relations = createRelations()
 *   relations.add('000', {values, parameters, shingles, key})
 *   relations.finish().pairs // [{a: '000', b: '001', similarity: 0.62, kind: 'near'}]
 */
export function createRelations(options: RelationOptions = {}) {
  const duplicateThreshold = options.duplicateThreshold ?? 0.5
  const storyThreshold = options.storyThreshold ?? 0.2
  let duplicates: DuplicateIndex | undefined
  const ids: string[] = []
  const exact = new Map<string, string>()
  const pairs: ReportDuplicatePair[] = []
  // Dropped with the LSH index once the pairs are out: a run keeps its relations to the end.
  let shared: SharedShingles | undefined = createSharedShingles()
  return {
    add(
      id: string,
      document: { values: Uint32Array; parameters: string; shingles?: Uint32Array; key?: string },
    ): void {
      duplicates ??= createIndex({ threshold: duplicateThreshold })
      const signature = { parameters: document.parameters, values: document.values }
      const twin = document.key === undefined ? undefined : exact.get(document.key)
      if (twin !== undefined) pairs.push({ a: twin, b: id, similarity: 1, kind: 'exact' })
      else if (document.key !== undefined) exact.set(document.key, id)
      let copyOf = twin
      for (const match of duplicates.query(signature)) {
        if (match.id !== twin) {
          pairs.push({ a: match.id, b: id, similarity: round(match.similarity), kind: 'near' })
          copyOf ??= match.id
        }
      }
      duplicates.add(id, signature)
      // A duplicate counts as a copy of its first match when its shingles are weighted by how
      // many documents carry them (syndicated copies do not make a story look like boilerplate).
      if (document.shingles) shared?.add(id, document.shingles, { copyOf })
      ids.push(id)
    },
    finish(): CorpusFindings {
      const passagePairs =
        shared?.pairs({
          minShared: options.minSharedShingles ?? 4,
          maxPairs: options.maxPassagePairs ?? 50_000,
        }) ?? []
      const similarPairs = passagePairs.filter(({ similarity }) => similarity >= storyThreshold)
      duplicates = undefined
      shared = undefined
      return {
        threshold: duplicateThreshold,
        pairs,
        clusters: duplicateClusters(ids, pairs, duplicateThreshold),
        similarPairs,
        passagePairs,
      }
    },
  }
}

export type CorpusRelations = ReturnType<typeof createRelations>

/**
 * Duplicate clusters by `@copydesk/dedupe`'s rule (each document joins the most similar earlier
 * representative within the threshold; no chaining), in the report's shape: clusters of two or
 * more, members in input order with the representative among them.
 */
function duplicateClusters(
  ids: string[],
  pairs: ReportDuplicatePair[],
  threshold: number,
): ReportDuplicateCluster[] {
  return duplicateClustersFromPairs(ids, pairs, { threshold })
    .filter((cluster) => cluster.members.length > 1)
    .map(({ representative, members }) => ({ representative, members }))
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
