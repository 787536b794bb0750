import { createWriteStream } from 'node:fs'
import { mkdtemp, open, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileSource, folderSource } from './folder.js'
import { jsonlSource } from './jsonl.js'
import type { InputSource, ReadLimits } from './types.js'

const expected =
  'expected a folder (of .txt, .html, .htm or .warc files, also .gz), a .jsonl or .jsonl.gz file, a .warc(.gz) file, one text or HTML file, or - for JSONL on standard input'

/**
 * Opens an input: a folder (read recursively), a `.jsonl`/`.jsonl.gz` file, a WARC file, a single
 * text or HTML file, or `-` for JSONL on standard input (copied to a temporary file first, since
 * the run reads its input more than once; `close()` removes it).
 *
 * @example
 *   const source = await openInput('corpus.jsonl', {maxBytes: 5 * 1024 * 1024})
 */
export async function openInput(
  inputPath: string,
  limits: ReadLimits,
  { stdin = process.stdin }: { stdin?: Readable } = {},
): Promise<InputSource> {
  if (inputPath === '-') return stdinSource(stdin, limits)
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(inputPath)
  } catch {
    throw new Error(`Cannot read input \`${inputPath}\`: no such file or folder; ${expected}`)
  }
  if (info.isDirectory()) return folderSource(inputPath, limits)
  if (!info.isFile()) {
    throw new Error(
      `Cannot read input \`${inputPath}\`: it is neither a file nor a folder; ${expected}`,
    )
  }
  const name = path.basename(inputPath).toLowerCase()
  if (/\.(?:jsonl|ndjson)(?:\.gz)?$/.test(name)) return jsonlSource(inputPath, limits)
  return fileSource(inputPath, limits)
}

async function stdinSource(stdin: Readable, limits: ReadLimits): Promise<InputSource> {
  const folder = await mkdtemp(path.join(tmpdir(), 'copydesk-stdin-'))
  const copy = path.join(folder, 'stdin.jsonl')
  const remove = () => rm(folder, { recursive: true, force: true })
  try {
    await pipeline(stdin, createWriteStream(copy))
    if ((await stat(copy)).size === 0)
      throw new Error(
        'it was empty; expected JSONL, one {"id", "text"} or {"id", "html"} object per line',
      )
    const head = Buffer.alloc(2)
    const handle = await open(copy, 'r')
    await handle.read(head, 0, 2, 0)
    await handle.close()
    const source = await jsonlSource(copy, limits, {
      name: '-',
      gzip: head[0] === 0x1f && head[1] === 0x8b,
    })
    return { ...source, close: remove }
  } catch (error) {
    await remove()
    throw new Error(`Cannot read standard input (\`-\`): ${(error as Error).message}`)
  }
}

export type { InputDocument, InputFailure, InputItem, InputSource, ReadLimits } from './types.js'
