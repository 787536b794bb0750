/**
 * Growth measurement for the packages' linear-time tests: the CPU time of a computation on an
 * input of size n and of size `factor`·n, as a ratio. CPU time (user + system of this process),
 * never wall time, so another process on the machine does not count; the least of a few runs, so a
 * pause (garbage collection, a scheduler hiccup) does not count either; and a ratio over the limit
 * is measured again before it is reported, so one disturbed measurement does not fail a test.
 */

export interface GrowthOptions<Input> {
  /** Builds the input of size `n` (not timed). */
  make: (n: number) => Input
  /** The computation measured. */
  run: (input: Input) => unknown
  /** The starting size; doubled until a warm run at this size takes at least `minMilliseconds`. */
  n: number
  /** The larger input is `factor`·n. Default 4. */
  factor?: number
  /** Runs per size; the least CPU time counts. Default 3. */
  runs?: number
  /** The ratio the computation must stay under to count as linear. Default 8 (for a factor of 4). */
  limit?: number
  /** Measurements made before a ratio over `limit` is reported. Default 3. */
  attempts?: number
  /** The smaller input must take at least this much CPU time (so noise is small). Default 25. */
  minMilliseconds?: number
  /**
   * Never grow `n` beyond this while looking for `minMilliseconds` (default 256·n). A computation
   * still under `minMilliseconds` there is too cheap to measure: it counts as linear when the
   * larger input also costs under `factor`·`minMilliseconds`.
   */
  maxN?: number
}

export interface GrowthResult {
  /** The size the ratio was measured at (after doubling for `minMilliseconds`). */
  n: number
  factor: number
  /** Least CPU milliseconds at n and at factor·n, in the attempt reported. */
  smallMilliseconds: number
  largeMilliseconds: number
  /** largeMilliseconds / smallMilliseconds. */
  ratio: number
  /** How many measurements were made (1 when the first was under the limit). */
  attempts: number
  /** Whether the ratio is under the limit. */
  linear: boolean
  /** A one-line account for an assertion message. */
  summary: string
}

/** Least CPU time, in milliseconds, of `runs` runs of `run(input)`. */
export function cpuMilliseconds<Input>(
  run: (input: Input) => unknown,
  input: Input,
  runs = 3,
): number {
  let best = Number.POSITIVE_INFINITY
  for (let index = 0; index < Math.max(1, runs); index++) {
    const before = process.cpuUsage()
    run(input)
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

/**
 * Measures how the CPU time of `run` grows from an input of size n to one of `factor`·n. Doubles n
 * first until the small input costs at least `minMilliseconds`, then measures up to `attempts`
 * times while the ratio is over `limit`, and reports the best attempt.
 */
export function measureGrowth<Input>(options: GrowthOptions<Input>): GrowthResult {
  const factor = options.factor ?? 4
  const runs = options.runs ?? 3
  const limit = options.limit ?? 8
  const attempts = Math.max(1, options.attempts ?? 3)
  const minMilliseconds = options.minMilliseconds ?? 25
  const maxN = options.maxN ?? options.n * 256
  if (!Number.isFinite(options.n) || options.n <= 0) {
    throw new RangeError(`measureGrowth: n must be a positive number, got ${options.n}`)
  }

  let n = options.n
  let small = options.make(n)
  // Warm up first (a cold run pays for compilation and looks costlier than the computation is),
  // then find a size whose warm cost is well above the clock's noise.
  options.run(small)
  let smallMilliseconds = cpuMilliseconds(options.run, small, 2)
  while (smallMilliseconds < minMilliseconds && n * 2 <= maxN) {
    n *= 2
    small = options.make(n)
    smallMilliseconds = cpuMilliseconds(options.run, small, 2)
  }
  const large = options.make(n * factor)

  let best: { small: number; large: number; ratio: number } | undefined
  let made = 0
  while (made < attempts) {
    made++
    const smallTime = cpuMilliseconds(options.run, small, runs)
    const largeTime = cpuMilliseconds(options.run, large, runs)
    const ratio = largeTime / Math.max(smallTime, 1)
    if (best === undefined || ratio < best.ratio) {
      best = { small: smallTime, large: largeTime, ratio }
    }
    if (best.ratio < limit) break
  }
  // `best` is set: the loop runs at least once.
  const result = best as { small: number; large: number; ratio: number }
  const linear = result.ratio < limit || result.large < factor * minMilliseconds
  return {
    n,
    factor,
    smallMilliseconds: result.small,
    largeMilliseconds: result.large,
    ratio: result.ratio,
    attempts: made,
    linear,
    summary: `n=${n}: ${result.small.toFixed(1)} ms CPU, ${factor}n: ${result.large.toFixed(1)} ms CPU, ratio ${result.ratio.toFixed(2)} (limit ${limit}, ${made} measurement${made === 1 ? '' : 's'})`,
  }
}
