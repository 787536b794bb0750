/**
 * Words that modify a temporal expression, inside its extent (per TimeML): the TIMEX3 `mod`
 * they set. Multi-word modifiers are given as token sequences.
 */

/** Position within a period: `early 1990` → START, `late November` → END, `mid-1996` → MID. */
export const POSITION_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['early', 'START'],
  ['earlier', 'START'],
  ['late', 'END'],
  ['later', 'END'],
  ['mid', 'MID'],
  ['middle', 'MID'],
])

/** Phrases like `the end of` / `the beginning of` before a period, with the mod they set. */
export const POSITION_PHRASES: ReadonlyArray<{ words: readonly string[]; mod: string }> = [
  { words: ['the', 'end', 'of'], mod: 'END' },
  { words: ['the', 'beginning', 'of'], mod: 'START' },
  { words: ['the', 'start', 'of'], mod: 'START' },
  { words: ['the', 'middle', 'of'], mod: 'MID' },
  { words: ['the', 'turn', 'of'], mod: 'START' },
  { words: ['end', 'of'], mod: 'END' },
  { words: ['beginning', 'of'], mod: 'START' },
  { words: ['start', 'of'], mod: 'START' },
]

/** Quantity hedges before a duration or an `ago` expression: `about two years` → APPROX. */
export const QUANTITY_MODIFIERS: ReadonlyArray<{ words: readonly string[]; mod: string }> = [
  { words: ['more', 'than'], mod: 'MORE_THAN' },
  { words: ['less', 'than'], mod: 'LESS_THAN' },
  { words: ['fewer', 'than'], mod: 'LESS_THAN' },
  { words: ['at', 'least'], mod: 'EQUAL_OR_MORE' },
  { words: ['at', 'most'], mod: 'EQUAL_OR_LESS' },
  { words: ['up', 'to'], mod: 'EQUAL_OR_LESS' },
  { words: ['no', 'more', 'than'], mod: 'EQUAL_OR_LESS' },
  { words: ['over'], mod: 'MORE_THAN' },
  { words: ['about'], mod: 'APPROX' },
  { words: ['around'], mod: 'APPROX' },
  { words: ['approximately'], mod: 'APPROX' },
  { words: ['roughly'], mod: 'APPROX' },
  { words: ['some'], mod: 'APPROX' },
  { words: ['nearly'], mod: 'LESS_THAN' },
  { words: ['almost'], mod: 'LESS_THAN' },
  { words: ['just', 'under'], mod: 'LESS_THAN' },
  { words: ['just', 'over'], mod: 'MORE_THAN' },
  { words: ['under'], mod: 'LESS_THAN' },
]
