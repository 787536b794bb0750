import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { type AnnotateTimeMLOptions, annotateTimeML } from '../timeml/annotate.js'

/** What happened to one input file. */
export interface AnnotatedFile {
  input: string
  output: string
  timexes: number
  dropped: number
  /** Set when the file could not be annotated (it is then not written). */
  error?: string
  /** Set when the file has no creation time (relative expressions then stay unresolved). */
  warning?: string
}

/**
 * Annotate one `.tml` file, or every `.tml` file under a folder (recursively, keeping relative
 * paths), writing system files into `outDir`. A file that fails is reported, not thrown, so
 * one bad file does not stop a corpus.
 *
 * @throws {Error} when `input` does not exist or holds no `.tml` file.
 */
export function annotateFiles(
  input: string,
  outDir: string,
  options: AnnotateTimeMLOptions = {},
): AnnotatedFile[] {
  const files = listTimeMLFiles(input)
  const root = statSync(input).isDirectory() ? input : dirname(input)
  const results: AnnotatedFile[] = []
  for (const file of files) {
    const output = join(outDir, relative(root, file))
    try {
      const annotated = annotateTimeML(readFileSync(file, 'utf8'), options)
      mkdirSync(dirname(output), { recursive: true })
      writeFileSync(output, annotated.tml)
      const result: AnnotatedFile = {
        input: file,
        output,
        timexes: annotated.timexes.length,
        dropped: annotated.dropped.length,
      }
      if (annotated.dct === undefined) {
        result.warning = 'no creation time (DCT): relative expressions left unresolved'
      }
      results.push(result)
    } catch (error) {
      results.push({ input: file, output, timexes: 0, dropped: 0, error: (error as Error).message })
    }
  }
  return results
}

// A symbolic link to a TimeML file counts (a gold folder assembled from several corpora); links to
// folders are not followed, so a link cycle cannot make the walk endless.
function linksToFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Every `.tml` file at `input` (a file or a folder, searched recursively), sorted. */
export function listTimeMLFiles(input: string): string[] {
  let stats: ReturnType<typeof statSync>
  try {
    stats = statSync(input)
  } catch {
    throw new Error(`Cannot annotate \`${input}\`: no such file or folder`)
  }
  if (stats.isFile()) {
    if (!input.endsWith('.tml')) {
      throw new Error(
        `Cannot annotate \`${input}\`: expected a TimeML file ending in \`.tml\` (or a folder of them), got \`${basename(input)}\``,
      )
    }
    return [input]
  }
  const files: string[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.tml') && (entry.isFile() || linksToFile(path)))
        files.push(path)
    }
  }
  walk(input)
  if (files.length === 0) {
    throw new Error(`Cannot annotate \`${input}\`: the folder holds no \`.tml\` file`)
  }
  return files.sort()
}
