import { pronouns as sharedPronouns } from '@copydesk/lexicon'
import { pick, words } from './words.js'

/**
 * Pronouns that can stand for a speaker, with what they may refer to. `person` pronouns need a
 * person antecedent of a compatible gender (`any` when the text does not tell); `group` pronouns
 * take an organisation or a plural group; relative pronouns ("who", "which") take the nearest
 * noun phrase before them.
 */
export interface PronounInfo {
  refers: 'person' | 'group' | 'organisation' | 'relative' | 'self'
  gender?: 'male' | 'female'
}

export const pronouns: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['he', { refers: 'person', gender: 'male' }],
  ['him', { refers: 'person', gender: 'male' }],
  ['his', { refers: 'person', gender: 'male' }],
  ['himself', { refers: 'person', gender: 'male' }],
  ['she', { refers: 'person', gender: 'female' }],
  ['her', { refers: 'person', gender: 'female' }],
  ['hers', { refers: 'person', gender: 'female' }],
  ['herself', { refers: 'person', gender: 'female' }],
  ['they', { refers: 'group' }],
  ['them', { refers: 'group' }],
  ['their', { refers: 'group' }],
  ['it', { refers: 'organisation' }],
  ['its', { refers: 'organisation' }],
  ['who', { refers: 'relative' }],
  ['which', { refers: 'relative' }],
  ['that', { refers: 'relative' }],
  ['whom', { refers: 'relative' }],
  ['i', { refers: 'self' }],
  ['we', { refers: 'self' }],
  ['me', { refers: 'self' }],
  ['us', { refers: 'self' }],
  ['you', { refers: 'self' }],
])

/** Personal pronouns outside quotes that reveal a person's gender when they follow the name. */
export const genderedPronouns: ReadonlyMap<string, 'male' | 'female'> = new Map(
  [...pronouns].flatMap(([word, info]) =>
    info.gender ? [[word, info.gender] as [string, 'male' | 'female']] : [],
  ),
)

/** Subject pronouns: one is the whole speaker mention ("he said", "they told reporters"). */
export const subjectPronouns: ReadonlySet<string> = new Set(
  pick(sharedPronouns, 'he she they we i it you'),
)

/** The hearer after a cue, not its speaker: object pronouns and the press ("told reporters"). */
export const hearerWords: ReadonlySet<string> = new Set([
  ...pick(sharedPronouns, 'him her them us me'),
  ...words('reporters journalists'),
])

/**
 * Words that open a quoted stretch of speech rather than a name or title ("'We are ready',"
 * "'It is over'"): pronouns, possessives and the pointing words `this` and `there`.
 */
export const speechOpeners: ReadonlySet<string> = new Set([
  ...pick(sharedPronouns, 'i we you my our it'),
  ...words('this there'),
  ...pick(sharedPronouns, 'they he she'),
])

/** Possessives that make a description someone's own ("his office", "their lawyer"). */
export const ownerPossessives: ReadonlySet<string> = new Set(pick(sharedPronouns, 'his her their'))
