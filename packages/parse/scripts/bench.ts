/**
 * Throughput of `parseArticle` against plain `unified().use(retextEnglish).parse()`
 * on the same texts (the news corpus: title + blank line + text per document),
 * side by side in one run, rounds interleaved. Measures the built package
 * (`dist`, run `build` first) in CPU time of this process, so that other
 * processes on the machine disturb the figures less.
 *
 *   pnpm --filter @copydesk/parse run build && pnpm --filter @copydesk/parse run bench
 */
import { readFileSync } from 'node:fs'
import retextArticle, { parseArticle } from '@copydesk/parse'
import { newsCorpusFile } from '@copydesk/test-utils'
import retextEnglish from 'retext-english'
import { unified } from 'unified'

const corpus = newsCorpusFile('bench')
if (corpus) run(corpus)

function run(corpusFile: string): void {
  const texts = readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record = JSON.parse(line) as { title?: string; text: string }
      return record.title ? `${record.title}\n\n${record.text}` : record.text
    })
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
  const plain = unified().use(retextEnglish)
  const plugin = unified().use(retextEnglish).use(retextArticle)

  const contenders: Record<string, (text: string) => unknown> = {
    'retext-english parse (peer)': (text) => plain.parse(text),
    parseArticle: (text) => parseArticle(text),
    'retextArticle plugin parse': (text) => plugin.parse(text),
    'parseArticle {tree: false}': (text) => parseArticle(text, { tree: false }),
  }
  const rounds = Number(process.env.ROUNDS ?? 5)
  const times: Record<string, number[]> = {}
  for (const name of Object.keys(contenders)) times[name] = []
  // Warm up every contender, then interleave rounds so that drift hits all alike.
  for (const parse of Object.values(contenders))
    for (const text of texts.slice(0, 2000)) parse(text)
  for (let round = 0; round < rounds; round++) {
    for (const [name, parse] of Object.entries(contenders)) {
      const before = process.cpuUsage()
      for (const text of texts) parse(text)
      const used = process.cpuUsage(before)
      times[name]?.push((used.user + used.system) / 1000)
    }
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
  const peer = median(times['retext-english parse (peer)'] ?? [])
  console.log(
    `${texts.length} documents, ${megabytes.toFixed(1)} MB, median CPU time of ${rounds} rounds`,
  )
  for (const [name, values] of Object.entries(times)) {
    const ms = median(values)
    console.log(
      `${name.padEnd(30)} ${(megabytes / (ms / 1000)).toFixed(2).padStart(6)} MB/s  ${(ms / 1000).toFixed(2)} s  ×${(ms / peer).toFixed(2)} of retext-english`,
    )
  }
}
