import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: two levels above this package. */
export const repositoryRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
)

/** `../shared` (or `$COPYDESK_SHARED`) when it exists, else `undefined`. */
export function sharedDirectory(): string | undefined {
  const directory = process.env.COPYDESK_SHARED ?? path.resolve(repositoryRoot, '..', 'shared')
  return existsSync(directory) ? directory : undefined
}
