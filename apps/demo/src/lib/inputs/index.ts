import { stat } from 'node:fs/promises'
import path from 'node:path'
import { fileSource, folderSource } from './folder.js'
import { jsonlSource } from './jsonl.js'
import type { InputSource, ReadLimits } from './types.js'

/**
 * Opens an input: a folder of `.txt` files, a `.jsonl` file, or a single text file.
 *
 * @example
 *   const source = await openInput('corpus.jsonl', {maxBytes: 5 * 1024 * 1024})
 */
export async function openInput(inputPath: string, limits: ReadLimits): Promise<InputSource> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(inputPath)
  } catch {
    throw new Error(
      `Cannot read input \`${inputPath}\`: no such file or folder; expected a folder of .txt files or a .jsonl file`,
    )
  }
  if (info.isDirectory()) return folderSource(inputPath, limits)
  const extension = path.extname(inputPath).toLowerCase()
  if (extension === '.jsonl' || extension === '.ndjson') return jsonlSource(inputPath, limits)
  return fileSource(inputPath, limits)
}

export type { InputDocument, InputFailure, InputItem, InputSource, ReadLimits } from './types.js'
