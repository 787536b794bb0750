// The whole demo pipeline on the news corpus (21,268 documents, 20.9 MB): documents/s, MB/s and
// peak memory with 1 and with 2 worker threads, side by side in one run. Each configuration runs
// in a fresh child process so their memory peaks are not mixed. The corpus comes from
// `newsCorpusFile` of @copydesk/test-utils (built from ../shared or COPYDESK_SHARED once).
//
//   pnpm --filter @copydesk/demo bench [-- --limit N]
import { spawn } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { newsCorpusFile } from '@copydesk/test-utils'
import { runPipeline } from '../src/lib/pipeline.js'

const here = fileURLToPath(import.meta.url)

interface Measurement {
  workers: number
  documents: number
  errors: number
  bytes: number
  seconds: number
  peakRss: number
  /** Peak V8 heap of the main thread alone (the workers' heaps are in the RSS only). */
  peakMainHeap: number
  phases: Record<string, number>
}

if (process.argv[2] === '--child') {
  await child(Number(process.argv[3]), process.argv[4]!)
} else {
  await parent()
}

async function parent() {
  const corpus = findCorpus()
  if (!corpus) return
  const size = (await stat(corpus)).size
  console.log(`demo bench: the whole pipeline on ${corpus} (${(size / 1e6).toFixed(1)} MB)`)
  const results: Measurement[] = []
  for (const workers of [1, 2]) {
    results.push(await runChild(workers, corpus))
    const last = results[results.length - 1]!
    console.log(
      `  ${workers} worker${workers === 1 ? ' ' : 's'}: ${last.documents} documents in ${last.seconds.toFixed(1)} s · phases ${Object.entries(
        last.phases,
      )
        .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
        .join(', ')}`,
    )
  }
  console.log('')
  console.log(
    '| workers | documents | errors | docs/s | MB/s | wall s | peak RSS MB | peak main-thread heap MB |',
  )
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const result of results) {
    console.log(
      `| ${result.workers} | ${result.documents} | ${result.errors} | ${(result.documents / result.seconds).toFixed(0)} | ${(result.bytes / 1e6 / result.seconds).toFixed(2)} | ${result.seconds.toFixed(1)} | ${(result.peakRss / 1024 / 1024).toFixed(0)} | ${(result.peakMainHeap / 1024 / 1024).toFixed(0)} |`,
    )
  }
  const [one, two] = results
  if (one && two)
    console.log(`\n2 workers vs 1: ${(one.seconds / two.seconds).toFixed(2)}× the throughput`)
}

function runChild(workers: number, corpus: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, here, '--child', String(workers), corpus],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      const line = output.trim().split('\n').pop() ?? ''
      if (code !== 0) reject(new Error(`the ${workers}-worker run exited with code ${code}`))
      else resolve(JSON.parse(line) as Measurement)
    })
  })
}

async function child(workers: number, corpus: string) {
  const out = await mkdtemp(path.join(tmpdir(), 'demo-bench-'))
  let peak = 0
  let peakMainHeap = 0
  const sample = setInterval(() => {
    const usage = process.memoryUsage()
    peak = Math.max(peak, usage.rss)
    peakMainHeap = Math.max(peakMainHeap, usage.heapUsed)
  }, 50)
  const started = performance.now()
  try {
    const result = await runPipeline({
      input: corpus,
      out,
      workers,
      maxBytes: 5 * 1024 * 1024,
      htmlLimit: 200,
      html: true,
      progress: 'lines',
    })
    const seconds = (performance.now() - started) / 1000
    clearInterval(sample)
    // The kernel's peak (kB) catches what sampling between ticks missed.
    peak = Math.max(peak, process.resourceUsage().maxRSS * 1024)
    const measurement: Measurement = {
      workers,
      documents: result.documents,
      errors: result.errors,
      bytes: result.report.stats.bytes,
      seconds,
      peakRss: peak,
      peakMainHeap,
      phases: result.report.stats.phases,
    }
    console.log(JSON.stringify(measurement))
  } finally {
    clearInterval(sample)
    await rm(out, { recursive: true, force: true })
  }
}

function findCorpus(): string | undefined {
  const corpus = newsCorpusFile('demo bench')
  if (!corpus) console.log('demo bench: skipped, no news corpus (set COPYDESK_SHARED to build it)')
  return corpus
}
