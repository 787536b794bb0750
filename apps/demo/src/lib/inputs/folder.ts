import { open, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { decodeText, emptyProblem, failure, formatBytes } from './check-text.js'
import type { InputItem, InputSource, ReadLimits } from './types.js'

/** The file extensions read from a folder, and from a single-file input. */
export const textExtensions = ['.txt', '.text']

/**
 * A folder of `.txt` files, one document per file; the id is the file name without extension.
 * Files are read one at a time in name order, so memory stays bounded by the largest accepted file.
 *
 * @example
 *   const source = await folderSource('seeds', {maxBytes: 5e6})
 *   for await (const item of source.read()) console.log(item.id)
 */
export async function folderSource(folder: string, limits: ReadLimits): Promise<InputSource> {
  const entries = await readdir(folder, { withFileTypes: true })
  const files = entries
    // Symbolic links are followed when read; a broken one is reported as unreadable.
    .filter(
      (entry) =>
        (entry.isFile() || entry.isSymbolicLink()) &&
        textExtensions.includes(path.extname(entry.name).toLowerCase()),
    )
    .map((entry) => path.join(folder, entry.name))
    .sort()
  return filesSource(folder, 'folder', files, limits)
}

/** One text file as the whole input. */
export async function fileSource(file: string, limits: ReadLimits): Promise<InputSource> {
  return filesSource(file, 'file', [file], limits)
}

async function filesSource(
  inputPath: string,
  kind: 'folder' | 'file',
  files: string[],
  limits: ReadLimits,
): Promise<InputSource> {
  const sizes = new Map<string, number>()
  let totalBytes = 0
  for (const file of files) {
    try {
      const size = (await stat(file)).size
      sizes.set(file, size)
      totalBytes += Math.min(size, limits.maxBytes)
    } catch {
      // Reported when read.
    }
  }
  let bytesRead = 0
  return {
    path: inputPath,
    kind,
    totalBytes,
    bytesRead: () => bytesRead,
    async *read(): AsyncGenerator<InputItem> {
      bytesRead = 0
      for (const file of files) {
        const item = await readOne(file, sizes.get(file), limits)
        bytesRead += Math.min(sizes.get(file) ?? 0, limits.maxBytes)
        yield item
      }
    },
  }
}

async function readOne(
  file: string,
  knownSize: number | undefined,
  limits: ReadLimits,
): Promise<InputItem> {
  const id = path.basename(file, path.extname(file))
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(file, 'r')
    const size = knownSize ?? (await handle.stat()).size
    if (size > limits.maxBytes) {
      return failure(
        id,
        file,
        'too-large',
        `Cannot process \`${file}\`: it is ${formatBytes(size)}, over the ${formatBytes(limits.maxBytes)} limit (raise it with --max-bytes)`,
      )
    }
    const bytes = await handle.readFile()
    const decoded = decodeText(bytes, file, id)
    if (!decoded.ok) return decoded.failure
    const empty = emptyProblem(decoded.text)
    if (empty) return failure(id, file, 'empty', `Cannot process \`${file}\`: ${empty}`)
    return { kind: 'document', id, text: decoded.text, where: file, bytes: bytes.byteLength }
  } catch (error) {
    return failure(
      id,
      file,
      'unreadable',
      `Cannot read \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    )
  } finally {
    await handle?.close()
  }
}
