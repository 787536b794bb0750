import { describe, expect, test } from 'vitest'
import {
  harbourRewrite,
  harbourStory,
  harbourStoryEdited,
  harbourStoryRescraped,
  orchardStory,
} from '../../../test/fixtures/news.js'
import { ParameterMismatchError } from '../minhash/errors.js'
import { createMinHash } from '../minhash/minhash.js'
import { createIndex } from './memory-index.js'

describe('createIndex', () => {
  test('finds a re-scrape and an edited version, not a rewrite or another story', () => {
    const index = createIndex({ threshold: 0.6 })
    index.add('original', harbourStory)
    index.add('rewrite', harbourRewrite)
    index.add('orchard', orchardStory)
    const matches = index.query(harbourStoryEdited)
    expect(matches.map((match) => match.id)).toEqual(['original'])
    expect(matches[0]!.similarity).toBeGreaterThan(0.6)
    expect(matches[0]!.similarity).toBeLessThan(1)
    expect(index.query(harbourStoryRescraped, { threshold: 0.5 }).map((m) => m.id)).toEqual([
      'original',
    ])
  })

  test('identical texts after normalisation are flagged identical', () => {
    const index = createIndex()
    index.add('a', harbourStory)
    const [match] = index.query(harbourStory.replaceAll('’', "'").toUpperCase())
    expect(match).toEqual({ id: 'a', similarity: 1, identical: true })
  })

  test('exact verification reports the exact Jaccard; estimate reports the estimate', () => {
    const minhash = createMinHash()
    const exact = createIndex({ minhash, threshold: 0.5 })
    const estimate = createIndex({ minhash, threshold: 0.5, verify: 'estimate' })
    exact.add('a', harbourStory)
    estimate.add('a', harbourStory)
    const truth = exact.query(harbourStoryEdited)[0]!.similarity
    const shingles = [minhash.shingles(harbourStory), minhash.shingles(harbourStoryEdited)] as const
    const shared = shingles[0].filter((value) => shingles[1].includes(value)).length
    expect(truth).toBeCloseTo(shared / (shingles[0].length + shingles[1].length - shared), 10)
    expect(Math.abs(estimate.query(harbourStoryEdited)[0]!.similarity - truth)).toBeLessThan(0.15)
  })

  test('similarTo finds the neighbours of a stored document, itself excluded', () => {
    const index = createIndex({ threshold: 0.6 })
    index.add('original', harbourStory)
    index.add('edited', harbourStoryEdited)
    index.add('orchard', orchardStory)
    expect(index.similarTo('original').map((match) => match.id)).toEqual(['edited'])
    expect(index.similarTo('orchard')).toEqual([])
    expect(() => index.similarTo('missing')).toThrow(/`missing`: no document with this id/)
  })

  test('remove takes a document out of every bucket', () => {
    const index = createIndex()
    index.add('a', harbourStory)
    index.add('b', harbourStoryEdited)
    expect(index.size).toBe(2)
    expect(index.remove('a')).toBe(true)
    expect(index.remove('a')).toBe(false)
    expect(index.has('a')).toBe(false)
    expect(index.query(harbourStory, { threshold: 0.7 }).map((match) => match.id)).toEqual(['b'])
    expect([...index.ids()]).toEqual(['b'])
  })

  test('accepts signatures made with its MinHash, refuses others', () => {
    const minhash = createMinHash({ seed: 9 })
    const index = createIndex({ minhash, verify: 'estimate' })
    index.add('a', minhash.signature(harbourStory))
    expect(index.query(minhash.signature(harbourStory))[0]).toMatchObject({
      id: 'a',
      similarity: 1,
    })
    const foreign = createMinHash({ seed: 10 }).signature(harbourStory)
    expect(() => index.add('b', foreign)).toThrow(ParameterMismatchError)
    expect(() => index.query(foreign)).toThrow(/cdmh1-word5-k128-s10/)
  })

  test('bad input gets clear errors', () => {
    const index = createIndex()
    index.add('a', harbourStory)
    expect(() => index.add('a', orchardStory)).toThrow(/`a`: an entry with this id is already/)
    expect(() => index.add('empty', '   \n\n  ')).toThrow(/Cannot `add` an empty document/)
    expect(() => index.add('', harbourStory)).toThrow(/without an id/)
    expect(() => index.query(7 as unknown as string)).toThrow(
      /expected a string, an Article from `parseArticle\(text\)` or a signature, got the number 7/,
    )
    expect(() => index.query(harbourStory, { threshold: 2 })).toThrow(/`threshold` 2/)
    expect(() => createIndex({ threshold: 0 })).toThrow(/`threshold` 0/)
    expect(() => createIndex({ banding: { bands: 20, rows: 10 } })).toThrow(/bands × rows ≤ 128/)
  })
})
