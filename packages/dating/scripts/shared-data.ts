import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (two levels above this package). */
export const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..')

/** `../shared` beside the repository, or `COPYDESK_SHARED`; `undefined` when it is absent. */
export function findShared(): string | undefined {
  const shared = process.env.COPYDESK_SHARED ?? path.resolve(repoRoot, '..', 'shared')
  return existsSync(shared) ? shared : undefined
}
