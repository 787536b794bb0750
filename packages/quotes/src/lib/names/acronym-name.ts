/**
 * Names with lower-case words inside them, confirmed by the acronym written after them:
 * "Raqqa is Being Slaughtered Silently (RSS)", "Mothers against Drunk Driving (MADD)".
 * Without the acronym such a name cannot be told from a clause ("Raqqa is being shelled"), so
 * the acronym is the only evidence taken.
 */

/** How many words a name bridged by lower-case words may have. */
export const maxAcronymNameWords = 10

/** How many lower-case words in a row a name may hold ("is", "of the"). */
export const maxInnerLowerWords = 2

// " (RSS)", "'s (DoD)" right after a name: the acronym written out in brackets.
const bracketedAcronym = /^(?:['’]s)?\s?\(\s?(\p{Lu}[\p{L}.&]{1,15})\s?\)/u

/**
 * The acronym written in brackets right after a name ending at `end`: "the Syrian Democratic
 * Forces (SDF)" → "SDF", "the Department of Defense's (DoD)" → "DoD". Looks at a few characters
 * only, so it is cheap to ask after every name.
 */
export function bracketedAcronymAt(text: string, end: number): string | undefined {
  // Only a "(" within the next four characters can open it (" (", "'s ("): no search further on.
  let open = end
  while (open < end + 4 && open < text.length && text.charCodeAt(open) !== 40 /* ( */) open++
  if (text.charCodeAt(open) !== 40) return undefined
  return bracketedAcronym.exec(text.slice(end, end + 24))?.[1]
}

/** The capital letters of an acronym as written: "RSS" → "rss", "U.N.H.C.R." → "unhcr". */
export function acronymLetters(acronym: string): string | undefined {
  let letters = ''
  for (const char of acronym) {
    if (char === '.' || char === '&') continue
    if (char.toUpperCase() !== char || char.toLowerCase() === char) return undefined
    letters += char.toLowerCase()
  }
  return letters.length >= 2 && letters.length <= 8 ? letters : undefined
}

/**
 * Whether `letters` (an acronym, lower-cased) abbreviates `words`, a name's words in order with
 * `capitalised` telling which start with a capital: the acronym's first letter is the first
 * word's initial, its last letter the last word's, and the letters between are initials of words
 * in between, in order. Lower-case words may be skipped ("Raqqa is Being Slaughtered Silently"
 * → "RSS" or "RIBSS"), and so may capitalised ones, but at most one of them ("RBSS" skips none,
 * "RSS" skips "Being").
 *
 * @example
 *   abbreviates('rss', ['raqqa', 'is', 'being', 'slaughtered', 'silently'], [true, false, true, true, true]) // true
 *   abbreviates('rss', ['raqqa', 'is', 'shelled'], [true, false, false]) // false
 */
export function abbreviates(
  letters: string,
  words: readonly string[],
  capitalised: readonly boolean[],
): boolean {
  if (words.length < 2 || letters.length < 2) return false
  const first = words[0] as string
  const last = words.at(-1) as string
  if (!capitalised[0] || !capitalised.at(-1)) return false
  if (first[0] !== letters[0] || last[0] !== letters.at(-1)) return false
  // Match the inner letters greedily, left to right, against the inner words.
  let letter = 1
  let skippedCapitals = 0
  for (let index = 1; index < words.length - 1; index++) {
    const initial = (words[index] as string)[0]
    if (letter < letters.length - 1 && initial === letters[letter]) letter++
    else if (capitalised[index]) skippedCapitals++
  }
  return letter === letters.length - 1 && skippedCapitals <= 1
}
