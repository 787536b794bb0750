import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { binaryProblem, emptyProblem, failure, formatBytes, looksLikeHtml } from './check-text.js'
import { splitLines } from './lines.js'
import type { InputItem, InputSource, ReadLimits } from './types.js'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * A JSONL file (also gzip'd, `.jsonl.gz`): one JSON object per line with `id` (string or number)
 * and `text` (string) or `html` (a web page, with its `url` if known), and optionally `date` and
 * `title`. Read as a stream: one line in memory at a time, and a line longer than the limit is
 * never held whole. A record without an id is named after its line (`FILE.jsonl:12`), so every
 * line is accounted for. `name` is how the file is shown (`-` for standard input).
 *
 * @example
 *   const source = await jsonlSource('/tmp/news.jsonl', {maxBytes: 5e6})
 */
export async function jsonlSource(
  file: string,
  limits: ReadLimits,
  {
    name = file,
    gzip = file.toLowerCase().endsWith('.gz'),
  }: { name?: string; gzip?: boolean } = {},
): Promise<InputSource> {
  const totalBytes = (await stat(file)).size
  let bytesRead = 0
  return {
    path: name,
    kind: 'jsonl',
    totalBytes,
    bytesRead: () => bytesRead,
    async *read(): AsyncGenerator<InputItem> {
      bytesRead = 0
      const seen = new Set<string>()
      // The line limit leaves room for the JSON syntax and escapes around the text.
      const lineLimit = limits.maxBytes * 2 + 64 * 1024
      const raw = createReadStream(file)
      const stream: Readable = gzip ? raw.pipe(createGunzip()) : raw
      // Progress counts the file's bytes (compressed ones for .gz), so it ends at totalBytes.
      const advance = (length: number) => {
        bytesRead = gzip ? raw.bytesRead : bytesRead + length
      }
      try {
        yield* records()
      } catch (error) {
        yield failure(
          `${name}:end`,
          name,
          'truncated',
          `Cannot read \`${name}\` to its end: ${(error as Error).message}; the lines before were read`,
        )
      } finally {
        raw.destroy()
        bytesRead = totalBytes
      }
      async function* records(): AsyncGenerator<InputItem> {
        for await (const line of splitLines(stream, lineLimit)) {
          const where = `${name}:${line.number}`
          if (line.overflow) {
            advance(line.length + 1)
            yield failure(
              where,
              where,
              'too-large',
              `Cannot process line ${line.number} of \`${name}\`: it is ${formatBytes(line.length)}, over the ${formatBytes(limits.maxBytes)} limit (raise it with --max-bytes)`,
            )
            continue
          }
          advance(line.length + 1)
          if (line.bytes.length === 0 || isBlank(line.bytes)) continue
          const item = readRecord(line.bytes, where, line.number, name, limits)
          if (item.kind === 'document') {
            if (seen.has(item.id)) {
              yield failure(
                `${item.id}@${where}`,
                where,
                'duplicate-id',
                `Cannot process line ${line.number} of \`${name}\`: the id \`${item.id}\` was already used by an earlier line`,
              )
              continue
            }
            seen.add(item.id)
          }
          yield item
        }
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
  const notes: string[] = []
  const isPage = typeof fields.html === 'string'
  const text = isPage ? fields.html : fields.text
  if (typeof text !== 'string') {
    const field = fields.text === undefined && fields.html !== undefined ? 'html' : 'text'
    const got = field === 'html' ? fields.html : fields.text
    return failure(
      id,
      where,
      'invalid-record',
      `Cannot use ${at}: expected \`${field}\` to be a string, got ${got === undefined ? 'nothing' : got === null ? 'null' : typeof got}; a record is {"id": "a1", "text": "…"} or {"id": "a1", "html": "<html>…", "url": "https://…"}`,
    )
  }
  if (isPage && fields.text !== undefined)
    notes.push('The record has both `html` and `text`: the `html` was read and the `text` ignored')
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
  const detected = !isPage && looksLikeHtml(text)
  if (detected)
    notes.push('The `text` field holds HTML: its main text was extracted as from a web page')
  const date = readGivenDate(fields.date, notes)
  const url =
    typeof fields.url === 'string' && fields.url.trim() !== '' ? fields.url.trim() : undefined
  return {
    kind: 'document',
    id,
    text,
    where,
    bytes: bytesOfText,
    ...(isPage || detected ? { format: 'html' as const } : {}),
    ...(url ? { url } : {}),
    ...(date ? { date } : {}),
    ...(typeof fields.title === 'string' && fields.title.trim() !== ''
      ? { title: fields.title }
      : {}),
    ...(notes.length > 0 ? { notes } : {}),
  }
}

/** Epoch numbers at or above this are milliseconds (10^11 s is the year 5138; 10^11 ms is 1973). */
const millisecondsFrom = 1e11

/**
 * The record's `date`: a string as written; a number as Unix time (seconds, or milliseconds from
 * 10^11 on), turned into ISO 8601 UTC. Anything else is reported in `notes`, never dropped silently.
 */
export function readGivenDate(value: unknown, notes: string[]): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (typeof value === 'number') {
    const milliseconds = Math.abs(value) >= millisecondsFrom ? value : value * 1000
    const date = new Date(milliseconds)
    if (Number.isFinite(value) && !Number.isNaN(date.getTime())) return date.toISOString()
    notes.push(`Date ignored: the number ${value} is not a Unix time in seconds or milliseconds`)
    return undefined
  }
  notes.push(
    `Date ignored: expected \`date\` to be a string or a Unix time, got ${Array.isArray(value) ? 'an array' : typeof value}`,
  )
  return undefined
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 32 && byte !== 9 && byte !== 13) return false
  return true
}
