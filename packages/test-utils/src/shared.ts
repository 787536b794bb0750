import { existsSync } from 'node:fs'
import path from 'node:path'
import { repositoryRoot } from './repository.js'

/** Where `../shared` would be: `$COPYDESK_SHARED`, else the folder beside the repository. */
export function sharedLocation(): string {
  return process.env.COPYDESK_SHARED ?? path.resolve(repositoryRoot, '..', 'shared')
}

/**
 * The shared evaluation folder (`../shared` beside the clone, or `$COPYDESK_SHARED`), or `undefined`
 * when it is absent. With `purpose`, an absent folder is reported in one line, so a script or a
 * test suite that needs it skips cleanly on a fresh clone.
 *
 * @example
 *   const shared = sharedDirectory('quotes eval')
 *   if (!shared) process.exit(0)
 */
export function sharedDirectory(purpose?: string): string | undefined {
  const directory = sharedLocation()
  if (existsSync(directory)) return directory
  if (purpose)
    console.log(`${purpose}: skipped, no shared data at ${directory} (set COPYDESK_SHARED)`)
  return undefined
}

/**
 * A path inside the shared folder when it exists, else `undefined` (reported in one line with
 * `purpose`).
 *
 * @example
 *   const gold = sharedPath('dating eval', 'data', 'timeml')
 */
export function sharedPath(purpose: string | undefined, ...parts: string[]): string | undefined {
  const directory = sharedDirectory(purpose)
  if (!directory) return undefined
  const file = path.join(directory, ...parts)
  if (existsSync(file)) return file
  if (purpose) console.log(`${purpose}: skipped, ${file} is not there`)
  return undefined
}
