import { checkDocuments, type DocumentInput } from '../documents.js'
import { exactKey } from '../text/exact-key.js'

/**
 * Groups of documents whose texts are identical after normalisation ({@link exactKey}: Unicode,
 * case, typographic quotes and dashes, whitespace). Only groups of two or more are returned,
 * each in input order. The cheap first pass before near-duplicate detection.
 *
 * @example
 *   exactDuplicates([{ id: 'a', text: '“Yes,” he said.' }, { id: 'b', text: '"yes,"  he said.' }])
 *   // => [['a', 'b']]
 */
export function exactDuplicates(documents: Iterable<DocumentInput>): string[][] {
  const groups = new Map<string, string[]>()
  for (const { id, text } of checkDocuments(documents, 'exactDuplicates')) {
    const key = exactKey(text)
    const group = groups.get(key)
    if (group) group.push(id)
    else groups.set(key, [id])
  }
  return [...groups.values()].filter((group) => group.length > 1)
}
