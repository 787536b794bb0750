import { describeValue } from '@copydesk/parse'

/**
 * Pairs or groups of related document ids, as `mergeQuotes` and `completeSpeakerNames` take them
 * in their `related` option: `[['000', '001'], ['001', '002']]` (duplicate pairs) or
 * `[['000', '001', '002']]` (a story cluster). Groups that share a document are one group.
 */
export type RelatedDocuments = Iterable<readonly string[]>

/** The `related` option check, for `checkOptions`. */
export const relatedCheck = {
  expected: 'an iterable of id pairs or groups such as [["cnn-1", "dod-1"]]',
  test: (value: unknown): boolean =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function',
}

/**
 * The group of each document: the index of the first document of its connected group of
 * `related` ids (ids the documents do not have still connect those they link). Without
 * `related`, every document is in group 0.
 *
 * @throws {TypeError} naming the entry of `related` that is not an array of string ids.
 */
export function relatedGroups(
  caller: string,
  ids: readonly string[],
  related: RelatedDocuments | undefined,
): number[] {
  if (related === undefined) return ids.map(() => 0)
  const parent = new Map<string, string>()
  const find = (id: string): string => {
    let root = id
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) {
      root = up
    }
    // Path compression: every id on the way now points at the root.
    let cursor = id
    while (cursor !== root) {
      const next = parent.get(cursor) as string
      parent.set(cursor, root)
      cursor = next
    }
    return root
  }
  let index = 0
  for (const group of related) {
    if (!Array.isArray(group) || group.some((id) => typeof id !== 'string')) {
      throw new TypeError(
        `Cannot \`${caller}\` with \`related\` entry ${index}: expected an array of document ids such as ["cnn-1", "dod-1"], not ${describeValue(group)}`,
      )
    }
    const [first, ...rest] = group as string[]
    if (first !== undefined) {
      if (!parent.has(first)) parent.set(first, first)
      for (const id of rest) {
        if (!parent.has(id)) parent.set(id, id)
        const a = find(first)
        const b = find(id)
        if (a !== b) parent.set(b, a)
      }
    }
    index++
  }
  const groupOfRoot = new Map<string, number>()
  return ids.map((id, documentIndex) => {
    if (!parent.has(id)) return documentIndex
    const root = find(id)
    const seen = groupOfRoot.get(root)
    if (seen !== undefined) return seen
    groupOfRoot.set(root, documentIndex)
    return documentIndex
  })
}
