import { describe, expect, it } from 'vitest'
import { football, rescrape, rewrite, wire } from '../../../test/fixtures/railway.js'
import { createRelations } from '../corpus/relations.js'
import { analyseDocument } from '../process/document.js'
import { relate } from './relate.js'

/** The relations `analyse` would have collected for these documents (signatures and shingles). */
function relationsOf(documents: Record<string, string>) {
  const relations = createRelations()
  for (const [id, text] of Object.entries(documents)) {
    const output = analyseDocument({ id, text, bytes: text.length })
    relations.add(id, {
      values: output.signature!,
      parameters: output.parameters!,
      shingles: output.shingles!,
      key: output.exactKey!,
    })
  }
  return relations
}

const key = ({ a, b }: { a: string; b: string }) => `${a}~${b}`

describe('relate', () => {
  it('finds the rescrape, the rewrite that lifts a paragraph, and leaves the football report alone', () => {
    const related = relate(relationsOf({ wire, rescrape, rewrite, football }))
    expect(related.threshold).toBe(0.5)
    expect(related.pairs.map(key)).toEqual(['wire~rescrape'])
    expect(related.pairs[0]).toMatchObject({ kind: 'near' })
    expect(related.pairs[0]!.similarity).toBeGreaterThan(0.8)
    expect(related.clusters).toEqual([{ representative: 'wire', members: ['wire', 'rescrape'] }])
    // Candidates for passages by shared distinctive shingles (createSharedShingles of
    // @copydesk/dedupe), most shared first, each with its shingle-set similarity.
    expect(related.passagePairs.map(key)).toEqual([
      'wire~rescrape',
      'wire~rewrite',
      'rescrape~rewrite',
    ])
    for (const pair of related.passagePairs) {
      expect(pair.shared).toBeGreaterThanOrEqual(4)
      expect(pair.similarity).toBeGreaterThan(0)
    }
    // Similar enough to be one story without looking at passages: the candidates at 0.2 or more.
    expect(related.similarPairs).toEqual(
      related.passagePairs.filter((pair) => pair.similarity >= 0.2),
    )
    expect(related.similarPairs.map(key)).toContain('wire~rescrape')
    const all = [...related.pairs, ...related.passagePairs]
    expect(all.some(({ a, b }) => a === 'football' || b === 'football')).toBe(false)
  })

  it('gives an exact copy under another id as an exact pair', () => {
    const related = relate(relationsOf({ wire, copy: wire, football }))
    expect(related.pairs).toEqual([{ a: 'wire', b: 'copy', similarity: 1, kind: 'exact' }])
  })
})
