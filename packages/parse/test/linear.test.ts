import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'
import { readSeed } from './seeds.js'

function fastest(text: string, runs: number, tree = true): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    parseArticle(text, { tree })
    best = Math.min(best, performance.now() - start)
  }
  return best
}

describe('linear time', () => {
  // A generous ratio: eight times the input must cost well under 64 times (quadratic) the time; 24 leaves room for GC noise.
  it('grows linearly with many paragraphs', () => {
    const unit = `${readSeed('000')}\n\n${readSeed('001')}\n\n${readSeed('003')}\n\n`
    const small = unit.repeat(4)
    const large = unit.repeat(32)
    fastest(small, 3)
    const ratio = fastest(large, 3) / fastest(small, 3)
    expect(ratio).toBeLessThan(24)
  })

  // The classification alone (the tree is parse-english's own cost, measured in the bench).
  it('grows linearly on one huge line and on pathological runs', () => {
    for (const piece of ['word ', '(', '—', 'A', 'By ', ' ', '\u00a0', 'date 2016-11-07 ', '.']) {
      const small = piece.repeat(20_000)
      const large = piece.repeat(160_000)
      fastest(small, 2, false)
      const ratio = fastest(large, 3, false) / Math.max(fastest(small, 3, false), 1)
      expect(ratio, `pathological run of ${JSON.stringify(piece)}`).toBeLessThan(24)
    }
  })
})
