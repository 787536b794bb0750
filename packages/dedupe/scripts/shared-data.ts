// Locating ../shared and the news corpus for the bench and eval scripts.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** The shared data directory, or undefined (with a one-line message) when it is absent. */
export function sharedDirectory(script: string): string | undefined {
  const directory = process.env.COPYDESK_SHARED ?? path.resolve(repoRoot, '..', 'shared')
  if (!existsSync(directory)) {
    console.log(`${script}: skipped, no shared data at ${directory} (set COPYDESK_SHARED)`)
    return undefined
  }
  return directory
}

export interface NewsDocument {
  id: string
  source: string
  date: string
  title: string
  text: string
}

/** The news corpus (built into the temp directory by news-corpus.py when not there yet). */
export function newsCorpus(shared: string): NewsDocument[] {
  const file = path.join(os.tmpdir(), 'copydesk-news.jsonl')
  if (!existsSync(file)) {
    execFileSync('python3', [path.join(shared, 'tools', 'news-corpus.py'), file], {
      stdio: 'inherit',
    })
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as NewsDocument)
}
