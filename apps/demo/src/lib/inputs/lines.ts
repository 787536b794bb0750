import type { Readable } from 'node:stream'

/** One line of a byte stream (`length`: its bytes before the line end was removed), or the fact that it was longer than the limit. */
export type Line =
  | { number: number; bytes: Buffer; length: number; overflow: false }
  | { number: number; length: number; overflow: true }

/**
 * Splits a byte stream on `\n` without ever holding more than `maxBytes` of one line: a longer
 * line is dropped as it streams and reported as `overflow` with its length. A trailing `\r` is
 * removed.
 *
 * @example
 *   for await (const line of splitLines(createReadStream('a.jsonl'), 1e6)) console.log(line.number)
 */
export async function* splitLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = []
  let held = 0
  let length = 0
  let number = 1
  let overflow = false

  const finish = (): Line => {
    const line: Line = overflow
      ? { number, length, overflow: true }
      : { number, bytes: trimCarriageReturn(Buffer.concat(parts, held)), length, overflow: false }
    parts = []
    held = 0
    length = 0
    overflow = false
    number++
    return line
  }

  const take = (piece: Buffer) => {
    length += piece.length
    if (overflow) return
    if (held + piece.length > maxBytes) {
      overflow = true
      parts = []
      held = 0
      return
    }
    parts.push(piece)
    held += piece.length
  }

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0
    let newline = chunk.indexOf(10, from)
    while (newline !== -1) {
      take(chunk.subarray(from, newline))
      yield finish()
      from = newline + 1
      newline = chunk.indexOf(10, from)
    }
    if (from < chunk.length) take(chunk.subarray(from))
  }
  if (length > 0) yield finish()
}

function trimCarriageReturn(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes
}
