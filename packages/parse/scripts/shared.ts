import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** The shared data directory, or `undefined` (after a one-line message) when it is absent. */
export function sharedDirectory(purpose: string): string | undefined {
  const directory = process.env.COPYDESK_SHARED ?? path.resolve(repoRoot, '..', 'shared')
  if (!existsSync(directory)) {
    console.log(`Skipping ${purpose}: no shared data at ${directory} (set COPYDESK_SHARED)`)
    return undefined
  }
  return directory
}

/** The news corpus JSONL (built into the temp directory with the shared tool when missing). */
export function newsCorpus(shared: string): string {
  const known = '/tmp/copydesk-news.jsonl'
  if (existsSync(known)) return known
  const built = path.join(os.tmpdir(), 'copydesk-news.jsonl')
  if (!existsSync(built)) {
    console.log(`Building the news corpus into ${built}…`)
    execFileSync('python3', [path.join(shared, 'tools', 'news-corpus.py'), built], {
      stdio: 'inherit',
    })
  }
  return built
}
