import { describe, expect, test } from 'vitest'
import { candidateProbability, optimalBanding } from './optimal-bands.js'

describe('optimalBanding', () => {
  test('equal weights reproduce datasketch (threshold 0.8, 128 permutations → 9 bands × 13 rows)', () => {
    expect(optimalBanding(0.8, 128, { falsePositive: 0.5, falseNegative: 0.5 })).toMatchObject({
      bands: 9,
      rows: 13,
    })
  })

  test('the default weighs recall: more bands of fewer rows, lower false negatives', () => {
    const balanced = optimalBanding(0.8, 128, { falsePositive: 0.5, falseNegative: 0.5 })
    const recall = optimalBanding(0.8, 128)
    expect(recall.bands).toBeGreaterThan(balanced.bands)
    expect(recall.falseNegative).toBeLessThan(balanced.falseNegative)
    expect(candidateProbability(0.8, recall)).toBeGreaterThan(0.8)
    expect(candidateProbability(0.5, recall)).toBeLessThan(0.1)
  })

  test('bands × rows never exceed the permutations, for any threshold', () => {
    for (const threshold of [0.1, 0.3, 0.5, 0.7, 0.9, 0.95]) {
      const { bands, rows } = optimalBanding(threshold, 64)
      expect(bands * rows).toBeLessThanOrEqual(64)
    }
  })

  test('bad input', () => {
    expect(() => optimalBanding(1.5, 128)).toThrow(/`threshold` 1.5/)
    expect(() => optimalBanding(0.5, 0)).toThrow(/`permutations` 0/)
    expect(() => optimalBanding(0.5, 128, { falsePositive: -1, falseNegative: 0 })).toThrow(
      /`weights`/,
    )
  })
})
