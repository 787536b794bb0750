import { checkOptions } from '@copydesk/parse'
import {
  checkPassageOptions,
  type PassageOptions,
  type SharedPassage,
  sharedPassages,
} from '../align/passages.js'
import { createShingleCounter } from '../candidates/shared-shingles.js'
import { checkDocuments, type DocumentInput } from '../documents.js'
import { exactJaccard } from '../minhash/compare.js'
import { resolveShingleOptions, shingleSet } from '../shingle/shingles.js'
import { type StoryStar, storyClustersFromLinks, storyDefaults } from './story-stars.js'

/** Word 5-gram Jaccard at or above which `storyClusters` counts two documents as copies. */
const copyThreshold = 0.5

/** Options for {@link storyClusters}. */
export interface StoryOptions {
  /** Word 5-gram Jaccard at or above which two documents tell the same story; 0.2 by default. */
  threshold?: number
  /** Or: a shared passage with at least this many aligned words; 12 by default. */
  minSharedWords?: number
  /**
   * With dates (`date` on the documents): no story spans more than this many days between its
   * dated members, and documents further apart are never linked; undated documents are not
   * limited. 14 by default.
   */
  windowDays?: number
  /**
   * A shared passage links two documents only if they also share distinctive word 5-grams of at
   * least this weight: each shared 5-gram weighs `1 / (documents carrying it − 1)`, so a 5-gram
   * only the two have counts 1 and a phrase several unrelated reports carry counts little (see
   * `createSharedShingles`); 5 by default.
   */
  minSharedShingles?: number
  /** Shingles in more documents than this are boilerplate and do not propose pairs; 50. */
  maxShingleDocuments?: number
  /** Options for the passage alignment. */
  passages?: PassageOptions
}

/** Why two documents were linked into one story. */
export interface StoryLink {
  a: string
  b: string
  /** Exact word 5-gram Jaccard of the two documents. */
  similarity: number
  /** Aligned words of their longest shared passage (0 when none reaches the passage minimum). */
  sharedWords: number
}

/**
 * A story: a representative (the centre) and the documents linked directly to it (`members` in
 * input order, the representative among them; `links` the story links among its members).
 */
export type StoryCluster = StoryStar<StoryLink>

/**
 * Group documents into stories: a looser relation than duplication. Two documents are linked
 * when their word 5-gram Jaccard reaches `threshold` or they share a passage of at least
 * `minSharedWords` aligned words of distinctive text, and (when both are dated) were published
 * within `windowDays` of each other; no story spans more than the window between its dated members. A text is a string or an `Article` from `parseArticle`, compared by its body. Stories do
 * not chain: each is a centre and the documents linked directly to it, centres
 * chosen greedily by number of links (see {@link storyClustersFromLinks}) — a rewrite that quotes
 * the original joins its story even when it is no duplicate of it, but A ~ B ~ C with A ≁ C is
 * one story only around B.
 *
 * Candidate pairs come from shared distinctive word 5-grams ({@link createSharedShingles}, the
 * same counter; boilerplate 5-grams dropped), so only documents with some common text are ever
 * aligned.
 *
 * @example
 *   storyClusters(seeds).map((story) => story.members) // => [['000', '001', '002', '003']]
 *   storyClusters(seeds)[0].representative // => '000'
 */
export function storyClusters(
  documents: Iterable<DocumentInput>,
  options?: StoryOptions,
): StoryCluster[] {
  options = checkOptions<StoryOptions>('storyClusters', options, {
    threshold: 'number',
    minSharedWords: 'number',
    windowDays: 'number',
    minSharedShingles: 'number',
    maxShingleDocuments: 'number',
    passages: 'object',
  })
  const passageOptions = checkPassageOptions('storyClusters({passages})', options.passages)
  const checked = checkDocuments(documents, 'storyClusters')
  const threshold = options.threshold ?? storyDefaults.threshold
  const minSharedWords = options.minSharedWords ?? storyDefaults.minSharedWords
  const maxShingleDocuments = options.maxShingleDocuments ?? 50
  const minSharedShingles = options.minSharedShingles ?? storyDefaults.minSharedShingles
  const windowDays = options.windowDays ?? storyDefaults.windowDays
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(
      `Cannot \`storyClusters\` with \`threshold\` ${String(threshold)}: expected a similarity in (0, 1] (e.g. 0.2)`,
    )
  }
  if (!(windowDays >= 0)) {
    throw new RangeError(
      `Cannot \`storyClusters\` with \`windowDays\` ${String(options.windowDays)}: expected a number of days ≥ 0 (e.g. 14)`,
    )
  }
  const windowMs = windowDays * 86_400_000

  const shingleOptions = resolveShingleOptions()
  const sets = checked.map((document) => shingleSet(document.text, shingleOptions))
  // Candidates: pairs sharing at least one distinctive shingle (the one shared-shingle counter).
  const counter = createShingleCounter()
  for (const [index, document] of checked.entries()) counter.add(document.id, sets[index]!)
  const candidates = counter
    .indexedPairs(1, maxShingleDocuments)
    .sort((x, y) => x.a - y.a || x.b - y.b)
  // Near-duplicates count as one document when shingles are weighted by how many carry them
  // (syndicated copies do not make their story's sentences look like boilerplate): each joins
  // the group of the earliest document it is a copy of, and the weights are counted again.
  const similarities = candidates.map(({ a, b }) => exactJaccard(sets[a]!, sets[b]!))
  const copies = checked.map((_, index) => index)
  for (const [index, { a, b }] of candidates.entries()) {
    if (similarities[index]! >= copyThreshold && copies[b] === b) copies[b] = copies[a]!
  }
  if (copies.some((copy, index) => copy !== index)) {
    const weights = new Map<number, number>()
    for (const { a, b, weight } of counter.indexedPairs(1, maxShingleDocuments, copies)) {
      weights.set(a * checked.length + b, weight)
    }
    for (const candidate of candidates) {
      candidate.weight = weights.get(candidate.a * checked.length + candidate.b) ?? 0
    }
  }

  const links: StoryLink[] = []
  for (const [index, { a: x, b: y, weight }] of candidates.entries()) {
    const first = checked[x]!
    const second = checked[y]!
    if (
      first.time !== undefined &&
      second.time !== undefined &&
      Math.abs(first.time - second.time) > windowMs
    ) {
      continue
    }
    const similarity = similarities[index]!
    // A shared passage counts only when enough of it is distinctive text: templated wire
    // phrases shared by several unrelated reports would otherwise chain stories together.
    const distinctive = weight >= minSharedShingles
    if (similarity < threshold && !distinctive) continue
    const sharedWords = longest(sharedPassages(first.text, second.text, passageOptions))
    if (similarity < threshold && sharedWords < minSharedWords) continue
    links.push({
      a: first.id,
      b: second.id,
      similarity: Math.round(similarity * 1000) / 1000,
      sharedWords,
    })
  }

  const dates = new Map<string, number>()
  for (const document of checked) {
    if (document.time !== undefined) dates.set(document.id, document.time)
  }
  return storyClustersFromLinks(
    checked.map((document) => document.id),
    links,
    { dates, windowDays },
  )
}

function longest(passages: SharedPassage[]): number {
  return passages.reduce((best, passage) => Math.max(best, passage.words), 0)
}
