/** How much a false positive and a false negative cost when choosing bands (each 0–1). */
export interface LshWeights {
  falsePositive: number
  falseNegative: number
}

/** The banding of a signature: `bands` × `rows` ≤ permutations. */
export interface LshBanding {
  bands: number
  rows: number
  /** Area under the S-curve below the threshold (the false-positive probability mass). */
  falsePositive: number
  /** Area above the S-curve past the threshold (the false-negative probability mass). */
  falseNegative: number
}

/**
 * Every candidate is verified before it is reported, so a false positive only costs a
 * comparison while a false negative is a missed duplicate: recall is weighted nine times higher (at 0.8 with 128 permutations: 14 bands of 9 rows).
 */
export const defaultLshWeights: LshWeights = { falsePositive: 0.1, falseNegative: 0.9 }

/**
 * Choose bands and rows for a Jaccard `threshold` by minimising the weighted false-positive and
 * false-negative probability mass, integrating the LSH S-curve `1 − (1 − s^r)^b` numerically
 * (as datasketch's `_optimal_param` does).
 *
 * @example
 *   optimalBanding(0.8, 128) // => { bands: 14, rows: 9, … } with the default weights
 */
export function optimalBanding(
  threshold: number,
  permutations: number,
  weights: LshWeights = defaultLshWeights,
): LshBanding {
  if (!(threshold > 0 && threshold < 1)) {
    throw new RangeError(
      `Cannot choose LSH bands for \`threshold\` ${String(threshold)}: expected a number between 0 and 1 (e.g. 0.8)`,
    )
  }
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new RangeError(
      `Cannot choose LSH bands for \`permutations\` ${String(permutations)}: expected a positive integer (e.g. 128)`,
    )
  }
  const { falsePositive: fpWeight, falseNegative: fnWeight } = weights
  if (!(fpWeight >= 0 && fnWeight >= 0 && fpWeight + fnWeight > 0)) {
    throw new RangeError(
      'Cannot choose LSH bands with these `weights`: expected non-negative `falsePositive` and `falseNegative` (e.g. { falsePositive: 0.1, falseNegative: 0.9 })',
    )
  }
  const cacheKey = `${threshold}/${permutations}/${fpWeight}/${fnWeight}`
  const cached = cache.get(cacheKey)
  if (cached) return { ...cached }
  let best: LshBanding | undefined
  let bestError = Number.POSITIVE_INFINITY
  for (let bands = 1; bands <= permutations; bands++) {
    for (let rows = 1; rows * bands <= permutations; rows++) {
      const falsePositive = integrateCandidate(0, threshold, bands, rows)
      const falseNegative = 1 - threshold - integrateCandidate(threshold, 1, bands, rows)
      const error = fpWeight * falsePositive + fnWeight * falseNegative
      if (error < bestError - 1e-12) {
        bestError = error
        best = { bands, rows, falsePositive, falseNegative }
      }
    }
  }
  cache.set(cacheKey, best!)
  return { ...best! }
}

const cache = new Map<string, LshBanding>()

/**
 * Probability that a pair with Jaccard `similarity` becomes a candidate under `banding`: the
 * S-curve `1 − (1 − s^rows)^bands`.
 *
 * @example
 *   candidateProbability(0.8, { bands: 14, rows: 9 }) // => 0.86…
 */
export function candidateProbability(similarity: number, banding: { bands: number; rows: number }) {
  return 1 - (1 - similarity ** banding.rows) ** banding.bands
}

// ∫ 1 − (1 − s^rows)^bands ds over [from, to] by composite Simpson's rule; the integrand is
// a smooth polynomial, 128 intervals is ample.
function integrateCandidate(from: number, to: number, bands: number, rows: number): number {
  const intervals = 128
  const step = (to - from) / intervals
  let sum = 0
  for (let index = 0; index <= intervals; index++) {
    const s = from + index * step
    const value = 1 - (1 - s ** rows) ** bands
    sum += index === 0 || index === intervals ? value : index % 2 === 1 ? 4 * value : 2 * value
  }
  return (sum * step) / 3
}
