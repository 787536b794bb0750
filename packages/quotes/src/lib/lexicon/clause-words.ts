import { auxiliaries, weekdayNames } from '@copydesk/lexicon'
import { tailPrepositions } from './tail-prepositions.js'
import { pick } from './words.js'

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

/** Auxiliaries of a progressive or passive before a cue ("was saying", "is being told"). */
export const progressiveAuxiliaries: ReadonlySet<string> = new Set(
  pick(auxiliaries, 'is are was were been be'),
)

/**
 * What may follow a speaker right after the cue ("said Lee, who…", "said Lee on Monday", "said
 * Lee, adding…"), so the name before them is the whole speaker.
 */
export const afterSpeaker: ReadonlySet<string> = new Set([
  ...tailPrepositions,
  'who',
  'which',
  'whose',
  'adding',
  'noting',
  'according',
  'today',
  'yesterday',
  ...weekdayNames.map((name) => name.toLowerCase()),
  'earlier',
  'last',
  'this',
  'late',
  'recently',
  'told',
  'tells',
  'and',
  'but',
  'because',
  'though',
  'although',
  'outside',
  'inside',
  'following',
  'matter-of-factly',
])

/**
 * Words that open an introductory phrase before a sentence's subject ("In Raqqa, residents
 * said…", "Speaking to reporters, the minister…"): the subject comes after the phrase.
 */
export const subjectIntroWords: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'while',
  'when',
  'speaking',
  'asked',
  'following',
  'as',
  'since',
  'despite',
  'with',
  'without',
  'earlier',
  'later',
  'last',
  'this',
  'for',
  'from',
  'under',
])

/** Words after which a new clause, with its own subject, begins ("…, and they say"). */
export const clauseOpeners: ReadonlySet<string> = new Set([
  'and',
  'but',
  'though',
  'although',
  'while',
  'because',
  'since',
  'when',
  'if',
])
