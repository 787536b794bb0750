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
export const genderedPronouns: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
])
