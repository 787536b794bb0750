/** The whitespace-separated words of a lexicon block, in order. */
export function words(block: string): string[] {
  return block.split(/\s+/).filter(Boolean)
}

/**
 * The words of `block`, each taken from the shared list `from` (a function-word class of
 * @copydesk/lexicon), so that quotes narrows the shared lexicon instead of copying it. A word the
 * shared list lacks is a mistake in this package's lexicon and throws when the module loads.
 */
export function pick(from: ReadonlySet<string>, block: string): string[] {
  const picked = words(block)
  for (const word of picked) {
    if (!from.has(word)) {
      throw new Error(`Cannot pick \`${word}\`: it is not in the shared @copydesk/lexicon list`)
    }
  }
  return picked
}
