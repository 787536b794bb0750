/**
 * Thrown when two signatures (or a signature and an index) were made with different MinHash
 * parameters: their values are not comparable, and any similarity computed from them would be
 * meaningless.
 */
export class ParameterMismatchError extends Error {
  override name = 'ParameterMismatchError'
  /** The parameter id that was expected (e.g. the index's). */
  readonly expected: string
  /** The parameter id that was found. */
  readonly actual: string

  constructor(context: string, expected: string, actual: string) {
    super(
      `Cannot ${context}: the signature was made with MinHash parameters \`${actual}\`, but \`${expected}\` is expected; recompute it with the same \`createMinHash\` options (seed, permutations, shingles)`,
    )
    this.expected = expected
    this.actual = actual
  }
}
