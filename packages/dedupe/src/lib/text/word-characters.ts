// Which UTF-16 code units belong to a word: letters, digits and the underscore, the same set as
// Python's `\w` (Unicode letters and numbers), so our word 5-grams match the ground truth's
// `\w+` tokens. ASCII is decided inline; other code points are classified once and cached.

const unicodeWordCharacter = /[\p{L}\p{N}_]/u
const bmpCache = new Uint8Array(0x10000) // 0 = unknown, 1 = word character, 2 = not

/** Whether the BMP code unit `code` (not a surrogate) is a word character. */
export function isWordCodeUnit(code: number): boolean {
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 95
    )
  }
  let known = bmpCache[code]
  if (known === 0) {
    known = unicodeWordCharacter.test(String.fromCharCode(code)) ? 1 : 2
    bmpCache[code] = known
  }
  return known === 1
}

/** Whether the astral code point starting at `text[index]` (a high surrogate) is a word character. */
export function isWordSurrogatePair(text: string, index: number): boolean {
  const codePoint = text.codePointAt(index)
  return codePoint !== undefined && unicodeWordCharacter.test(String.fromCodePoint(codePoint))
}

/** Whether `code` is a UTF-16 high surrogate (the first half of an astral code point). */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
