// Apostrophes and primes of every kind read as one straight apostrophe inside words ("wasn’t").
const apostrophes = /[\u2018\u2019\u201B\u2032\u02BC`\u00B4]/g
// Words: letters or digits, with inner apostrophes ("wasn't", "o'clock"). Linear: each repetition
// starts with its apostrophe.
const wordPattern = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu

/**
 * The words of a quote as they are compared across documents: NFKC, lower case, every kind of
 * quotation mark, apostrophe, dash and punctuation set aside. Curly and straight versions of a
 * quote, or two with different commas, give the same words.
 *
 * @example
 *   quoteWords('“We always knew the SDF wasn’t the solution,”') // ['we', 'always', 'knew', 'the', 'sdf', "wasn't", 'the', 'solution']
 */
export function quoteWords(text: string): string[] {
  const normal = text.normalize('NFKC').toLowerCase().replace(apostrophes, "'")
  return normal.match(wordPattern) ?? []
}
