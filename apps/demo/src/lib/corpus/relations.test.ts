import { createMinHash, storyClustersFromLinks } from '@copydesk/dedupe'
import { describe, expect, it } from 'vitest'
import { createRelations } from './relations.js'

const minhash = createMinHash()
const base =
  'The city council voted on Tuesday to close the old harbour bridge to heavy trucks after engineers found cracks in two of its steel supports. The mayor said repairs would take at least six months and cost about 4 million dollars. Shipping firms warned that the detour through the industrial district would add an hour to every delivery.'
const rescrape = `${base} Residents welcomed the decision.`
const rewrite =
  'Trucks are banned from the harbour bridge. Engineers found cracks in two of its steel supports, and the mayor said repairs would take at least six months and cost about 4 million dollars, local media reported.'
const unrelated =
  'The national football team beat its rivals two goals to nil on Saturday night in front of a sold-out stadium, securing a place in the final for the first time in a decade.'

function add(relations: ReturnType<typeof createRelations>, id: string, text: string) {
  const shingles = minhash.shingles(text)
  const signature = minhash.signatureOfShingles(shingles)
  relations.add(id, { values: signature.values, parameters: signature.parameters, shingles })
}

describe('corpus relations', () => {
  it('finds the duplicate, the pair that shares a passage, and leaves the unrelated story alone', () => {
    const relations = createRelations()
    add(relations, 'council', base)
    add(relations, 'council-rescrape', rescrape)
    add(relations, 'rewrite', rewrite)
    add(relations, 'football', unrelated)
    const found = relations.finish()
    expect(found.pairs).toEqual([
      { a: 'council', b: 'council-rescrape', similarity: expect.any(Number), kind: 'near' },
    ])
    expect(found.pairs[0]!.similarity).toBeGreaterThan(0.8)
    expect(found.clusters).toEqual([
      { representative: 'council', members: ['council', 'council-rescrape'] },
    ])
    const key = ({ a, b }: { a: string; b: string }) => [a, b].sort().join('~')
    expect(found.passagePairs.map(key).sort()).toEqual([
      'council-rescrape~rewrite',
      'council~council-rescrape',
      'council~rewrite',
    ])
    expect(found.similarPairs.map(key)).toContain('council~council-rescrape')
    const all = [...found.pairs, ...found.passagePairs, ...found.similarPairs]
    expect(all.some(({ a, b }) => a === 'football' || b === 'football')).toBe(false)
    // The rescrape is added as a copy of the council story: the rewrite's shared 5-grams, carried
    // by the story and its copy, weigh as if only two documents had them.
    const weight = (b: string) =>
      found.passagePairs.find((pair) => key(pair) === ['council', b].sort().join('~'))!
    expect(weight('rewrite').weight).toBe(weight('rewrite').shared)
  })

  it('stories (storyClustersFromLinks of @copydesk/dedupe) are stars: a chain does not make one story', () => {
    // d0 is related to d1, d2, d3; d3 to d4; d4 to d5: a chain hanging off the star.
    const edges = [
      { a: 'd0', b: 'd1' },
      { a: 'd0', b: 'd2' },
      { a: 'd0', b: 'd3' },
      { a: 'd3', b: 'd4' },
      { a: 'd4', b: 'd5' },
    ]
    const ids = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6']
    const stories = storyClustersFromLinks(ids, edges, { minSize: 2 })
    expect(stories.map((story) => story.members)).toEqual([
      ['d0', 'd1', 'd2', 'd3'],
      ['d4', 'd5'],
    ])
    expect(stories.map((story) => story.representative)).toEqual(['d0', 'd4'])
  })
})
