// Throughput of extractTimexes on the news corpus, side by side with chrono-node's `parse` in
// the same run: `pnpm --filter @copydesk/dating bench`.
import { existsSync } from 'node:fs'
import { newsCorpus } from '@copydesk/test-utils'
import * as chrono from 'chrono-node'

process.env.TZ = 'UTC'

// Measure the built package, as users get it (running the sources through tsx adds a wrapper to
// every function it creates).
const built = new URL('../dist/index.js', import.meta.url)
if (!existsSync(built)) {
  console.log('bench: build first: pnpm --filter @copydesk/dating build')
  process.exit(1)
}
const { extractTimexes, readDate } = (await import(built.href)) as typeof import('../src/index.js')

const corpus = newsCorpus('bench')
if (!corpus) process.exit(0)

/** Reuters dates read `26-FEB-1987 15:01:01.79` (sometimes with trailing bytes); BBC ones only `2004/2005` (1 January of the first year). */
function documentDate(date: string | null): string {
  const reuters = /^\d{1,2}-[A-Z]{3}-\d{4}/.exec(date ?? '')
  if (reuters) return readDate(reuters[0]).slice(0, 10)
  const year = /\d{4}/.exec(date ?? '')
  return `${year ? year[0] : '2000'}-01-01`
}

const documents = corpus.map((document) => ({
  text: document.text,
  dct: documentDate(document.date),
}))
const characters = documents.reduce((sum, document) => sum + document.text.length, 0)

const systems = {
  copydesk: (text: string, dct: string) => extractTimexes(text, { dct }).length,
  'chrono-node': (text: string, dct: string) =>
    chrono.parse(text, { instant: new Date(`${dct}T12:00:00Z`), timezone: 0 }).length,
}
type SystemName = keyof typeof systems

function pass(name: SystemName, subset = documents): { seconds: number; found: number } {
  const run = systems[name]
  let found = 0
  // CPU time of this process, so other work on a shared machine does not count against a pass.
  const started = process.cpuUsage()
  for (const document of subset) found += run(document.text, document.dct)
  const used = process.cpuUsage(started)
  return { seconds: (used.user + used.system) / 1e6, found }
}

// Warm both up, then time full passes in alternation and keep each system's best.
for (const name of Object.keys(systems) as SystemName[]) pass(name, documents.slice(0, 1000))
const best: Record<string, { seconds: number; found: number }> = {}
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)
for (let round = 0; round < rounds; round++) {
  for (const name of Object.keys(systems) as SystemName[]) {
    const result = pass(name)
    if (!best[name] || result.seconds < best[name].seconds) best[name] = result
  }
}

const rate = (name: string) => characters / best[name]!.seconds
const format = (value: number) => Math.round(value).toLocaleString('en-US')
console.log(
  `news corpus: ${documents.length.toLocaleString('en-US')} documents, ${format(characters)} characters (best of ${rounds} passes each, after warm-up; copydesk from dist/)`,
)
for (const name of Object.keys(systems)) {
  console.log(
    `${name.padEnd(12)} ${format(rate(name)).padStart(12)} chars/s  ${best[name]!.seconds.toFixed(2).padStart(6)} s CPU  ${format(best[name]!.found).padStart(7)} expressions`,
  )
}
console.log(`ratio copydesk / chrono-node: ${(rate('copydesk') / rate('chrono-node')).toFixed(2)}×`)
