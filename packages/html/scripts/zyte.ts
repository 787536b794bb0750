import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

/** ../shared next to the repository (absent in a fresh clone). */
export const shared = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared')
export const zyte = join(shared, 'data/html/article-extraction-benchmark')

export interface Page {
  id: string
  html: string
  url?: string
}

/** The Zyte pages, or undefined (with a one-line message) when ../shared is absent. */
export function zytePages(): Page[] | undefined {
  if (!existsSync(join(zyte, 'ground-truth.json'))) {
    console.log(`skipped: ${zyte} is absent (the Zyte benchmark lives in ../shared)`)
    return undefined
  }
  const truth = JSON.parse(readFileSync(join(zyte, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url?: string }
  >
  return readdirSync(join(zyte, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.html.gz'.length)
      const html = gunzipSync(readFileSync(join(zyte, 'html', name))).toString('utf8')
      const url = truth[id]?.url
      return url === undefined ? { id, html } : { id, html, url }
    })
}
