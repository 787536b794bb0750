import { describe, expect, test } from 'vitest'
import {
  harbourStory,
  harbourStoryEdited,
  harbourStoryRescraped,
} from '../../../test/fixtures/news.js'
import { createIndex } from '../index/memory-index.js'
import { duplicateClusters } from './duplicate-clusters.js'
import { type DuplicatePairCluster, duplicateClustersFromPairs } from './duplicate-pairs.js'

/** Each cluster as its members (the representative first: it is the earliest). */
const shape = (clusters: DuplicatePairCluster[]) => clusters.map((cluster) => cluster.members)

/** Sentences of a made-up wire report about a port strike, to build texts of controlled overlap. */
const strikeSentences = Array.from(
  { length: 20 },
  (_, index) =>
    `Dock worker number ${index + 1} told reporters at gate ${index + 3} that the strike would go on until the port authority restored the night-shift bonus.`,
)

describe('duplicateClustersFromPairs', () => {
  test('no chaining through a weak link: the wire story, its re-scrape and a late edit', () => {
    // wire ≈ rescrape (0.91) and rescrape ≈ edited (0.84), but wire ≉ edited (0.62 < 0.8).
    const pairs = [
      { a: 'wire', b: 'rescrape', similarity: 0.91 },
      { a: 'rescrape', b: 'edited', similarity: 0.84 },
      { a: 'wire', b: 'edited', similarity: 0.62 },
      { a: 'bridge-vote', b: 'bridge-vote-syndicated', similarity: 1 },
    ]
    const ids = ['wire', 'bridge-vote', 'rescrape', 'edited', 'bridge-vote-syndicated', 'weather']
    const clusters = duplicateClustersFromPairs(ids, pairs, { threshold: 0.8 })
    expect(shape(clusters)).toEqual([
      ['wire', 'rescrape'],
      ['bridge-vote', 'bridge-vote-syndicated'],
      ['edited'],
      ['weather'],
    ])
    expect(clusters[0]!.matches[0]).toEqual({ id: 'rescrape', similarity: 0.91, pair: pairs[0] })
    // With a lower threshold the late edit is close enough to the wire story itself.
    expect(shape(duplicateClustersFromPairs(ids, pairs, { threshold: 0.6 }))[0]).toEqual([
      'wire',
      'rescrape',
      'edited',
    ])
  })

  test('a document joins the most similar representative, not the first', () => {
    const clusters = duplicateClustersFromPairs(
      ['agency-a', 'agency-b', 'reprint'],
      [
        { a: 'reprint', b: 'agency-a', similarity: 0.82 },
        { a: 'reprint', b: 'agency-b', similarity: 0.95 },
      ],
    )
    expect(shape(clusters)).toEqual([['agency-a'], ['agency-b', 'reprint']])
  })

  test('ties: the earlier representative wins; members most similar first, input order on a tie', () => {
    const ids = ['morning-edition', 'evening-edition', 'copy-1', 'copy-2', 'copy-3']
    const clusters = duplicateClustersFromPairs(ids, [
      { a: 'copy-1', b: 'evening-edition', similarity: 0.9 },
      { a: 'copy-1', b: 'morning-edition', similarity: 0.9 },
      { a: 'copy-2', b: 'morning-edition', similarity: 0.85 },
      { a: 'copy-3', b: 'morning-edition', similarity: 0.9 },
    ])
    // Members in input order, the representative among them; matches most similar first.
    expect(shape(clusters)).toEqual([
      ['morning-edition', 'copy-1', 'copy-2', 'copy-3'],
      ['evening-edition'],
    ])
    expect(clusters[0]!.matches.map((match) => match.id)).toEqual(['copy-1', 'copy-3', 'copy-2'])
    // The order of `a` and `b` does not matter, and a pair given twice counts with its best score.
    const again = duplicateClustersFromPairs(ids, [
      { a: 'evening-edition', b: 'copy-1', similarity: 0.9 },
      { a: 'morning-edition', b: 'copy-1', similarity: 0.5 },
      { a: 'morning-edition', b: 'copy-1', similarity: 0.95 },
    ])
    expect(shape(again)).toEqual([
      ['morning-edition', 'copy-1'],
      ['evening-edition'],
      ['copy-2'],
      ['copy-3'],
    ])
  })

  test('a member never takes members of its own: pairs to members are ignored', () => {
    const clusters = duplicateClustersFromPairs(
      ['first', 'second', 'third'],
      [
        { a: 'first', b: 'second', similarity: 0.9 },
        { a: 'second', b: 'third', similarity: 0.99 },
      ],
    )
    expect(shape(clusters)).toEqual([['first', 'second'], ['third']])
  })

  test('gives the same clusters as duplicateClusters on the pairs of an index', () => {
    const documents = [
      { id: 'a', text: strikeSentences.slice(0, 12).join(' ') },
      { id: 'harbour', text: harbourStory },
      { id: 'b', text: strikeSentences.slice(3, 15).join(' ') },
      { id: 'harbour-rescraped', text: harbourStoryRescraped },
      { id: 'c', text: strikeSentences.slice(6, 18).join(' ') },
      { id: 'harbour-edited', text: harbourStoryEdited },
    ]
    const index = createIndex({ threshold: 0.5 })
    const pairs = documents.flatMap(({ id, text }) => {
      const found = index.query(text).map((match) => ({ a: match.id, b: id, ...match }))
      index.add(id, text)
      return found
    })
    const fromPairs = duplicateClustersFromPairs(
      documents.map((d) => d.id),
      pairs,
      { threshold: 0.5 },
    )
    const fromTexts = duplicateClusters(documents, { threshold: 0.5 })
    expect(shape(fromPairs)).toEqual([
      ['a', 'b'],
      ['harbour', 'harbour-rescraped', 'harbour-edited'],
      ['c'],
    ])
    expect(fromTexts.map((c) => c.members)).toEqual(shape(fromPairs))
    expect(fromTexts[1]!.matches.map((m) => m.similarity)).toEqual(
      fromPairs[1]!.matches.map((m) => m.similarity),
    )
  })

  test('bad input: a clear error naming the culprit', () => {
    const ids = ['wire', 'rescrape']
    expect(() =>
      duplicateClustersFromPairs(ids, [{ a: 'wire', b: 'reprint', similarity: 0.9 }]),
    ).toThrow(
      new TypeError(
        'Cannot `duplicateClustersFromPairs`: pair 0 has `b` `reprint`, which is not among the ids',
      ),
    )
    expect(() =>
      duplicateClustersFromPairs(ids, [
        { a: 'wire', b: 'rescrape', similarity: 0.9 },
        { a: 'wire', b: 'rescrape', similarity: '0.9' as unknown as number },
      ]),
    ).toThrow(
      /pair 1 \(`wire`, `rescrape`\) has `similarity` the string "0.9", expected a number from 0 to 1/,
    )
    expect(() =>
      duplicateClustersFromPairs(ids, [{ a: 'wire', b: 'rescrape', similarity: 1.5 }]),
    ).toThrow(/has `similarity` 1.5/)
    expect(() =>
      duplicateClustersFromPairs(ids, [{ a: 'wire', b: 'rescrape', similarity: Number.NaN }]),
    ).toThrow(/has `similarity` NaN/)
    expect(() =>
      duplicateClustersFromPairs(ids, [
        { a: 7, b: 'wire', similarity: 1 } as unknown as {
          a: string
          b: string
          similarity: number
        },
      ]),
    ).toThrow(/pair 0 has `a` the number \d+/)
    expect(() => duplicateClustersFromPairs(['wire', 'wire'], [])).toThrow(
      /id `wire` is given twice/,
    )
    expect(() => duplicateClustersFromPairs(['wire', ''], [])).toThrow(
      /id 1 is an empty string, expected a non-empty string/,
    )
    expect(() => duplicateClustersFromPairs('wire' as unknown as string[], [])).toThrow(
      /with ids the string "wire": expected an iterable of document ids/,
    )
    expect(() => duplicateClustersFromPairs(ids, null as unknown as [])).toThrow(
      /with pairs null: expected an iterable of pairs/,
    )
    expect(() => duplicateClustersFromPairs(ids, [], { threshold: 0 })).toThrow(RangeError)
    expect(() => duplicateClustersFromPairs(ids, [], { threshold: 0 })).toThrow(
      /`threshold` 0: expected a similarity in \(0, 1\]/,
    )
  })
})
