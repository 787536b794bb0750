import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The root of the copydesk checkout: the folder above this package that holds `pnpm-workspace.yaml`. */
export const repositoryRoot: string = findRoot(path.dirname(fileURLToPath(import.meta.url)))

function findRoot(from: string): string {
  let folder = from
  for (;;) {
    if (existsSync(path.join(folder, 'pnpm-workspace.yaml'))) return folder
    const parent = path.dirname(folder)
    if (parent === folder) {
      throw new Error(
        `Cannot find the copydesk repository (no \`pnpm-workspace.yaml\`) above ${from}`,
      )
    }
    folder = parent
  }
}
