/**
 * Throughput of `extractQuotes` (parsing, extraction and speaker resolution) on the news corpus,
 * on one core, beside compromise's `.quotations()` on the same texts.
 *
 *   pnpm --filter @copydesk/quotes run bench [--peer-mb 1]
 *
 * The corpus is ../shared/tools/news-corpus.py's JSONL (21,268 docs, 20.9 MB), read through
 * test-utils' `newsCorpus` (built into the system temp folder when it is not there). compromise
 * runs on the first `--peer-mb` megabytes (default 1) only, as it is much slower; the ratio
 * compares both on exactly those documents.
 */
import { type NewsDocument, newsCorpus } from '@copydesk/test-utils'
import nlp from 'compromise'
import { extractQuotes, mergeQuotes } from '../src/index.js'

const documents = newsCorpus('bench')
if (!documents) process.exit(0)
const bytesOf = (list: NewsDocument[]) =>
  list.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0)

const peerFlag = process.argv.indexOf('--peer-mb')
const peerMegabytes = peerFlag >= 0 ? Number(process.argv[peerFlag + 1]) : 1
const sample: NewsDocument[] = []
let sampleBytes = 0
for (const document of documents) {
  if (sampleBytes >= peerMegabytes * 1e6) break
  sample.push(document)
  sampleBytes += Buffer.byteLength(document.text)
}

function run(name: string, list: NewsDocument[], work: (text: string) => number) {
  // One warm-up pass over a few documents so the JIT has settled.
  for (const document of list.slice(0, 200)) work(document.text)
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  let found = 0
  for (const document of list) found += work(document.text)
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const megabytes = bytesOf(list) / 1e6
  const result = {
    name,
    seconds,
    cpuSeconds,
    megabytesPerSecond: megabytes / seconds,
    megabytesPerCpuSecond: megabytes / cpuSeconds,
    documentsPerSecond: list.length / seconds,
    found,
  }
  console.log(
    [
      name.padEnd(46),
      `${megabytes.toFixed(1).padStart(5)} MB`,
      `${seconds.toFixed(2).padStart(7)} s`,
      `${result.megabytesPerSecond.toFixed(2).padStart(6)} MB/s`,
      `${Math.round(result.documentsPerSecond).toString().padStart(6)} docs/s`,
      `${result.megabytesPerCpuSecond.toFixed(2).padStart(6)} MB/cpu-s`,
      `${found} quotes`,
    ].join('  '),
  )
  return result
}

const copydesk = (text: string) => extractQuotes(text).length
const withoutSpeakers = (text: string) => extractQuotes(text, { resolveSpeakers: false }).length
const peer = (text: string) => nlp(text).quotations().length

console.log(
  `news corpus: ${documents.length} documents, ${(bytesOf(documents) / 1e6).toFixed(1)} MB (node ${process.version}, one core)\n`,
)
run('copydesk extractQuotes (all documents)', documents, copydesk)
run('copydesk extractQuotes, no speaker resolution', documents, withoutSpeakers)
console.log(`\nside by side on the first ${sample.length} documents:`)
const ours = run('copydesk extractQuotes', sample, copydesk)
const theirs = run('compromise .quotations()', sample, peer)
console.log(
  `\ncopydesk / compromise .quotations(): ${(ours.megabytesPerSecond / theirs.megabytesPerSecond).toFixed(1)}× (wall clock), ${(ours.megabytesPerCpuSecond / theirs.megabytesPerCpuSecond).toFixed(1)}× (CPU time) — copydesk also finds indirect quotes, cues and speakers`,
)
console.log(
  'MB/cpu-s divides by the process CPU time: the one-core figure when other work shares the machine.',
)

// mergeQuotes over every quote of the corpus: the rare-4-gram index keeps it far from all pairs.
const corpusQuotes = documents.map((document) => ({
  id: document.id,
  quotes: extractQuotes(document.text, { resolveSpeakers: false }),
}))
const quoteCount = corpusQuotes.reduce((sum, document) => sum + document.quotes.length, 0)
const mergeCpu = process.cpuUsage()
const mergeStarted = performance.now()
const merged = mergeQuotes(corpusQuotes)
const mergeSeconds = (performance.now() - mergeStarted) / 1000
const mergeCpuUsage = process.cpuUsage(mergeCpu)
const across = merged.filter(
  (entry) => new Set(entry.occurrences.map((occurrence) => occurrence.document)).size > 1,
).length
console.log(
  `\nmergeQuotes: ${quoteCount} quotes from ${corpusQuotes.length} documents → ${merged.length} entries (${across} found in more than one document) in ${mergeSeconds.toFixed(2)} s (${((mergeCpuUsage.user + mergeCpuUsage.system) / 1e6).toFixed(2)} CPU-s)`,
)
