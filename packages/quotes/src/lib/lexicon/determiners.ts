import { determiners, pronouns } from '@copydesk/lexicon'
import { pick, words } from './words.js'

/**
 * The determiners quotes reads, each set named for its job and built from the classes of
 * @copydesk/lexicon (articles, demonstratives, possessive pronouns, quantifiers) plus the small
 * numbers that open a description ("two officials said").
 */

const articles = pick(determiners, 'the a an')
const demonstratives = pick(determiners, 'this that these those')
const possessives = pick(pronouns, 'its his her their our')
const numbers = words('one two three')
const quantifiers = pick(determiners, 'another some both several many other')

/** Open the speaker's noun phrase around a cue ("the general", "a spokesman", "two officials"). */
export const phraseDeterminers: ReadonlySet<string> = new Set([
  ...articles,
  ...possessives,
  ...pick(pronouns, 'my'),
  ...pick(determiners, 'this these those'),
  ...numbers,
  ...quantifiers,
  ...pick(determiners, 'most'),
])

/** Open a description mention ("the spokesman", "that official", "another player"). */
export const mentionDeterminers: ReadonlySet<string> = new Set([
  ...articles,
  ...demonstratives,
  ...possessives,
  ...numbers,
  ...quantifiers,
])

/** Introduce someone new rather than refer back ("a spokesperson", "another player"). */
export const indefiniteDeterminers: ReadonlySet<string> = new Set([
  ...pick(determiners, 'a an another'),
  ...numbers,
  ...pick(determiners, 'some several many'),
])

/** May stand before a name or a description that is looked up as a name ("The Turkish army"). */
export const nameDeterminers: ReadonlySet<string> = new Set([
  ...articles,
  ...pick(determiners, 'this that'),
])

/** Before a quoted stretch, mark it as a noun: a name or a title ("the 'Iron Gate' plan"). */
export const quotedNounDeterminers: ReadonlySet<string> = new Set([
  ...articles,
  ...possessives,
  ...pick(determiners, 'this that'),
])

/** Open a description that can be the source of a quote ("the report", "its statement"). */
export const sourceDeterminers: ReadonlySet<string> = new Set([
  ...articles,
  ...pick(determiners, 'this'),
  ...pick(pronouns, 'its his her their'),
])

/** Articles: `the`, `a`, `an`. */
export const articleWords: ReadonlySet<string> = new Set(articles)
