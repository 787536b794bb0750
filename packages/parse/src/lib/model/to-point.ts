import type { Point } from 'unist'

/**
 * The line/column point of an offset, counting `\r\n`, `\n` and `\r` as line
 * endings (as parse-english and vfile do). Linear in the offset: used for the
 * few warnings of a parse, not per node.
 *
 * @example
 *   toPoint('a\nbc', 3) // => {line: 2, column: 2, offset: 3}
 */
export function toPoint(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset && index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: offset - lineStart + 1, offset }
}
