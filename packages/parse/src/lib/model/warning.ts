/**
 * A problem found while reading a text, the one warning shape of every copydesk package: what it
 * is, which rule noticed it, and where, as offsets into the source text when it is about a place.
 * A plugin also reports it as a vfile message with line and column.
 */
export interface Warning {
  /** One-line, human-readable description. */
  reason: string
  /** Stable id of the rule, such as `empty-input` or `no-body`. */
  ruleId: string
  /** Offset into the source text where the warning's place starts. */
  start?: number
  /** Offset into the source text where it ends. */
  end?: number
}
