import { describeValue } from '@copydesk/parse'
import type { SpeakerEntity } from '../types.js'

/** The speakers of one merged quote, grouped by who they are. */
export interface ReconciledSpeakers {
  speaker?: SpeakerEntity
  /** Every name the documents use for the chosen speaker, fullest first. */
  names: string[]
  /** Speakers the documents disagree on (another person or an outlet), one per entity. */
  others: SpeakerEntity[]
}

/** A name's words, lower-cased, without a leading article: "the SDF" → ["sdf"]. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * "Dunford", "Gen. Dunford" and "Joseph Dunford" are one person: the same last word, and the
 * shorter name's words all in the longer one.
 */
export function samePerson(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false
  if (a.at(-1) !== b.at(-1)) return false
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  return shorter.every((word) => longer.includes(word))
}

/**
 * Group the speakers given by several documents for one quote and pick the one most documents
 * agree on (a person before an organisation on a tie), named with its fullest form.
 *
 * @example
 *   reconcileSpeakers([{name: 'Dunford', kind: 'person'}, {name: 'Joseph Dunford', kind: 'person'}])
 *   // → {speaker: {name: 'Joseph Dunford', kind: 'person'}, names: ['Joseph Dunford', 'Dunford'], others: []}
 *
 * @throws {TypeError} when `speakers` is not an array, or one of them is not a speaker.
 */
export function reconcileSpeakers(
  speakers: readonly (SpeakerEntity | undefined)[],
): ReconciledSpeakers {
  if (!Array.isArray(speakers)) {
    throw new TypeError(
      `Cannot \`reconcileSpeakers\` without speakers: expected an array such as [{name: 'Dunford', kind: 'person'}], not ${describeValue(speakers)}`,
    )
  }
  speakers.forEach((speaker: unknown, index) => {
    if (speaker === undefined) return
    if (
      speaker === null ||
      typeof speaker !== 'object' ||
      typeof (speaker as SpeakerEntity).name !== 'string'
    ) {
      throw new TypeError(
        `Cannot \`reconcileSpeakers\` with speaker ${index}: expected undefined or {name: string, kind}, not ${describeValue(speaker)}`,
      )
    }
  })
  const groups: { members: SpeakerEntity[]; words: string[] }[] = []
  for (const speaker of speakers) {
    if (!speaker?.name) continue
    const words = nameWords(speaker.name)
    const group = groups.find(
      (candidate) =>
        candidate.words.join(' ') === words.join(' ') ||
        (speaker.kind === 'person' &&
          candidate.members[0]?.kind === 'person' &&
          samePerson(candidate.words, words)),
    )
    if (group) {
      group.members.push(speaker)
      if (words.length > group.words.length) group.words = words
    } else groups.push({ members: [speaker], words })
  }
  if (groups.length === 0) return { names: [], others: [] }
  const rank = (group: (typeof groups)[number]) =>
    group.members.length * 4 +
    (group.members.some((member) => member.kind === 'person') ? 2 : 0) +
    (group.members.some((member) => member.kind !== 'unknown') ? 1 : 0)
  const ordered = [...groups].sort((a, b) => rank(b) - rank(a))
  const chosen = ordered[0] as (typeof groups)[number]
  const fullest = fullestMember(chosen.members)
  const speaker: SpeakerEntity = { ...fullest }
  const role = fullest.role ?? chosen.members.find((member) => member.role)?.role
  const title = fullest.title ?? chosen.members.find((member) => member.title)?.title
  if (role) speaker.role = role
  if (title) speaker.title = title
  // One entry per spelling that differs in more than marks and articles ("Defense's" and
  // "Defense’s", "the SDF" and "SDF" are one).
  const names: string[] = []
  const seen = new Set<string>()
  for (const name of [fullest.name, ...chosen.members.map((member) => member.name)]) {
    const key = nameWords(name).join(' ')
    if (seen.has(key)) continue
    seen.add(key)
    names.push(name)
  }
  const others = ordered.slice(1).map((group) => ({ ...fullestMember(group.members) }))
  return { speaker, names, others }
}

function fullestMember(members: SpeakerEntity[]): SpeakerEntity {
  let best = members[0] as SpeakerEntity
  for (const member of members) {
    if (nameWords(member.name).length > nameWords(best.name).length) best = member
  }
  return best
}
