import { adversarialFamilies, measureGrowth } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

// CPU-time ratios at n and 4n (measureGrowth), never wall time or an absolute limit, over the
// adversarial families of issue 16 (one list, in @copydesk/test-utils), without the tree (see
// adversarial-tree.test.ts).
describe('parseArticle in linear time on adversarial text', () => {
  it.each(adversarialFamilies)('grows linearly on $name', ({ name, make }) => {
    const growth = measureGrowth({
      make: (n) => `Headline\n\n${make(n)}`,
      run: (text) => parseArticle(text, { tree: false }),
      n: 250,
      // Cheap families: grow n until the time is measurable, not judged on a few ms of noise.
      maxN: 250 * 4096,
      runs: 2,
      minMilliseconds: 40,
    })
    expect(growth.linear, `${name}: ${growth.summary}`).toBe(true)
  })
})
