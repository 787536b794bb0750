/** A regular plural's singular: "officials" → "official", "players" → "player", "press" stays. */
export function singularOf(noun: string): string {
  return noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun
}
