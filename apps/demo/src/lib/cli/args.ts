import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

/** What the demo was asked to do. */
export interface DemoOptions {
  /** A folder of `.txt` files, a `.jsonl` file, or one text file. */
  input: string
  /** Where `report.json` and `report.html` go. */
  out: string
  /** Worker threads for the per-document work (0: on the main thread). */
  workers: number
  /** Largest document accepted, in bytes. */
  maxBytes: number
  /** Articles rendered in report.html (the JSON always has every document). */
  htmlLimit: number
  /** Write report.html. */
  html: boolean
  /** Progress display: `auto` (a bar on a terminal, lines otherwise), `bar`, `lines`, `off`. */
  progress: 'auto' | 'bar' | 'lines' | 'off'
  help: boolean
}

export const usage = `Usage: pnpm demo -- [--input DIR|FILE.jsonl|FILE.txt] [--out DIR] [options]

Runs the copydesk pipeline (parse, document date, temporal expressions, quotes, duplicates, shared
passages, stories, merged quotes) and writes report.json and report.html.

Options:
  --input PATH        a folder of .txt files, a JSONL file ({"id", "text", "date"?, "title"?} per
                      line) or one text file (default: the seed articles)
  --out DIR           output folder (default: out/ in the folder you ran the command in, so
                      \`pnpm demo\` at the repository root writes <root>/out)
  --workers N         worker threads for per-document work; 0 runs on the main thread
                      (default: the available cores; the main thread mostly waits)
  --max-bytes N       largest document accepted, e.g. 5000000 or 5MB (default: 5MB)
  --html-limit N      articles rendered in report.html (default: 200; report.json has all)
  --no-html           write report.json only
  --progress MODE     auto | bar | lines | off (default: auto: a bar on a terminal, lines otherwise)
  -h, --help          show this help
`

/** The defaults that depend on where the demo runs. */
export interface ArgumentContext {
  /** The seed articles' folder. */
  seeds: string
  /** Where relative paths and the default out/ are resolved: the folder the user ran the command in. */
  cwd: string
  cores?: number
}

/**
 * Reads the command line into `DemoOptions`, with a clear error for anything it cannot use.
 *
 * @example
 *   parseDemoArgs(['--input', 'corpus.jsonl', '--workers', '2'], context)
 */
export function parseDemoArgs(argv: string[], context: ArgumentContext): DemoOptions {
  // `pnpm demo -- --input x` passes the `--` through.
  const args = argv[0] === '--' ? argv.slice(1) : argv
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(args).values
  } catch (error) {
    throw new TypeError(`${(error as Error).message.split('\n')[0]}; see --help`)
  }
  const cores = context.cores ?? availableParallelism()
  const progress = values.progress ?? 'auto'
  if (!['auto', 'bar', 'lines', 'off'].includes(progress)) {
    throw new TypeError(`Cannot use \`--progress ${progress}\`: expected auto, bar, lines or off`)
  }
  return {
    input: values.input ? path.resolve(context.cwd, values.input) : context.seeds,
    out: values.out ? path.resolve(context.cwd, values.out) : path.join(context.cwd, 'out'),
    workers:
      values.workers === undefined
        ? Math.max(1, cores)
        : integer('--workers', values.workers, 0, 256),
    maxBytes: values['max-bytes'] === undefined ? 5 * 1024 * 1024 : byteSize(values['max-bytes']),
    htmlLimit:
      values['html-limit'] === undefined
        ? 200
        : integer('--html-limit', values['html-limit'], 0, 1_000_000),
    html: !values['no-html'],
    progress: progress as DemoOptions['progress'],
    help: Boolean(values.help),
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      input: { type: 'string' },
      out: { type: 'string' },
      workers: { type: 'string' },
      'max-bytes': { type: 'string' },
      'html-limit': { type: 'string' },
      'no-html': { type: 'boolean' },
      progress: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

function integer(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw)
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new TypeError(
      `Cannot use \`${name} ${raw}\`: expected a whole number from ${min} to ${max}`,
    )
  }
  return value
}

const units: Record<string, number> = {
  b: 1,
  kb: 1024,
  k: 1024,
  mb: 1024 ** 2,
  m: 1024 ** 2,
  gb: 1024 ** 3,
  g: 1024 ** 3,
}

function byteSize(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw.trim())
  const factor = match ? units[(match[2] || 'b').toLowerCase()] : undefined
  if (!match || factor === undefined || Number(match[1]) <= 0) {
    throw new TypeError(
      `Cannot use \`--max-bytes ${raw}\`: expected a size such as 5000000, 512kB or 5MB`,
    )
  }
  return Math.round(Number(match[1]) * factor)
}
