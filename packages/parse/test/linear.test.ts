import { readSeed } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

/**
 * Least CPU time (not wall time: other processes share the machine) of a few
 * runs of the classification (`tree: false`; the tree is parse-english's own
 * cost, compared in `pnpm run bench`).
 */
function cpuMilliseconds(text: string, runs: number, tree = false): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage()
    parseArticle(text, { tree })
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

/** Eight times the input must cost well under 64 times (quadratic); 32 leaves room for noise. */
const maxRatioForEightTimes = 32

// CPU-time ratios, not wall time; still, a busy CI machine can disturb one measurement, so a
// failing ratio is measured again before it counts.
describe('linear time', { retry: 2, timeout: 120_000 }, () => {
  it('grows linearly with many paragraphs', () => {
    const unit = `${readSeed('000')}\n\n${readSeed('001')}\n\n${readSeed('003')}\n\n`
    const small = unit.repeat(8)
    const large = unit.repeat(64)
    cpuMilliseconds(small, 3)
    const ratio = cpuMilliseconds(large, 5) / Math.max(cpuMilliseconds(small, 5), 1)
    expect(ratio).toBeLessThan(maxRatioForEightTimes)
  })

  it('grows linearly on one huge line and on pathological runs', () => {
    for (const piece of ['word ', '(', '—', 'A', 'By ', ' ', '\u00a0', 'date 2016-11-07 ', '.']) {
      const small = piece.repeat(40_000)
      const large = piece.repeat(320_000)
      cpuMilliseconds(small, 2)
      const ratio = cpuMilliseconds(large, 5) / Math.max(cpuMilliseconds(small, 5), 2)
      expect(ratio, `pathological run of ${JSON.stringify(piece)}`).toBeLessThan(
        maxRatioForEightTimes,
      )
    }
  })

  // retext-english alone slows down quadratically on one large document; the body tree must not.
  it('builds the body tree in linear time on a large document', () => {
    const unit = `${readSeed('000')}\n\n${readSeed('001')}\n\n${readSeed('003')}\n\n`
    const small = unit.repeat(6)
    const large = unit.repeat(48)
    cpuMilliseconds(small, 2, true)
    const ratio = cpuMilliseconds(large, 3, true) / Math.max(cpuMilliseconds(small, 3, true), 1)
    expect(ratio).toBeLessThan(maxRatioForEightTimes)
  })
})
