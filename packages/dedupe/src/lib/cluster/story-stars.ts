import { checkOptions, describeValue } from '@copydesk/parse'
import type { Cluster } from './cluster.js'

/** The least a story link needs: the two document ids it joins. */
export interface StoryEdge {
  a: string
  b: string
}

/**
 * A story grouped around its representative (the centre of the star): every other member is
 * linked directly to it.
 */
export interface StoryStar<Link extends StoryEdge = StoryEdge> extends Cluster {
  /** The given links with both ends in this story (links to the representative and among members). */
  links: Link[]
}

/** Options for {@link storyClustersFromLinks}. */
export interface StoryStarOptions {
  /** Return only stories of at least this many documents; 1 (every document) by default. */
  minSize?: number
  /**
   * Publication dates by id (a `Date`, epoch milliseconds or an ISO 8601 string), from the
   * documents' own evidence: a story never spans more than `windowDays` between its dated
   * members. Ids not in the map are undated and not limited by the window.
   */
  dates?: ReadonlyMap<string, Date | number | string>
  /**
   * With `dates`: the most days a story spans, from its earliest dated member to its latest; a
   * link between documents further apart is never followed. 14 by default: a news story and its
   * follow-ups, not the same templated weekly report over a season.
   */
  windowDays?: number
}

/**
 * The defaults of `storyClusters` (and the window of {@link storyClustersFromLinks}), for callers
 * that build story links themselves and want the same rule: a link by word 5-gram Jaccard
 * `threshold`, or by a shared passage of `minSharedWords` aligned words whose shared 5-grams weigh
 * `minSharedShingles` (each `1 / (documents carrying it − 1)`); no story spans more than
 * `windowDays` between dated members.
 */
export const storyDefaults = Object.freeze({
  threshold: 0.2,
  minSharedWords: 12,
  minSharedShingles: 5,
  windowDays: 14,
})

/**
 * Group documents into stories from precomputed story links, without chaining: a story is a
 * centre (its `representative`) and the documents linked directly to it. Centres are chosen greedily — the document
 * with the most distinct linked documents first (the earlier in `ids` on a tie); it takes every
 * linked document no earlier story took; repeat. A ~ B and B ~ C put A and C in one story only
 * when the one chosen as centre links to both, never through a chain of weak links. Every id is in
 * exactly one story (an unlinked document is a story of one; `minSize: 2` leaves those out);
 * stories in order of their first member. With `dates`, stories are bounded in time: a link
 * between documents more than `windowDays` apart is dropped, and a centre takes a linked document
 * only while the story's dated members stay within `windowDays` of each other (a story never
 * forces a date on an undated member). Cost: O(ids + links) plus sorting the ids by degree.
 *
 * Use it when the links come from elsewhere (signatures and shingle counts kept while streaming);
 * {@link storyClusters} computes the links from texts and then groups them with this.
 *
 * @example
 *   storyClustersFromLinks(['a', 'b', 'c'], [{a: 'a', b: 'b'}, {a: 'b', b: 'c'}])
 *   // => [{representative: 'b', members: ['a', 'b', 'c'], links: [...]}]
 *   storyClustersFromLinks(['a', 'b', 'c', 'd'], [{a: 'a', b: 'b'}, {a: 'b', b: 'c'}, {a: 'c', b: 'd'}])
 *   // => b (first of the degree-2 pair) takes a and c; d stays alone: members ['a', 'b', 'c'] and ['d']
 */
export function storyClustersFromLinks<Link extends StoryEdge>(
  ids: Iterable<string>,
  links: Iterable<Link>,
  options?: StoryStarOptions,
): StoryStar<Link>[] {
  const checked = checkOptions<StoryStarOptions>('storyClustersFromLinks', options, {
    minSize: 'number',
    dates: {
      expected: "a Map from id to date, like new Map([['reuters-1', '1987-02-26']])",
      test: (value) => value instanceof Map,
    },
    windowDays: 'number',
  })
  const minSize = checked.minSize ?? 1
  const windowDays = checked.windowDays ?? storyDefaults.windowDays
  if (!(windowDays >= 0)) {
    throw new RangeError(
      `Cannot \`storyClustersFromLinks\` with \`windowDays\` ${String(windowDays)}: expected a number of days ≥ 0 (e.g. 14)`,
    )
  }
  const windowMs = windowDays * 86_400_000
  if (!(Number.isInteger(minSize) && minSize >= 1)) {
    throw new RangeError(
      `Cannot \`storyClustersFromLinks\` with \`minSize\` ${String(minSize)}: expected a whole number ≥ 1 (e.g. 2 to leave out stories of one)`,
    )
  }
  if (ids === null || typeof ids !== 'object' || !(Symbol.iterator in ids)) {
    throw new TypeError(
      `Cannot \`storyClustersFromLinks\` with ids ${describeValue(ids)}: expected an iterable of document ids like ['reuters-1', 'reuters-2']`,
    )
  }
  if (links === null || typeof links !== 'object' || !(Symbol.iterator in links)) {
    throw new TypeError(
      `Cannot \`storyClustersFromLinks\` with links ${describeValue(links)}: expected an iterable of links like { a: 'reuters-1', b: 'reuters-2' }`,
    )
  }
  const order = new Map<string, number>()
  const list: string[] = []
  for (const id of ids) {
    if (typeof id !== 'string' || id === '') {
      throw new TypeError(
        `Cannot \`storyClustersFromLinks\`: id ${list.length} is ${describeValue(id)}, expected a non-empty string`,
      )
    }
    if (order.has(id)) {
      throw new TypeError(`Cannot \`storyClustersFromLinks\`: id \`${id}\` is given twice`)
    }
    order.set(id, list.length)
    list.push(id)
  }

  // Publication times by position (NaN: undated).
  const times = new Float64Array(list.length).fill(Number.NaN)
  for (const [id, date] of checked.dates ?? []) {
    const index = order.get(id)
    if (index === undefined) continue
    const time =
      date instanceof Date ? date.getTime() : typeof date === 'number' ? date : Date.parse(date)
    if (!Number.isFinite(time)) {
      throw new TypeError(
        `Cannot \`storyClustersFromLinks\`: the date of \`${id}\` is ${describeValue(date)}, expected a Date, epoch milliseconds or an ISO 8601 string such as '2016-11-06'`,
      )
    }
    times[index] = time
  }
  const apart = (x: number, y: number) => Math.abs(times[x]! - times[y]!) > windowMs

  // Sets only for linked documents: a large corpus is mostly unlinked.
  const neighbours: (Set<number> | undefined)[] = new Array(list.length)
  const kept: { a: number; b: number; link: Link }[] = []
  let position = 0
  for (const link of links) {
    const a = typeof link?.a === 'string' ? order.get(link.a) : undefined
    const b = typeof link?.b === 'string' ? order.get(link.b) : undefined
    if (a === undefined || b === undefined) {
      const which = a === undefined ? 'a' : 'b'
      const value = (link as Partial<StoryEdge> | null)?.[which]
      throw new TypeError(
        `Cannot \`storyClustersFromLinks\`: link ${position} has \`${which}\` ${typeof value === 'string' ? `\`${value}\`, which is not among the ids` : describeValue(value)}`,
      )
    }
    position++
    if (a === b || apart(a, b)) continue
    linkTo(neighbours, a, b)
    linkTo(neighbours, b, a)
    kept.push({ a, b, link })
  }

  const byDegree = list.map((_, index) => index)
  const degree = (index: number) => neighbours[index]?.size ?? 0
  byDegree.sort((x, y) => degree(y) - degree(x) || x - y)
  const storyOf = new Int32Array(list.length).fill(-1)
  const centres: number[] = []
  for (const centre of byDegree) {
    if (storyOf[centre] !== -1) continue
    const story = centres.length
    centres.push(centre)
    storyOf[centre] = story
    // The story's dated span so far (NaN while no member is dated).
    let earliest = times[centre]!
    let latest = times[centre]!
    for (const member of neighbours[centre] ?? []) {
      if (storyOf[member] !== -1) continue
      const time = times[member]!
      if (!Number.isNaN(time)) {
        if (Math.max(latest, time) - Math.min(earliest, time) > windowMs) continue
        earliest = Number.isNaN(earliest) ? time : Math.min(earliest, time)
        latest = Number.isNaN(latest) ? time : Math.max(latest, time)
      }
      storyOf[member] = story
    }
  }

  const sizes = new Int32Array(centres.length)
  for (const story of storyOf) sizes[story]!++
  // Only stories of `minSize` or more are built (a million singletons would cost memory).
  const stories: (StoryStar<Link> | undefined)[] = centres.map((centre, story) =>
    sizes[story]! >= minSize
      ? { representative: list[centre]!, members: [], links: [] }
      : undefined,
  )
  for (const [index, id] of list.entries()) stories[storyOf[index]!]?.members.push(id)
  for (const { a, b, link } of kept) {
    if (storyOf[a] === storyOf[b]) stories[storyOf[a]!]?.links.push(link)
  }
  const first = (story: StoryStar<Link>) => order.get(story.members[0]!)!
  return stories
    .filter((story): story is StoryStar<Link> => story !== undefined)
    .sort((x, y) => first(x) - first(y))
}

/** Record `to` as linked to `from`, making the set on first use. */
function linkTo(neighbours: (Set<number> | undefined)[], from: number, to: number): void {
  const set = neighbours[from]
  if (set) set.add(to)
  else neighbours[from] = new Set([to])
}
