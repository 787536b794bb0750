#!/usr/bin/env node
import path from 'node:path'
import { parseDemoArgs, usage } from './lib/cli/args.js'
import { seedsFolder, userFolder } from './lib/cli/locate.js'
import { runPipeline } from './lib/pipeline.js'

async function main(): Promise<number> {
  const cwd = userFolder()
  let options: ReturnType<typeof parseDemoArgs>
  try {
    options = parseDemoArgs(process.argv.slice(2), { seeds: seedsFolder(), cwd })
  } catch (error) {
    process.stderr.write(`copydesk demo: ${(error as Error).message}\n`)
    return 2
  }
  if (options.help) {
    process.stdout.write(usage)
    return 0
  }
  const result = await runPipeline(options)
  const show = (file: string) => {
    const relative = path.relative(cwd, file)
    return relative === '' || relative.startsWith('..') ? file : relative
  }
  process.stdout.write(
    `copydesk demo: ${result.documents} documents, ${result.errors} errors in ${(result.elapsedMs / 1000).toFixed(1)} s\n` +
      `  ${result.report.duplicates.pairs.length} duplicate pairs, ${result.report.reuse.length} pairs sharing passages, ${result.report.stories.length} stories, ${result.report.quotes.length} quotes\n` +
      `wrote ${show(result.json)}\n${result.html ? `wrote ${show(result.html)}\n` : ''}`,
  )
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `copydesk demo: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
