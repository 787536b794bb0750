import { tailPrepositions } from './tail-prepositions.js'

/**
 * Words that tell whether the words after a cue are a reported clause or only a tail.
 *
 * - `tailOpeners`: open a circumstance after the cue ("said on Sunday", "said outside the
 *   court", "said according to…"), not a clause.
 * - `clauseSubjects`: a pronoun that opens a clause ("said he would…", "said there was…").
 * - `finiteWords`: auxiliaries and modals that make a clause early on ("said Canada has asked…").
 */

export const tailOpeners: ReadonlySet<string> = new Set([
  ...tailPrepositions,
  'outside',
  'inside',
  'near',
  'following',
  'according',
])

export const clauseSubjects: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'there',
  'this',
  'these',
  'those',
])

export const finiteWords: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
  'did',
  'does',
  'do',
  'need',
  'needs',
  'shall',
])
