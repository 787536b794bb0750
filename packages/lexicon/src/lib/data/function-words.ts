import { wordSet } from './words.js'

/**
 * English function words, by class, lower case. Packages combine them for their own jobs (a line
 * that ends on one is unfinished; a name does not start with one).
 */

/** Articles, demonstratives and quantifiers before a noun. */
export const determiners: ReadonlySet<string> = wordSet(`
  a an the this that these those some any each every no all both either neither another other such
  many much few several most
`)

/** Prepositions. */
export const prepositions: ReadonlySet<string> = wordSet(`
  of in on at to for from by with without into onto upon over under about after before since
  during despite until via per like unlike than as between among against through across toward
  towards within along around behind beyond near
`)

/** Coordinating and subordinating conjunctions. */
export const conjunctions: ReadonlySet<string> = wordSet(`
  and or but nor yet so if when while although though because unless whether once
`)

/** Personal, possessive, reflexive and relative pronouns. */
export const pronouns: ReadonlySet<string> = wordSet(`
  i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
  himself she her hers herself it its itself they them their theirs themselves who whom whose which
  that
`)

/** Auxiliary and modal verbs. */
export const auxiliaries: ReadonlySet<string> = wordSet(`
  is are was were be been being am has have had do does did will would shall should can could may
  might must
`)

/** Every function word of the classes above. */
export const functionWords: ReadonlySet<string> = new Set([
  ...determiners,
  ...prepositions,
  ...conjunctions,
  ...pronouns,
  ...auxiliaries,
])
