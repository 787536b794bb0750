/**
 * The adversarial text shapes of the growth tests (issue 16): a pattern repeated many times, as a
 * scraped page, a table or a log dump repeats it. Random input rarely builds them, yet each has
 * exposed a quadratic path somewhere (a search that ran to the end of the text, a rescan per
 * unmatched mark, a splice per token). Every package times its work on each family at n and 4n
 * with `measureGrowth`.
 */

export interface AdversarialFamily {
  /** What the text looks like, for an assertion message. */
  name: string
  /** The text with `n` repetitions (about 10 to 60 characters each). */
  make: (n: number) => string
}

const repeated = (name: string, piece: string): AdversarialFamily => ({
  name,
  make: (n) => piece.repeat(n),
})

/** Every quotation mark news text uses, straight and curly, single, double and angle. */
const QUOTE_MARKS = '"\'`\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u300c\u300d'

/** Consecutive years from 1901 (`1901 1902 1903 …`), wrapping after 2099. */
function yearRun(n: number): string {
  const years: string[] = []
  for (let index = 0; index < n * 4; index++) years.push(String(1901 + (index % 199)))
  return years.join(' ')
}

export const adversarialFamilies: readonly AdversarialFamily[] = [
  {
    name: 'brackets nested deep, closed',
    make: (n) => `${'('.repeat(n * 4)}the council said${')'.repeat(n * 4)}`,
  },
  repeated('brackets nested deep, never closed', '(the (council (said [that {the '),
  repeated('long capitalised name runs', 'John Smith Mary Jones Peter Brown Anne Lee '),
  repeated('quote marks of every kind, unbalanced', `${QUOTE_MARKS} `),
  repeated('quote marks opened and nested, never closed', '\u201cThe plan, \u2018he said, "would '),
  repeated('closing quote marks only', 'work,\u201d she said\u2019 \u00bb '),
  repeated('one long digit run', '8406213579'),
  repeated('digit groups', '12 345 6789 4,500 3.25 '),
  repeated('full dates in a run', 'March 4, 1987, '),
  { name: 'consecutive years', make: yearRun },
  repeated('numeric dates in a run', '12/03/2026 '),
  repeated('clock times in a run', '10:30 a.m. 14:45 GMT 4:15 pm 0930 EST '),
  repeated('datelines repeated on one line', 'WASHINGTON (Reuters) - '),
  repeated('datelines repeated as paragraphs', 'WASHINGTON (Reuters) - Talks resumed.\n\n'),
  repeated('bylines repeated', 'By John Smith\n'),
  repeated('heading-shaped lines', 'Council Votes On Budget\n'),
  repeated('indented lines', '    The council met on Monday.\n'),
  repeated(
    'one huge paragraph without full stops',
    'the minister said on Monday that the plan would work and ',
  ),
  repeated('many tiny paragraphs', 'Ok.\n\n'),
  repeated('repeated speech cues', 'he said, she said, they said, '),
]
