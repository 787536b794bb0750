import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { binaryProblem, emptyProblem, failure, formatBytes } from './check-text.js'
import { splitLines } from './lines.js'
import type { InputItem, InputSource, ReadLimits } from './types.js'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * A JSONL file: one JSON object per line with `id` (string or number), `text` (string) and
 * optionally `date` and `title`. Read as a stream: one line in memory at a time, and a line longer
 * than the limit is never held whole. A record without an id is named after its line
 * (`FILE.jsonl:12`), so every line is accounted for.
 *
 * @example
 *   const source = await jsonlSource('/tmp/news.jsonl', {maxBytes: 5e6})
 */
export async function jsonlSource(file: string, limits: ReadLimits): Promise<InputSource> {
  const totalBytes = (await stat(file)).size
  let bytesRead = 0
  return {
    path: file,
    kind: 'jsonl',
    totalBytes,
    bytesRead: () => bytesRead,
    async *read(): AsyncGenerator<InputItem> {
      bytesRead = 0
      const seen = new Set<string>()
      // The line limit leaves room for the JSON syntax and escapes around the text.
      const lineLimit = limits.maxBytes * 2 + 64 * 1024
      for await (const line of splitLines(createReadStream(file), lineLimit)) {
        const where = `${file}:${line.number}`
        if (line.overflow) {
          bytesRead += line.length + 1
          yield failure(
            where,
            where,
            'too-large',
            `Cannot process line ${line.number} of \`${file}\`: it is ${formatBytes(line.length)}, over the ${formatBytes(limits.maxBytes)} limit (raise it with --max-bytes)`,
          )
          continue
        }
        bytesRead += line.length + 1
        if (line.bytes.length === 0 || isBlank(line.bytes)) continue
        const item = readRecord(line.bytes, where, line.number, file, limits)
        if (item.kind === 'document') {
          if (seen.has(item.id)) {
            yield failure(
              `${item.id}@${where}`,
              where,
              'duplicate-id',
              `Cannot process line ${line.number} of \`${file}\`: the id \`${item.id}\` was already used by an earlier line`,
            )
            continue
          }
          seen.add(item.id)
        }
        yield item
      }
    },
  }
}

function readRecord(
  bytes: Buffer,
  where: string,
  number: number,
  file: string,
  limits: ReadLimits,
): InputItem {
  const at = `line ${number} of \`${file}\``
  let json: string
  try {
    json = strictUtf8.decode(bytes)
  } catch {
    return failure(where, where, 'binary', `Cannot read ${at}: it is not valid UTF-8`)
  }
  let record: unknown
  try {
    record = JSON.parse(json)
  } catch (error) {
    return failure(
      where,
      where,
      'invalid-json',
      `Cannot parse ${at} as JSON (${(error as Error).message}); expected an object such as {"id": "a1", "text": "…"}`,
    )
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failure(
      where,
      where,
      'invalid-record',
      `Cannot use ${at}: expected an object such as {"id": "a1", "text": "…"}, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`,
    )
  }
  const fields = record as Record<string, unknown>
  const rawId = fields.id
  const id =
    typeof rawId === 'string' && rawId.trim() !== ''
      ? rawId
      : typeof rawId === 'number' && Number.isFinite(rawId)
        ? String(rawId)
        : where
  const text = fields.text
  if (typeof text !== 'string') {
    return failure(
      id,
      where,
      'invalid-record',
      `Cannot use ${at}: expected \`text\` to be a string, got ${text === undefined ? 'nothing' : text === null ? 'null' : typeof text}`,
    )
  }
  const bytesOfText = Buffer.byteLength(text)
  if (bytesOfText > limits.maxBytes) {
    return failure(
      id,
      where,
      'too-large',
      `Cannot process ${at}: its text is ${formatBytes(bytesOfText)}, over the ${formatBytes(limits.maxBytes)} limit (raise it with --max-bytes)`,
    )
  }
  const binary = binaryProblem(text)
  if (binary) return failure(id, where, 'binary', `Cannot read ${at} as text: ${binary}`)
  const empty = emptyProblem(text)
  if (empty) return failure(id, where, 'empty', `Cannot process ${at}: ${empty}`)
  return {
    kind: 'document',
    id,
    text,
    where,
    bytes: bytesOfText,
    ...(typeof fields.date === 'string' && fields.date.trim() !== '' ? { date: fields.date } : {}),
    ...(typeof fields.title === 'string' && fields.title.trim() !== ''
      ? { title: fields.title }
      : {}),
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 32 && byte !== 9 && byte !== 13) return false
  return true
}
