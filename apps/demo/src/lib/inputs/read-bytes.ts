import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { failure, formatBytes } from './check-text.js'
import type { InputFailure } from './types.js'

/**
 * A file's bytes, decompressed when it is gzip'd (`.gz`), never more than `maxBytes` of them: a
 * larger file (or one that inflates past the limit) is a `too-large` failure as soon as the limit
 * is passed, a truncated or corrupt gzip stream a `truncated` one.
 *
 * @example
 *   const read = await readBytes('page.html.gz', {gzip: true, maxBytes: 5e6, id: 'page'})
 *   if (read.ok) read.bytes // Buffer
 */
export async function readBytes(
  file: string,
  { gzip, maxBytes, id }: { gzip: boolean; maxBytes: number; id: string },
): Promise<{ ok: true; bytes: Buffer } | { ok: false; failure: InputFailure }> {
  const raw = createReadStream(file)
  const stream = gzip ? raw.pipe(createGunzip()) : raw
  const parts: Buffer[] = []
  let held = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      held += chunk.length
      if (held > maxBytes) {
        const what = gzip ? 'its decompressed text is over' : 'it is over'
        return {
          ok: false,
          failure: failure(
            id,
            file,
            'too-large',
            `Cannot process \`${file}\`: ${what} the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`,
          ),
        }
      }
      parts.push(chunk)
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (gzip && code?.startsWith('Z_')) {
      return {
        ok: false,
        failure: failure(
          id,
          file,
          'truncated',
          `Cannot read \`${file}\`: its gzip data is truncated or corrupt (${(error as Error).message})`,
        ),
      }
    }
    return {
      ok: false,
      failure: failure(id, file, 'unreadable', `Cannot read \`${file}\`: ${code ?? String(error)}`),
    }
  } finally {
    raw.destroy()
  }
  return { ok: true, bytes: Buffer.concat(parts, held) }
}
