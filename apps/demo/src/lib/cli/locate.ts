import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The demo package's folder (holding `seeds/`), from this module's place in src/ or dist/. */
export function demoRoot(from: string = import.meta.url): string {
  let folder = path.dirname(fileURLToPath(from))
  for (let depth = 0; depth < 5; depth++) {
    if (existsSync(path.join(folder, 'package.json')) && existsSync(path.join(folder, 'seeds'))) {
      return folder
    }
    folder = path.dirname(folder)
  }
  throw new Error(`Cannot find the demo's seeds folder above \`${fileURLToPath(from)}\``)
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
