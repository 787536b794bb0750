import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The seed articles' folder (`seeds/` at the repository root), found from this module's place in
 * src/ or dist/ of the demo.
 */
export function seedsFolder(from: string = import.meta.url): string {
  let folder = path.dirname(fileURLToPath(from))
  for (let depth = 0; depth < 6; depth++) {
    if (
      existsSync(path.join(folder, 'pnpm-workspace.yaml')) &&
      existsSync(path.join(folder, 'seeds'))
    ) {
      return path.join(folder, 'seeds')
    }
    folder = path.dirname(folder)
  }
  throw new Error(`Cannot find the repository's seeds folder above \`${fileURLToPath(from)}\``)
}

/**
 * The folder the user ran the command in. `pnpm demo` at the repository root runs the CLI inside
 * apps/demo, but pnpm passes the user's folder as `INIT_CWD`: relative paths and the default out/
 * are resolved there, so `pnpm demo` at the root writes `<root>/out`.
 */
export function userFolder(env: NodeJS.ProcessEnv = process.env): string {
  const initial = env.INIT_CWD
  return initial && existsSync(initial) ? initial : process.cwd()
}
