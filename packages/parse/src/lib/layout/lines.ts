import { isInlineSpace, isSpace } from '../text/characters.js'

/** One physical line of the input. */
export interface Line {
  /** Offset of the line's first character. */
  start: number
  /** Offset of the line break (or the end of the text). */
  end: number
  /** Offsets of the line's content without surrounding space (equal when blank). */
  contentStart: number
  contentEnd: number
  /** Leading horizontal white space, in characters (tabs count as one). */
  indent: number
}

/**
 * Split text into lines at `\n`, `\r\n` and lone `\r`, in one pass.
 *
 * @example
 *   splitLines('a\r\nb').map((line) => line.start) // => [0, 3]
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  const length = text.length
  // Next line feed and carriage return, found with indexOf and kept until passed.
  let nextFeed = text.indexOf('\n')
  let nextReturn = text.indexOf('\r')
  while (start <= length) {
    if (nextFeed !== -1 && nextFeed < start) nextFeed = text.indexOf('\n', start)
    if (nextReturn !== -1 && nextReturn < start) nextReturn = text.indexOf('\r', start)
    const end = Math.min(
      nextFeed === -1 ? length : nextFeed,
      nextReturn === -1 ? length : nextReturn,
    )
    lines.push(measureLine(text, start, end))
    if (end >= length) break
    const next =
      text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1
    start = next
  }
  return lines
}

function measureLine(text: string, start: number, end: number): Line {
  let contentStart = start
  let indent = 0
  while (contentStart < end && isSpace(text.charCodeAt(contentStart))) {
    // A byte order mark is not indentation.
    if (isInlineSpace(text.charCodeAt(contentStart)) && text.charCodeAt(contentStart) !== 0xfeff)
      indent++
    contentStart++
  }
  let contentEnd = end
  while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--
  return { start, end, contentStart, contentEnd, indent }
}

/** Whether a line has no content. */
export function isBlank(line: Line): boolean {
  return line.contentStart === line.contentEnd
}
