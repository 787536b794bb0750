import type { Unit } from '../lexicon/units.js'
import type { Resolve } from '../normalise/resolver.js'
import type { Scanner } from '../tokens/scanner.js'
import type { TimexType } from '../types.js'

/**
 * What a rule recognised at a token: where it ends, its TIMEX3 type, and its value — a string when
 * absolute, or a function of the anchor and tense when relative.
 */
export interface Core {
  /** Token index just after the expression. */
  end: number
  type: TimexType
  value: string | Resolve
  mod?: string
  quant?: string
  freq?: string
  /** Whether a leading `the` belongs to the extent (`the third quarter`, `the past two years`). */
  takesThe?: boolean
  /** Starts with a quantity, so a hedge (`about`, `more than`, `nearly`) may precede it. */
  quantified?: boolean
  /** For a duration of one definite unit: what `ago`/`earlier`/`later` turn it into. */
  unit?: Unit
  amount?: number | null
  /** Resolve against the last absolute date before the expression instead of the DCT. */
  fromPrevious?: boolean
  /**
   * The ISO weekday (Monday 1 … Sunday 7) written before the date it names (`Sunday, November 6`):
   * the value is the date's, and the weekday tells which years a date without one can be in.
   */
  weekday?: number
}

/** A recognition rule: tries to read an expression starting at token `index`. */
export type CoreRule = (scanner: Scanner, index: number) => Core | null
