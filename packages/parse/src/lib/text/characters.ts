/**
 * Character tests shared by the layout and classification code. Scraped text
 * carries no-break spaces, byte order marks and typographic dashes, so
 * "white space" and "dash" mean more than ASCII here.
 */

/** Space-like characters: ASCII white space, NBSP, BOM, the Unicode spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** Horizontal spaces only (no line breaks). */
export function isInlineSpace(code: number): boolean {
  return isSpace(code) && code !== 0x0a && code !== 0x0d
}

/** Hyphen-minus, en dash, em dash, horizontal bar, minus sign. */
export function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2015 || code === 0x2212
}

/** Closing quotes and brackets that may follow a sentence's final mark. */
export function isClosing(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x2019 ||
    code === 0x201d ||
    code === 0xbb
  )
}

/** Opening quotes and brackets. */
export function isOpening(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x2018 ||
    code === 0x201c ||
    code === 0xab
  )
}

export function isUpper(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return char !== char.toLowerCase() && char === char.toUpperCase()
}

export function isLower(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return char !== char.toUpperCase() && char === char.toLowerCase()
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Offset of the first non-space character at or after `from`, before `to`. */
export function skipSpaceForward(text: string, from: number, to: number): number {
  let index = from
  while (index < to && isSpace(text.charCodeAt(index))) index++
  return index
}

/** Offset just after the last non-space character before `to`, not before `from`. */
export function skipSpaceBackward(text: string, from: number, to: number): number {
  let index = to
  while (index > from && isSpace(text.charCodeAt(index - 1))) index--
  return index
}

/**
 * The sentence-final mark of `value` (`.`, `!`, `?`, `…`, `;`, `:`, `,`) looking
 * through closing quotes and brackets, or `''` when it ends otherwise.
 */
export function finalMark(value: string): string {
  let index = value.length
  while (
    index > 0 &&
    (isClosing(value.charCodeAt(index - 1)) || isSpace(value.charCodeAt(index - 1)))
  )
    index--
  const char = value.charAt(index - 1)
  return '.!?…;:,'.includes(char) && char !== '' ? char : ''
}

/** Replace the space-like characters of a short string with plain spaces, collapsed. */
export function normaliseSpaces(value: string): string {
  let result = ''
  let pendingSpace = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (isSpace(code)) {
      pendingSpace = result.length > 0
    } else {
      if (pendingSpace) result += ' '
      pendingSpace = false
      result += value.charAt(index)
    }
  }
  return result
}

/**
 * Whether `text[start, end)` is at most `limit` characters long when its carriage returns are not
 * counted, so that a CRLF text and its LF form pass the same length tests. Costs at most `2 * limit`.
 */
export function fitsWithin(text: string, start: number, end: number, limit: number): boolean {
  const length = end - start
  if (length <= limit) return true
  // A CRLF text has at most one carriage return for every other character.
  if (length > 2 * limit) return false
  let returns = 0
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 13) returns++
  return length - returns <= limit
}

/** Whether `text` is at most `limit` characters long, carriage returns not counted (see `fitsWithin`). */
export function fits(text: string, limit: number): boolean {
  return fitsWithin(text, 0, text.length, limit)
}
