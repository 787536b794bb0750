import { adversarialFamilies, measureGrowth } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { findDocumentDate } from '../src/index.js'
import { findDateMentions } from '../src/lib/dct/date-mentions.js'

// CPU-time ratios at n and 4n (measureGrowth), never wall time or an absolute limit: the
// recogniser reads each token with rules that look a bounded number of tokens ahead, so every
// family must cost time in proportion to its length. (extractTimexes, the same recogniser with
// normalisation, is timed on every family through annotateTimeML in src/lib/timeml/linear.test.ts.)
describe('the recogniser in linear time on adversarial text', () => {
  it.each(adversarialFamilies)('findDateMentions grows linearly on $name', ({ name, make }) => {
    const growth = measureGrowth({
      make,
      run: findDateMentions,
      n: 250,
      // Cheap families: grow n until the time is measurable, not judged on a few ms of noise.
      maxN: 250 * 4096,
      runs: 2,
      minMilliseconds: 40,
    })
    expect(growth.linear, `${name}: ${growth.summary}`).toBe(true)
  })

  it('reads every date of a long run, with exact offsets', () => {
    const text = 'March 4, 1987, '.repeat(3_000)
    const mentions = findDateMentions(text)
    expect(mentions).toHaveLength(3_000)
    for (const mention of mentions)
      expect(text.slice(mention.start, mention.end)).toBe(mention.text)
    expect(mentions[2_999]).toMatchObject({ kind: 'full-date', year: 1987, month: 3, day: 4 })
  })

  it('findDocumentDate grows linearly on an article of repeated dated paragraphs', () => {
    const make = (n: number) =>
      `Council Votes On Budget\n\nWASHINGTON (Reuters) - ${'The council met on Sunday, November 6, 2016, and voted.\n\n'.repeat(n)}`
    const growth = measureGrowth({ make, run: findDocumentDate, n: 100, runs: 2 })
    expect(growth.linear, growth.summary).toBe(true)
  })
})
