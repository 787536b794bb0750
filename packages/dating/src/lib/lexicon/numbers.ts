/**
 * Number words as news copy spells them out (`two weeks`, `twenty four hours`, `a dozen years`).
 * The recogniser combines them (`twenty four` → 24, `two hundred` → 200).
 */

/** Units and teens: a single word → its value. `a`/`an` are handled by the grammar, not here. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['dozen', 12],
  ['couple', 2],
])

/** Tens: `twenty` … `ninety`; may be followed by a unit word (`twenty four`, `forty-five`). */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
])

/** Multipliers: `two hundred`, `three thousand`. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1000],
])

/** Ordinal words → their value (`the third quarter`, `the 20th century` is read from digits). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['twenty-first', 21],
  ['last', -1],
  ['final', -1],
])

/** Vague quantities: a duration of an unknown number of units (`several years` → `PXY`). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set([
  'few',
  'several',
  'many',
  'some',
  'numerous',
  'recent',
  'coming',
])
