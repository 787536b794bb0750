import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import path from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { extractArticle } from '../lib/extract/extract-article.js'
import { type Prediction, predictionOf } from './prediction.js'
import { openPages } from './read-pages.js'

/** What `extract` did. */
export interface ExtractSummary {
  pages: number
  errors: number
  out: string
}

/**
 * `copydesk-html extract INPUT --out FILE`: every page of INPUT extracted, written to FILE as
 * `{id: {articleBody, headline, authors, datePublished, dateModified}}` (a page that failed:
 * `{id: {error}}`). FILE is checked before any work and written atomically (a temporary file
 * renamed into place), so it is never half-written.
 */
export async function extractCommand(input: string, out: string): Promise<ExtractSummary> {
  await checkOut(out)
  const pages = await openPages(input)
  const predictions: Record<string, Prediction | { error: string }> = {}
  let count = 0
  let errors = 0
  for await (const page of pages) {
    count++
    if ('error' in page) {
      predictions[page.id] = { error: page.error }
      errors++
      continue
    }
    try {
      predictions[page.id] = predictionOf(
        extractArticle(page.html, page.url ? { url: page.url, tree: false } : { tree: false }),
      )
    } catch (error) {
      predictions[page.id] = { error: `Cannot extract \`${page.id}\`: ${(error as Error).message}` }
      errors++
    }
  }
  await writeFileAtomic(out, `${JSON.stringify(predictions, null, 1)}\n`)
  return { pages: count, errors, out }
}

async function checkOut(out: string): Promise<void> {
  const existing = await stat(out).catch(() => undefined)
  if (existing?.isDirectory())
    throw new Error(
      `Cannot write \`--out ${out}\`: it is a folder; expected a file name such as predictions.json`,
    )
  const folder = path.dirname(path.resolve(out))
  const parent = await stat(folder).catch(() => undefined)
  if (!parent?.isDirectory())
    throw new Error(`Cannot write \`--out ${out}\`: the folder \`${folder}\` does not exist`)
  try {
    await access(folder, constants.W_OK)
  } catch {
    throw new Error(`Cannot write \`--out ${out}\`: the folder \`${folder}\` is not writable`)
  }
}
