import type { ReportDuplicatePair } from '../report/types.js'

/** A related document and how it is related. */
export interface RelatedDocument {
  id: string
  relation: 'duplicate' | 'story'
}

/** At most this many siblings of each relation are offered (the first in input order). */
const maxSiblings = 10

/**
 * The documents without a date of their own that have related documents to be dated from: for
 * each, its duplicates first, then the other members of its story.
 *
 * @example
 *   planRedating(findings, dates).get('001') // [{id: '000', relation: 'duplicate'}, {id: '003', relation: 'story'}]
 */
export function planRedating(
  findings: { pairs: Pick<ReportDuplicatePair, 'a' | 'b'>[]; stories: string[][] },
  dates: Map<string, { value?: string; source: string }>,
): Map<string, RelatedDocument[]> {
  const undated = (id: string) => dates.get(id)?.value === undefined
  const plan = new Map<string, RelatedDocument[]>()
  const add = (id: string, related: RelatedDocument) => {
    if (!undated(id) || related.id === id) return
    const list = plan.get(id) ?? []
    const same = list.filter((entry) => entry.relation === related.relation).length
    if (same < maxSiblings && !list.some((entry) => entry.id === related.id)) list.push(related)
    plan.set(id, list)
  }
  for (const pair of findings.pairs) {
    add(pair.a, { id: pair.b, relation: 'duplicate' })
    add(pair.b, { id: pair.a, relation: 'duplicate' })
  }
  for (const members of findings.stories) {
    if (members.length < 2) continue
    for (const id of members) {
      if (!undated(id)) continue
      for (const other of members) add(id, { id: other, relation: 'story' })
    }
  }
  return plan
}
