import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { decodeHtml, HtmlDecodeError } from '@copydesk/html'
import { decodeText, emptyProblem, failure, formatBytes, looksLikeHtml } from './check-text.js'
import { readBytes } from './read-bytes.js'
import type { InputItem, InputSource, ReadLimits } from './types.js'
import { warcItems } from './warc.js'

/** What a file holds, by its name. */
export type FileFormat = 'text' | 'html' | 'warc'

/** The file names read from a folder (and as a single-file input), each also gzip'd (`.gz`). */
export const inputSuffixes: { suffix: string; format: FileFormat }[] = [
  { suffix: '.txt', format: 'text' },
  { suffix: '.text', format: 'text' },
  { suffix: '.html', format: 'html' },
  { suffix: '.htm', format: 'html' },
  { suffix: '.warc', format: 'warc' },
]

/** The format of a file from its name (`a.html.gz` → html, gzip'd, stem `a`), or undefined. */
export function classifyFile(
  name: string,
): { format: FileFormat; gzip: boolean; stem: string } | undefined {
  const lower = name.toLowerCase()
  const gzip = lower.endsWith('.gz')
  const bare = gzip ? lower.slice(0, -3) : lower
  for (const { suffix, format } of inputSuffixes) {
    if (bare.endsWith(suffix) && bare.length > suffix.length) {
      return { format, gzip, stem: name.slice(0, bare.length - suffix.length) }
    }
  }
  return undefined
}

type Entry =
  | { kind: 'file'; file: string; id: string; format: FileFormat; gzip: boolean }
  | { kind: 'problem'; failure: InputItem }

/**
 * A folder of documents, read recursively in path order: `.txt`/`.text` (text), `.html`/`.htm`
 * (web pages), `.warc` (crawl archives, one document per HTML response), each also gzip'd. A
 * file's id is its path below the folder without the suffix (`a`, `world/b`); a second file with
 * an id already taken (`a.txt` and `a.text`) becomes a `duplicate-id` error naming both paths, a
 * folder named like an input (`x.txt/`) a `not-a-file` error. A folder with nothing to read is
 * refused. Files are read one at a time, so memory stays bounded by the largest accepted file.
 *
 * @example
 *   const source = await folderSource('seeds', {maxBytes: 5e6})
 *   for await (const item of source.read()) console.log(item.id)
 */
export async function folderSource(folder: string, limits: ReadLimits): Promise<InputSource> {
  const entries = await listFolder(folder)
  if (entries.length === 0) {
    throw new Error(
      `Cannot read input \`${folder}\`: the folder (and its subfolders) has no .txt, .text, .html, .htm or .warc file (also .gz); nothing to process`,
    )
  }
  return entriesSource(folder, 'folder', entries, limits)
}

/** One file as the whole input: a text file, a web page or a WARC archive (each also gzip'd). */
export async function fileSource(file: string, limits: ReadLimits): Promise<InputSource> {
  const name = path.basename(file)
  const known = classifyFile(name)
  // Any other name is read as text, as before.
  const entry: Entry = known
    ? { kind: 'file', file, id: known.stem, format: known.format, gzip: known.gzip }
    : {
        kind: 'file',
        file,
        id: path.basename(name, path.extname(name)),
        format: 'text',
        gzip: false,
      }
  return entriesSource(
    file,
    entry.kind === 'file' && entry.format === 'warc' ? 'warc' : 'file',
    [entry],
    limits,
  )
}

async function listFolder(folder: string): Promise<Entry[]> {
  const entries: Entry[] = []
  const visited = new Set<string>([await realpath(folder)])
  const walk = async (directory: string) => {
    let children: Dirent[]
    try {
      children = await readdir(directory, { withFileTypes: true })
    } catch (error) {
      const relative = path.relative(folder, directory)
      entries.push({
        kind: 'problem',
        failure: failure(
          relative,
          directory,
          'unreadable',
          `Cannot read the folder \`${directory}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        ),
      })
      return
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const child of children) {
      const full = path.join(directory, child.name)
      let isDirectory = child.isDirectory()
      if (child.isSymbolicLink()) {
        // A link is followed when read; a broken one is reported as unreadable then.
        isDirectory = await stat(full).then(
          (info) => info.isDirectory(),
          () => false,
        )
      }
      const known = classifyFile(child.name)
      const relative = path.relative(folder, full).split(path.sep).join('/')
      if (isDirectory) {
        const real = await realpath(full).catch(() => full)
        if (known) {
          entries.push({
            kind: 'problem',
            failure: failure(
              relative,
              full,
              'not-a-file',
              `Cannot read \`${full}\` as a document: it is a folder, though named like a ${known.format} file; its contents are read as part of the input`,
            ),
          })
        }
        if (visited.has(real)) continue
        visited.add(real)
        await walk(full)
      } else if (known && (child.isFile() || child.isSymbolicLink())) {
        const id = relative.slice(0, relative.length - (child.name.length - known.stem.length))
        entries.push({ kind: 'file', file: full, id, format: known.format, gzip: known.gzip })
      }
    }
  }
  await walk(folder)
  return entries
}

async function entriesSource(
  inputPath: string,
  kind: InputSource['kind'],
  entries: Entry[],
  limits: ReadLimits,
): Promise<InputSource> {
  const sizes = new Map<string, number>()
  let totalBytes = 0
  for (const entry of entries) {
    if (entry.kind !== 'file') continue
    try {
      const size = (await stat(entry.file)).size
      sizes.set(entry.file, size)
      // A WARC or gzip'd file is read whole whatever its size; a plain one up to the limit.
      totalBytes += entry.gzip || entry.format === 'warc' ? size : Math.min(size, limits.maxBytes)
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
      // Every id the input has used, with where: a second use is an error naming both.
      const used = new Map<string, string>()
      const claim = (item: InputItem): InputItem => {
        const earlier = used.get(item.id)
        if (earlier === undefined) {
          used.set(item.id, item.where)
          return item
        }
        return failure(
          `${item.id}@${item.where}`,
          item.where,
          'duplicate-id',
          `Cannot process \`${item.where}\`: its id \`${item.id}\` is already used by \`${earlier}\` (ids must be unique across the input; rename one of them)`,
        )
      }
      for (const entry of entries) {
        if (entry.kind === 'problem') {
          yield entry.failure
          continue
        }
        const size = sizes.get(entry.file) ?? 0
        const counted =
          entry.gzip || entry.format === 'warc' ? size : Math.min(size, limits.maxBytes)
        if (entry.format === 'warc') {
          const before = bytesRead
          for await (const item of warcItems(entry.file, limits, (offset) => {
            bytesRead = before + Math.min(offset, counted)
          })) {
            yield item.kind === 'document' ? claim(item) : item
          }
          bytesRead = before + counted
          continue
        }
        const item = await readFile(entry, sizes.get(entry.file), limits)
        bytesRead += counted
        yield claim(item)
      }
    },
  }
}

async function readFile(
  entry: Extract<Entry, { kind: 'file' }>,
  knownSize: number | undefined,
  limits: ReadLimits,
): Promise<InputItem> {
  const { file, id, format, gzip } = entry
  if (knownSize === undefined) {
    const problem = await stat(file).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error.code ?? String(error),
    )
    if (problem) return failure(id, file, 'unreadable', `Cannot read \`${file}\`: ${problem}`)
  }
  if (!gzip && knownSize !== undefined && knownSize > limits.maxBytes) {
    return failure(
      id,
      file,
      'too-large',
      `Cannot process \`${file}\`: it is ${formatBytes(knownSize)}, over the ${formatBytes(limits.maxBytes)} limit (raise it with --max-bytes)`,
    )
  }
  const read = await readBytes(file, { gzip, maxBytes: limits.maxBytes, id })
  if (!read.ok) return read.failure
  const { bytes } = read
  if (format === 'html') {
    let decoded: ReturnType<typeof decodeHtml>
    try {
      decoded = decodeHtml(bytes)
    } catch (error) {
      if (error instanceof HtmlDecodeError) {
        return failure(
          id,
          file,
          'binary',
          `Cannot read \`${file}\` as a web page: ${error.message.replace(/^Cannot read the bytes as an HTML page: /, '')}`,
        )
      }
      throw error
    }
    const empty = emptyProblem(decoded.html)
    if (empty) return failure(id, file, 'empty', `Cannot process \`${file}\`: ${empty}`)
    return {
      kind: 'document',
      id,
      text: decoded.html,
      format: 'html',
      where: file,
      bytes: bytes.byteLength,
      ...(decoded.warnings.length > 0 ? { notes: decoded.warnings } : {}),
    }
  }
  const decoded = decodeText(bytes, file, id)
  if (!decoded.ok) return decoded.failure
  const empty = emptyProblem(decoded.text)
  if (empty) return failure(id, file, 'empty', `Cannot process \`${file}\`: ${empty}`)
  if (looksLikeHtml(decoded.text)) {
    return {
      kind: 'document',
      id,
      text: decoded.text,
      format: 'html',
      where: file,
      bytes: bytes.byteLength,
      notes: [
        `\`${path.basename(file)}\` is named as text but holds HTML: its main text was extracted as from a web page`,
      ],
    }
  }
  return { kind: 'document', id, text: decoded.text, where: file, bytes: bytes.byteLength }
}
