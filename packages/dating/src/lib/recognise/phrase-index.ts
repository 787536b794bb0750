/**
 * Group phrases by their first word, keeping their order, so a rule tries only the phrases that
 * can match at a token instead of every phrase of its lexicon.
 *
 * @example
 *   byFirstWord([{words: ['the', 'end', 'of']}, {words: ['end', 'of']}]).get('end') // [{words: ['end', 'of']}]
 */
export function byFirstWord<Phrase extends { words: readonly string[] }>(
  phrases: readonly Phrase[],
): ReadonlyMap<string, readonly Phrase[]> {
  const groups = new Map<string, Phrase[]>()
  for (const phrase of phrases) {
    const first = phrase.words[0] ?? ''
    const group = groups.get(first)
    if (group) group.push(phrase)
    else groups.set(first, [phrase])
  }
  return groups
}
