import { once } from 'node:events'
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { splitLines } from '../inputs/lines.js'

/**
 * An append-only file of JSON records, one per line, so the per-document results of a large corpus
 * wait on disk instead of in memory until the report is assembled.
 *
 * @example
 *   const spool = await createSpool<{id: string}>()
 *   await spool.append({id: 'a'})
 *   await spool.finish()
 *   for await (const record of spool.records()) console.log(record.id)
 *   await spool.remove()
 */
export async function createSpool<Record>() {
  const folder = await mkdtemp(path.join(tmpdir(), 'copydesk-demo-'))
  const file = path.join(folder, 'documents.ndjson')
  const stream: WriteStream = createWriteStream(file)
  let count = 0
  return {
    file,
    count: () => count,
    async append(record: Record): Promise<void> {
      count++
      if (!stream.write(`${JSON.stringify(record)}\n`)) await once(stream, 'drain')
    },
    async finish(): Promise<void> {
      stream.end()
      await once(stream, 'finish')
    },
    async *records(): AsyncGenerator<Record> {
      for await (const line of splitLines(createReadStream(file), Number.MAX_SAFE_INTEGER)) {
        if (line.overflow || line.bytes.length === 0) continue
        yield JSON.parse(line.bytes.toString('utf8')) as Record
      }
    },
    async remove(): Promise<void> {
      if (!stream.closed) stream.destroy()
      await rm(folder, { recursive: true, force: true })
    },
  }
}

export type Spool<Record> = Awaited<ReturnType<typeof createSpool<Record>>>
