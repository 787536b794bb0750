/** The whitespace-separated words of a lexicon block. */
export function wordSet(block: string): ReadonlySet<string> {
  return new Set(block.split(/\s+/).filter(Boolean))
}
