import { execFile } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { repositoryRoot } from './repository.js'

const run = promisify(execFile)

/** A fenced TypeScript or JavaScript example of a README, with the line its fence opens on. */
export interface ReadmeExample {
  readme: string
  line: number
  code: string
}

const fence = /^```(ts|typescript|js|javascript|mjs)\s*$/

/**
 * The `ts`/`js` code blocks of a README, in order. Blocks fenced as `sh`, `json`, `text` or
 * anything else are not examples.
 *
 * @example
 *   readmeExamples(new URL('../README.md', import.meta.url)).length > 0 // => true
 */
export function readmeExamples(readme: string | URL): ReadmeExample[] {
  const file = typeof readme === 'string' ? readme : fileURLToPath(readme)
  const lines = readFileSync(file, 'utf8').split('\n')
  const examples: ReadmeExample[] = []
  for (let index = 0; index < lines.length; index++) {
    if (!fence.test(lines[index] as string)) continue
    const start = index
    const code: string[] = []
    for (index++; index < lines.length && !/^```\s*$/.test(lines[index] as string); index++) {
      code.push(lines[index] as string)
    }
    examples.push({ readme: file, line: start + 1, code: code.join('\n') })
  }
  return examples
}

/**
 * Runs one README example as pasted, with tsx, from a file beside the README (so the package's own
 * name and its dependencies resolve as they would in a user's project) and the repository root as
 * the working folder. Rejects with the example's stderr when it throws or exits non-zero.
 *
 * @example
 *   for (const example of readmeExamples(readme)) await runReadmeExample(example)
 */
export async function runReadmeExample(
  example: ReadmeExample,
  { timeoutMs = 120_000 }: { timeoutMs?: number } = {},
): Promise<{ stdout: string }> {
  const folder = path.dirname(example.readme)
  const file = path.join(folder, `.readme-example-${example.line}-${process.pid}.mts`)
  writeFileSync(file, `${example.code}\n`)
  try {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli')
    const { stdout } = await run(process.execPath, [tsx, file], {
      cwd: repositoryRoot,
      timeout: timeoutMs,
    })
    return { stdout }
  } catch (error) {
    const failure = error as { stderr?: string; message: string }
    throw new Error(
      `The example at ${path.relative(repositoryRoot, example.readme)}:${example.line} failed:\n${failure.stderr || failure.message}`,
    )
  } finally {
    rmSync(file, { force: true })
  }
}
