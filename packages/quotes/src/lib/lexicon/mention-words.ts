import { prepositions } from '@copydesk/lexicon'
import { pick } from './words.js'

/** Link a quantifier to the group it counts ("many in Raqqa", "some of the residents"). */
export const groupLinks: ReadonlySet<string> = new Set(pick(prepositions, 'in of from at'))

/**
 * Where a description mention stops being its head noun's phrase: prepositions, relative words and
 * participles ("a spokesman for the ministry", "an official who", "a source cited by").
 */
export const mentionBreakers: ReadonlySet<string> = new Set([
  'of',
  'for',
  'at',
  'in',
  'with',
  'from',
  'on',
  'to',
  'who',
  'that',
  'which',
  'whose',
  'cited',
  'named',
  'based',
])
