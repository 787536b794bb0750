// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is the ASCII test itself
const nonAscii = /[^\u0000-\u007f]/

/**
 * Unicode NFKC and case folding. JavaScript has no `casefold`; upper- then lower-casing gives
 * the full folding for the letters that matter in news text (`ß` → `ss`, final `ς` → `σ`,
 * `ﬁ` → `fi` through NFKC). ASCII text takes the fast path.
 *
 * @example
 *   foldCase('Straße ΟΔΟΣ') // => 'strasse οδοσ'
 */
export function foldCase(text: string): string {
  if (!nonAscii.test(text)) return text.toLowerCase()
  // A round can expose new foldable letters (`ẞ` → `ß` → `ss`): repeat until stable.
  let folded = foldOnce(text)
  for (let round = 0; round < 3; round++) {
    const again = foldOnce(folded)
    if (again === folded) break
    folded = again
  }
  return folded
}

function foldOnce(text: string): string {
  return text.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC')
}
