import { readFileSync } from 'node:fs'
import { resolveDocumentDate } from '../dct/resolve.js'
import { extractTimexes } from '../extract-timexes.js'
import { annotateFiles } from './annotate-files.js'

/** Where the CLI writes. */
export interface CliStreams {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  /** Read standard input, for `text -`. */
  readStdin?: () => string
}

export const usage = `Usage: copydesk-dating <command> [options]

Commands:
  annotate INPUT OUT_DIR
      Re-annotate TimeML for scoring. INPUT is a .tml file or a folder of them
      (searched recursively); gold TIMEX3 tags are stripped, the creation time (DCT)
      kept, and a system .tml with the same text is written to OUT_DIR under the same
      relative path. Score with:
        node timeml-score.mjs GOLD_DIR OUT_DIR
  text FILE [--dct DATE] [--near YEAR]
      Print the document date and the temporal expressions of a plain-text article
      as JSON. FILE may be - for standard input. --dct gives the creation time
      (2016-11-07, 2016/11/07, November 7, 2016, 26-FEB-1987 15:01:01.79); --near gives a year to infer it by.

Options:
  -h, --help     Show this help
  -v, --version  Show the version
`

/**
 * Run the `copydesk-dating` command line with `args` (without `node` and the script) and
 * return the exit code: 0 on success, 1 when something failed, 2 on a usage error.
 */
export function runCli(args: readonly string[], streams: CliStreams, version: string): number {
  const [command, ...rest] = args
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    streams[command === undefined ? 'stderr' : 'stdout'].write(usage)
    return command === undefined ? 2 : 0
  }
  if (command === '-v' || command === '--version') {
    streams.stdout.write(`${version}\n`)
    return 0
  }
  try {
    if (command === 'annotate') return annotate(rest, streams)
    if (command === 'text') return text(rest, streams)
  } catch (error) {
    streams.stderr.write(`copydesk-dating ${command}: ${(error as Error).message}\n`)
    return 1
  }
  return usageError(streams, `unknown command \`${command}\`; expected \`annotate\` or \`text\``)
}

function usageError(streams: CliStreams, message: string): number {
  streams.stderr.write(`copydesk-dating: ${message}\n\n${usage}`)
  return 2
}

function annotate(args: readonly string[], streams: CliStreams): number {
  const positional = args.filter((arg) => !arg.startsWith('--'))
  const unknown = args.filter((arg) => arg.startsWith('--'))
  if (unknown.length > 0) return usageError(streams, `\`annotate\` takes no option ${unknown[0]}`)
  const [input, outDir] = positional
  if (input === undefined || outDir === undefined || positional.length > 2) {
    return usageError(streams, '`annotate` needs INPUT (a .tml file or folder) and OUT_DIR')
  }
  const results = annotateFiles(input, outDir)
  let failed = 0
  let timexes = 0
  for (const result of results) {
    timexes += result.timexes
    if (result.error) {
      failed++
      streams.stderr.write(`${result.input}: ${result.error}\n`)
    } else if (result.warning) streams.stderr.write(`${result.input}: warning: ${result.warning}\n`)
    if (result.dropped > 0) {
      streams.stderr.write(
        `${result.input}: warning: left out ${result.dropped} overlapping timex(es)\n`,
      )
    }
  }
  streams.stdout.write(
    `annotated ${results.length - failed} of ${results.length} file(s) into ${outDir} (${timexes} timexes)\n`,
  )
  return failed > 0 ? 1 : 0
}

function text(args: readonly string[], streams: CliStreams): number {
  const options: { dct?: string; near?: number } = {}
  const positional: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '--dct' || arg === '--near') {
      const value = args[++index]
      if (value === undefined) return usageError(streams, `\`${arg}\` needs a value`)
      if (arg === '--dct') options.dct = value
      else {
        const year = Number(value)
        if (!Number.isInteger(year)) {
          return usageError(streams, `\`--near\` needs a year such as 2016, got \`${value}\``)
        }
        options.near = year
      }
    } else if (arg.startsWith('--')) return usageError(streams, `\`text\` has no option \`${arg}\``)
    else positional.push(arg)
  }
  const [file] = positional
  if (file === undefined || positional.length > 1) {
    return usageError(streams, '`text` needs one FILE (or - for standard input)')
  }
  const source =
    file === '-' ? (streams.readStdin ?? (() => readFileSync(0, 'utf8')))() : readText(file)
  const resolution = resolveDocumentDate(source, options)
  const timexes = extractTimexes(source, { dct: resolution.documentDate })
  const output = {
    documentDate: resolution.documentDate ?? null,
    reason: resolution.reason,
    warnings: resolution.warnings,
    timexes,
  }
  streams.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
  return 0
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new Error(`cannot read \`${file}\`: no such file`)
    if (code === 'EISDIR')
      throw new Error(`cannot read \`${file}\`: it is a folder, expected a text file`)
    throw new Error(`cannot read \`${file}\`: ${(error as Error).message}`)
  }
}
