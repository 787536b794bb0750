import { createReadStream } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { createGunzip, gunzipSync } from 'node:zlib'
import { decodeHtml } from '../lib/decode/decode-html.js'

/** One input page, or why it could not be read. */
export type InputPage =
  | { id: string; html: string; url?: string; warnings: string[] }
  | { id: string; error: string }

const pageName = /^(.+)\.html?(\.gz)?$/i

/**
 * The pages of INPUT: a folder of `.html`/`.htm` files (also `.gz`, read recursively; id: the
 * path below the folder without the suffix), or a JSONL file (also `.jsonl.gz`) of
 * `{id, html, url?}`. A page that cannot be read is an `{id, error}`, so every id is accounted for.
 *
 * @throws when INPUT is neither (a clear one-line message).
 */
export async function openPages(input: string): Promise<AsyncIterable<InputPage>> {
  const info = await stat(input).catch(() => undefined)
  if (!info)
    throw new Error(
      `Cannot read INPUT \`${input}\`: no such file or folder; expected a folder of .html/.htm files (also .gz) or a .jsonl file of {"id", "html", "url"?}`,
    )
  if (info.isDirectory()) {
    const files = await listPages(input)
    if (files.length === 0)
      throw new Error(
        `Cannot read INPUT \`${input}\`: the folder has no .html, .htm, .html.gz or .htm.gz file`,
      )
    return folderPages(input, files)
  }
  if (/\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(input)) return jsonlPages(input)
  throw new Error(
    `Cannot read INPUT \`${input}\`: expected a folder of .html/.htm files (also .gz) or a .jsonl file of {"id", "html", "url"?}, got a file named ${path.basename(input)}`,
  )
}

async function listPages(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && pageName.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

async function* folderPages(folder: string, files: string[]): AsyncGenerator<InputPage> {
  for (const file of files) {
    const relative = path.relative(folder, file).split(path.sep).join('/')
    const id = relative.replace(/\.html?(\.gz)?$/i, '')
    try {
      let bytes: Buffer = await readFile(file)
      if (/\.gz$/i.test(file)) bytes = gunzipSync(bytes)
      const { html, warnings } = decodeHtml(bytes)
      yield { id, html, warnings }
    } catch (error) {
      yield { id, error: `Cannot read \`${file}\`: ${(error as Error).message}` }
    }
  }
}

async function* jsonlPages(file: string): AsyncGenerator<InputPage> {
  const raw = createReadStream(file)
  const stream: Readable = /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw
  const seen = new Set<string>()
  let number = 0
  try {
    for await (const line of createInterface({
      input: stream,
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      number++
      if (line.trim() === '') continue
      const where = `${file}:${number}`
      let record: unknown
      try {
        record = JSON.parse(line)
      } catch (error) {
        yield {
          id: where,
          error: `Cannot parse line ${number} of \`${file}\` as JSON (${(error as Error).message}); expected {"id": "p1", "html": "<html>…"}`,
        }
        continue
      }
      const fields = (
        typeof record === 'object' && record !== null && !Array.isArray(record) ? record : {}
      ) as Record<string, unknown>
      const rawId = fields.id
      const id =
        typeof rawId === 'string' && rawId !== ''
          ? rawId
          : typeof rawId === 'number'
            ? String(rawId)
            : where
      if (seen.has(id)) {
        yield {
          id: `${id}@${where}`,
          error: `Cannot use line ${number} of \`${file}\`: the id \`${id}\` was already used by an earlier line`,
        }
        continue
      }
      seen.add(id)
      if (typeof fields.html !== 'string') {
        yield {
          id,
          error: `Cannot use line ${number} of \`${file}\`: expected \`html\` to be a string, got ${fields.html === null ? 'null' : typeof fields.html}`,
        }
        continue
      }
      yield {
        id,
        html: fields.html,
        ...(typeof fields.url === 'string' ? { url: fields.url } : {}),
        warnings: [],
      }
    }
  } catch (error) {
    yield {
      id: `${file}:end`,
      error: `Cannot read \`${file}\` past line ${number}: ${(error as Error).message}`,
    }
  } finally {
    raw.destroy()
  }
}
