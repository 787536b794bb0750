/**
 * A group of documents around one of them: the one shape of every cluster dedupe returns
 * (`duplicateClusters`, `duplicateClustersFromPairs`, `storyClusters`, `storyClustersFromLinks`),
 * each adding what it knows of the members.
 *
 * @example
 *   duplicateClusters(documents)[0] // => { representative: 'a', members: ['a', 'b'], matches: […] }
 */
export interface Cluster {
  /** The document the cluster is grouped around; it is also in `members`. */
  representative: string
  /** Every document of the cluster, the representative included, in input order. */
  members: string[]
}
