import { parseArgs } from 'node:util'
import { extractCommand } from './extract-command.js'

const usage = `Usage: copydesk-html extract INPUT --out predictions.json

Extracts the article of every page of INPUT and writes {id: {articleBody, headline, authors,
datePublished, dateModified}} (a page that failed: {id: {error}}), the format of the Zyte
article-extraction benchmark.

  INPUT   a folder of .html/.htm files (also .gz; read recursively; id: the path without the
          suffix) or a .jsonl/.jsonl.gz file of {"id", "html", "url"?} per line
  --out   the JSON file to write (atomically: never half-written)
`

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: { out: { type: 'string' }; help: { type: 'boolean'; short: 'h' } }
      allowPositionals: true
      strict: true
    }>
  >
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    process.stderr.write(`copydesk-html: ${(error as Error).message.split('\n')[0]}\n${usage}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(usage)
    return 0
  }
  const [command, input, ...rest] = positionals
  if (command !== 'extract' || input === undefined || rest.length > 0 || values.out === undefined) {
    const problem =
      command !== 'extract'
        ? `unknown command \`${command ?? ''}\`; expected \`extract\``
        : input === undefined
          ? 'missing INPUT'
          : rest.length > 0
            ? `unexpected \`${rest.join(' ')}\` after INPUT`
            : 'missing `--out FILE`'
    process.stderr.write(`copydesk-html: ${problem}\n${usage}`)
    return 2
  }
  try {
    const summary = await extractCommand(input, values.out)
    process.stdout.write(
      `copydesk-html: ${summary.pages} pages, ${summary.errors} errors; wrote ${summary.out}\n`,
    )
    return 0
  } catch (error) {
    process.stderr.write(`copydesk-html: ${(error as Error).message}\n`)
    return 1
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
