/**
 * Prepositions and conjunctions that open an adverbial tail after a speech cue or a speaker
 * ("said on Sunday", "told reporters in Ankara", "said while visiting"): what follows them is
 * circumstance, not the reported clause or more of the speaker's name.
 */
export const tailPrepositions: readonly string[] = [
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'while',
  'when',
  'with',
  'from',
  'to',
  'via',
  'by',
  'as',
  'of',
  'about',
]
