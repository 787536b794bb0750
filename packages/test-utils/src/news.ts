import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sharedDirectory } from './shared.js'

/** One record of the news corpus built by `../shared/tools/news-corpus.py`. */
export interface NewsDocument {
  id: string
  source: string
  date: string
  title: string
  text: string
}

/**
 * The news corpus JSONL (21,268 Reuters 1987 and BBC 2004–05 documents), built once into the temp
 * folder by the shared tool; `undefined` (reported in one line with `purpose`) without `../shared`.
 *
 * @example
 *   const file = newsCorpusFile('dedupe bench')
 */
export function newsCorpusFile(purpose?: string): string | undefined {
  const file = path.join(tmpdir(), 'copydesk-news.jsonl')
  if (existsSync(file)) return file
  const shared = sharedDirectory(purpose)
  if (!shared) return undefined
  console.log(`Building the news corpus into ${file}…`)
  execFileSync('python3', [path.join(shared, 'tools', 'news-corpus.py'), file], {
    stdio: 'inherit',
  })
  return file
}

/**
 * The news corpus as records, or `undefined` without `../shared`.
 *
 * @example
 *   const corpus = newsCorpus('quotes bench') ?? []
 */
export function newsCorpus(purpose?: string): NewsDocument[] | undefined {
  const file = newsCorpusFile(purpose)
  if (!file) return undefined
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as NewsDocument)
}
