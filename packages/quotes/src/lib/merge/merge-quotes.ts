import { checkOptions } from '@copydesk/parse'
import type { MergedQuote, Quote, QuoteOccurrence } from '../types.js'
import { checkDocuments } from './check-documents.js'
import { quoteWords } from './normalise.js'
import { reconcileSpeakers } from './reconcile-speakers.js'
import { type RelatedDocuments, relatedCheck, relatedGroups } from './related-groups.js'

/** One document's quotes, as {@link mergeQuotes} takes them. */
export interface QuoteDocument {
  /** A unique id for the document (a URL, a file name, a database key). */
  id: string
  quotes: readonly Quote[]
}

/** Options for {@link mergeQuotes}. */
export interface MergeQuotesOptions {
  /**
   * The fewest words a quote needs to be matched inside a longer one or by overlap (default 4):
   * shorter quotes ("capital", "overlap") merge only with the very same words.
   */
  minWords?: number
  /**
   * The share of the shorter quote's words the longer one must hold when neither contains the
   * other (default 0.8; half their word 4-grams must match too): absorbs a changed word or two.
   */
  minOverlap?: number
  /**
   * Which documents can share a quote: pairs or groups of document ids (duplicate pairs, story
   * clusters, pairs that share passages). Quotes are merged only within each connected group of
   * related documents; a document in no pair is a group of its own. Without it, every document
   * may share a quote with every other.
   */
  related?: RelatedDocuments
  /**
   * How many unrelated groups (see `related`) must carry the same words for a quote to be
   * boilerplate (default 10): a quote of at least `minWords` words most of whose word 4-grams
   * stand in that many groups (an issuer's filing notice, "proceeds from the offering will be
   * used for general corporate purposes") merges with nothing and its entry says `boilerplate`.
   * A corpus-level count, not a phrase list; it needs `related` (without it the corpus is one
   * group and nothing is boilerplate).
   */
  boilerplateGroups?: number
}

interface Item {
  document: number
  order: number
  quote: Quote
  words: string[]
  joined: string
  shingles: string[]
  boilerplate: boolean
}

const mergeChecks = {
  boilerplateGroups: {
    expected: 'a whole number of at least 2 (default 10)',
    test: (value: unknown) => Number.isInteger(value) && (value as number) >= 2,
  },
  minWords: {
    expected: 'a whole number of at least 1 (default 4)',
    test: (value: unknown) => Number.isInteger(value) && (value as number) >= 1,
  },
  minOverlap: {
    expected: 'a number from 0 to 1 (default 0.8)',
    test: (value: unknown) =>
      typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1,
  },
  related: relatedCheck,
} as const

const shingleSize = 4
// Queried shingles per quote: its rarest ones. A quote contained in another shares all of its
// shingles with it, so its rarest one finds it.
const queriedShingles = 3

/**
 * Merge the same quote across documents: curly or straight marks, small punctuation differences
 * and a partial quote contained in a longer one become one entry listing every occurrence, with
 * the speaker's names reconciled ("Dunford" and "Joseph Dunford" → "Joseph Dunford").
 * Candidates come from an index of rare word 4-grams, so the cost stays near linear in the
 * number of quotes. With `related`, quotes merge only within each connected group of related
 * documents (on a corpus: duplicates and stories), so two stories that happen to quote the same
 * stock phrase stay apart. Every quote appears in exactly one entry; entries come in the order of
 * their first occurrence.
 *
 * @example
 *   mergeQuotes(
 *     [
 *       {id: 'cnn', quotes: extractQuotes(cnnText)},
 *       {id: 'dod', quotes: extractQuotes(dodText)},
 *       {id: 'bbc', quotes: extractQuotes(bbcText)},
 *     ],
 *     {related: [['cnn', 'dod']]},
 *   ).filter((merged) => merged.occurrences.length > 1)
 *
 * @throws {TypeError} when `documents` is not an array of `{id: string, quotes: Quote[]}`.
 * @throws {RangeError} when two documents share an id.
 */
export function mergeQuotes(
  documents: readonly QuoteDocument[],
  options?: MergeQuotesOptions,
): MergedQuote[] {
  checkDocuments('mergeQuotes', documents)
  const checked = checkOptions<MergeQuotesOptions>('mergeQuotes', options, mergeChecks)
  const minWords = checked.minWords ?? 4
  const minOverlap = checked.minOverlap ?? 0.8
  const groupOf = relatedGroups(
    'mergeQuotes',
    documents.map((document) => document.id),
    checked.related,
  )

  // Each connected group of related documents is merged on its own: quotes of unrelated
  // documents never meet, and the index holds one group's quotes at a time.
  const members = new Map<number, number[]>()
  groupOf.forEach((group, documentIndex) => {
    const list = members.get(group)
    if (list) list.push(documentIndex)
    else members.set(group, [documentIndex])
  })
  const spread = shingleSpread(documents, members.values(), minWords)
  const boilerplateGroups = checked.boilerplateGroups ?? 10
  const isBoilerplate = (shingles: readonly string[]) => {
    let common = 0
    for (const shingle of shingles) {
      if ((spread.get(shingle)?.groups ?? 0) >= boilerplateGroups) common++
    }
    return shingles.length > 0 && common * 2 >= shingles.length
  }
  const entries: FirstOccurrence[] = []
  for (const group of members.values()) {
    mergeGroup(documents, group, { minWords, minOverlap, isBoilerplate }, entries)
  }
  entries.sort((a, b) => a.document - b.document || a.order - b.order)
  return entries.map((first) => first.entry)
}

/**
 * For every word 4-gram of the quotes of at least `minWords` words: how many groups carry it
 * (each group counted once, groups visited one after the other).
 */
function shingleSpread(
  documents: readonly QuoteDocument[],
  groups: Iterable<readonly number[]>,
  minWords: number,
): Map<string, { groups: number; last: number }> {
  const spread = new Map<string, { groups: number; last: number }>()
  let groupIndex = 0
  for (const group of groups) {
    for (const documentIndex of group) {
      for (const quote of (documents[documentIndex] as QuoteDocument).quotes) {
        const words = quoteWords(quoteText(quote))
        if (words.length < minWords) continue
        for (const shingle of shinglesOf(words)) {
          const seen = spread.get(shingle)
          if (!seen) spread.set(shingle, { groups: 1, last: groupIndex })
          else if (seen.last !== groupIndex) {
            seen.groups++
            seen.last = groupIndex
          }
        }
      }
    }
    groupIndex++
  }
  return spread
}

/** A merged entry with where its first occurrence stands, to put entries in that order. */
interface FirstOccurrence {
  document: number
  order: number
  entry: MergedQuote
}

/** Merge the quotes of the documents at `group` (indices in document order) into `entries`. */
function mergeGroup(
  documents: readonly QuoteDocument[],
  group: readonly number[],
  {
    minWords,
    minOverlap,
    isBoilerplate,
  }: {
    minWords: number
    minOverlap: number
    isBoilerplate: (shingles: readonly string[]) => boolean
  },
  entries: FirstOccurrence[],
): void {
  const items: Item[] = []
  for (const documentIndex of group) {
    const document = documents[documentIndex] as QuoteDocument
    document.quotes.forEach((quote, order) => {
      const words = quoteWords(quoteText(quote))
      const shingles = shinglesOf(words)
      items.push({
        document: documentIndex,
        order,
        quote,
        words,
        joined: ` ${words.join(' ')} `,
        shingles,
        boilerplate: words.length >= minWords && isBoilerplate(shingles),
      })
    })
  }
  if (items.length === 0) return

  const parent = items.map((_, index) => index)
  const find = (index: number): number => {
    let root = index
    while (parent[root] !== root) root = parent[root] as number
    let cursor = index
    while (parent[cursor] !== root) {
      const next = parent[cursor] as number
      parent[cursor] = root
      cursor = next
    }
    return root
  }
  const union = (a: number, b: number) => {
    const rootA = find(a)
    const rootB = find(b)
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB)
  }

  // Identical wording, however short.
  const byWords = new Map<string, number>()
  items.forEach((item, index) => {
    if (item.words.length === 0 || item.boilerplate) return
    const seen = byWords.get(item.joined)
    if (seen === undefined) byWords.set(item.joined, index)
    else union(seen, index)
  })

  // Containment and overlap, through the rarest shingles, between distinct wordings only: a copy
  // is already one with the first quote of its wording, and `sameQuote` reads the words alone, so
  // comparing the copies again would find nothing new — and cost quadratic time when one quote
  // stands in thousands of documents (a wire story and its reprints).
  const distinct = (item: Item, index: number) =>
    item.words.length >= minWords && !item.boilerplate && byWords.get(item.joined) === index
  const postings = new Map<string, number[]>()
  items.forEach((item, index) => {
    if (!distinct(item, index)) return
    for (const shingle of new Set(item.shingles)) {
      const list = postings.get(shingle)
      if (list) list.push(index)
      else postings.set(shingle, [index])
    }
  })
  // Long postings in buckets of quotes already merged, made when first queried.
  const bucketed = new Map<string, Bucket[]>()
  items.forEach((item, index) => {
    if (!distinct(item, index)) return
    // Shingles no other quote holds find nothing: skip them.
    const rarest = [...new Set(item.shingles)]
      .filter((shingle) => (postings.get(shingle)?.length ?? 0) > 1)
      .sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0))
      .slice(0, queriedShingles)
    const checked = new Set<number>()
    for (const shingle of rarest) {
      const list = postings.get(shingle) as number[]
      let buckets: Bucket[] | undefined
      if (list.length >= bucketedLength) {
        buckets = regroup(
          bucketed.get(shingle) ?? list.map((member) => ({ root: member, members: [member] })),
          find,
        )
        bucketed.set(shingle, buckets)
      }
      for (const bucket of buckets ?? [{ root: -1, members: list }]) {
        // A bucket already one with this quote holds nothing new for it.
        if (bucket.root >= 0 && find(bucket.root) === find(index)) continue
        for (const other of bucket.members) {
          if (other === index || checked.has(other)) continue
          checked.add(other)
          if (find(other) === find(index)) continue
          if (sameQuote(item, items[other] as Item, minOverlap)) union(index, other)
        }
      }
    }
  })

  const merged = new Map<number, Item[]>()
  items.forEach((item, index) => {
    const root = find(index)
    const list = merged.get(root)
    if (list) list.push(item)
    else merged.set(root, [item])
  })
  for (const list of merged.values()) {
    list.sort((a, b) => a.document - b.document || a.order - b.order)
    const occurrences: QuoteOccurrence[] = list.map((item) => ({
      document: (documents[item.document] as QuoteDocument).id,
      quote: item.quote,
    }))
    let longest = list[0] as Item
    for (const item of list) if (item.words.length > longest.words.length) longest = item
    const { speaker, names, others } = reconcileSpeakers(list.map((item) => item.quote.speaker))
    const entry: MergedQuote = { text: quoteText(longest.quote), speakerNames: names, occurrences }
    if (speaker) entry.speaker = speaker
    if (others.length > 0) entry.otherSpeakers = others
    if (longest.boilerplate) entry.boilerplate = true
    const first = list[0] as Item
    entries.push({ document: first.document, order: first.order, entry })
  }
}

/**
 * Quotes of one shingle already merged with each other. A quote looking for its matches in a long
 * posting tests every quote of the other buckets and skips its own bucket whole: when thousands
 * of templated quotes ("Ticket 12 costs more…", "Ticket 13 costs more…") share a shingle and
 * merge, each no longer walks all the others again. Only quotes already merged are skipped, so
 * what merges is what testing every candidate would merge.
 */
interface Bucket {
  root: number
  members: number[]
}

/** Postings this long are walked by bucket; shorter ones cost less walked whole. */
const bucketedLength = 64

/** Join the buckets whose quotes have merged since (the smaller into the larger). */
function regroup(buckets: Bucket[], find: (index: number) => number): Bucket[] {
  const byRoot = new Map<number, Bucket>()
  for (const bucket of buckets) {
    const root = find(bucket.root)
    const held = byRoot.get(root)
    if (!held) {
      bucket.root = root
      byRoot.set(root, bucket)
    } else if (held.members.length >= bucket.members.length) {
      for (const member of bucket.members) held.members.push(member)
    } else {
      for (const member of held.members) bucket.members.push(member)
      bucket.root = root
      byRoot.set(root, bucket)
    }
  }
  return byRoot.size < buckets.length ? [...byRoot.values()] : buckets
}

// Containment, or most words shared (a changed word or two) with half the 4-grams in order.
function sameQuote(a: Item, b: Item, minOverlap: number): boolean {
  const [shorter, longer] = a.words.length <= b.words.length ? [a, b] : [b, a]
  if (longer.joined.includes(shorter.joined)) return true
  if (shorter.shingles.length === 0) return false
  const longerShingles = new Set(longer.shingles)
  let sharedShingles = 0
  for (const shingle of shorter.shingles) if (longerShingles.has(shingle)) sharedShingles++
  if (sharedShingles / shorter.shingles.length < 0.5) return false
  const counts = new Map<string, number>()
  for (const word of longer.words) counts.set(word, (counts.get(word) ?? 0) + 1)
  let sharedWords = 0
  for (const word of shorter.words) {
    const count = counts.get(word) ?? 0
    if (count > 0) {
      sharedWords++
      counts.set(word, count - 1)
    }
  }
  return sharedWords / shorter.words.length >= minOverlap
}

function shinglesOf(words: string[]): string[] {
  if (words.length < shingleSize) return words.length > 0 ? [words.join(' ')] : []
  const shingles: string[] = []
  for (let index = 0; index + shingleSize <= words.length; index++) {
    shingles.push(words.slice(index, index + shingleSize).join(' '))
  }
  return shingles
}

function quoteText(quote: Quote): string {
  if (typeof quote.text === 'string' && quote.text.length > 0) return quote.text
  return quote.content.map((span) => span.text).join(' ')
}
