// Throughput on the news corpus, side by side in one run with the npm `minhash` package.
//
//   pnpm --filter @copydesk/dedupe bench            (add --quick for a smaller run)
//
// Rates are given per wall-clock second and per CPU-second of this process: on a shared machine
// the second is what one uncontended core does (the two agree on an idle machine).
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { newsCorpus, sharedDirectory } from '@copydesk/test-utils'
// @ts-expect-error the npm `minhash` package ships no types
import { LshIndex, Minhash } from 'minhash'
import { createIndex, createMinHash, openIndex, type Signature } from '../src/index.js'
import { words } from '../src/text.js'

interface NpmMinhash {
  update(shingle: string): void
}
interface NpmLsh {
  insert(key: string, minhash: NpmMinhash): void
  query(minhash: NpmMinhash): string[]
}

const datasketchBulk = 2976 // docs/s, datasketch MinHash.bulk, 128 permutations, this machine
const plainJsLoop = 12800 // docs/s, a plain JS MinHash loop, this machine

/** Time `task`; returns its result with wall milliseconds and CPU seconds. */
async function timed<T>(task: () => T | Promise<T>) {
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  const result = await task()
  const wallMs = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  return { result, wallMs, cpuSeconds: (cpu.user + cpu.system) / 1e6 }
}

function report(
  name: string,
  count: number,
  run: { wallMs: number; cpuSeconds: number },
  detail = '',
) {
  const format = (value: number) => Math.round(value).toLocaleString('en').padStart(9)
  console.log(
    `  ${name.padEnd(52)} ${format(count / (run.wallMs / 1000))}  ${format(count / run.cpuSeconds)}  ${detail}`,
  )
  return count / run.cpuSeconds
}

if (sharedDirectory('bench')) await bench()

async function bench() {
  const quick = process.argv.includes('--quick')
  const documents = (newsCorpus() ?? []).filter((document) => /[\p{L}\p{N}]/u.test(document.text))
  const megabytes =
    documents.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0) / 1e6
  console.log(
    `bench: ${documents.length} documents, ${megabytes.toFixed(1)} MB, node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  )
  console.log(`  ${'measure'.padEnd(52)} ${'per s'.padStart(9)}  ${'per CPU-s'.padStart(9)}`)

  // 1. Signatures, 128 permutations, word 5-grams, text in → signature out (best of 3 passes).
  const minhash = createMinHash({ permutations: 128 })
  let signatures: Signature[] = []
  let best = { wallMs: Number.POSITIVE_INFINITY, cpuSeconds: Number.POSITIVE_INFINITY }
  for (let pass = 0; pass < 3; pass++) {
    const run = await timed(() => documents.map((document) => minhash.signature(document.text)))
    signatures = run.result
    if (run.cpuSeconds < best.cpuSeconds) best = run
  }
  const ours = report(
    'copydesk signatures (text → 128 minima, best of 3)',
    documents.length,
    best,
    `${(megabytes / best.cpuSeconds).toFixed(1)} MB per CPU-s`,
  )

  // 2. npm `minhash`, the same shingles (word 5-grams), on a sample (it is much slower).
  const sample = documents.slice(0, quick ? 300 : 2000)
  const npmRun = await timed(() =>
    sample.map((document) => {
      const signature = new Minhash({ numPerm: 128 }) as NpmMinhash
      const tokens = words(document.text).map((word) => word.normal)
      for (let start = 0; start + 5 <= tokens.length; start++) {
        signature.update(tokens.slice(start, start + 5).join(' '))
      }
      return signature
    }),
  )
  const npm = report(
    `npm minhash signatures (${sample.length}-document sample)`,
    sample.length,
    npmRun,
  )

  // 3. LSH in memory: signatures given (estimate verify); text given end to end (exact verify).
  const signatureIndex = createIndex({ threshold: 0.8, verify: 'estimate' })
  report(
    'LSH insert, signature given',
    documents.length,
    await timed(() => {
      for (const [position, document] of documents.entries()) {
        signatureIndex.add(document.id, signatures[position]!)
      }
    }),
  )
  report(
    'LSH query, signature given (estimate verify)',
    documents.length,
    await timed(() => {
      for (const signature of signatures) signatureIndex.query(signature)
    }),
  )
  const heapBefore = process.memoryUsage().heapUsed
  const textIndex = createIndex({ threshold: 0.8 })
  const endToEnd = report(
    'end to end: text → sign, query, verify, insert',
    documents.length,
    await timed(() => {
      for (const document of documents) {
        const prepared = textIndex.prepare(document.text)
        textIndex.query(prepared)
        textIndex.add(document.id, prepared)
      }
    }),
  )
  const indexMegabytes = (process.memoryUsage().heapUsed - heapBefore) / 1e6

  const npmIndex = new LshIndex({ bandSize: 4 }) as NpmLsh
  report(
    'npm minhash LshIndex insert (sample)',
    sample.length,
    await timed(() => {
      for (const [position, signature] of npmRun.result.entries()) {
        npmIndex.insert(sample[position]!.id, signature)
      }
    }),
  )
  report(
    'npm minhash LshIndex query (sample)',
    sample.length,
    await timed(() => {
      for (const signature of npmRun.result) npmIndex.query(signature)
    }),
  )

  // 4. Persistent index (LevelDB): batch insert of texts, then queries.
  const directory = await mkdtemp(path.join(os.tmpdir(), 'copydesk-dedupe-bench-'))
  try {
    const persistent = await openIndex(directory, { threshold: 0.8 })
    report(
      'persistent insert, text (LevelDB batches of 500)',
      documents.length,
      await timed(() => persistent.addMany(documents.map(({ id, text }) => ({ id, text })))),
    )
    const probes = documents.slice(0, quick ? 500 : 3000)
    report(
      'persistent query, text',
      probes.length,
      await timed(async () => {
        for (const document of probes) await persistent.query(document.text)
      }),
    )
    await persistent.close()
  } finally {
    await rm(directory, { recursive: true, force: true })
  }

  const peak = process.resourceUsage().maxRSS / 1024
  console.log(
    `  peak RSS ${peak.toFixed(0)} MB (corpus loaded); in-memory exact index of ${documents.length} documents ≈ ${indexMegabytes.toFixed(0)} MB of heap`,
  )
  console.log('ratios (per CPU-second):')
  console.log(`  copydesk / npm minhash signatures            ${(ours / npm).toFixed(1)}×`)
  console.log(
    `  copydesk / datasketch MinHash.bulk           ${(ours / datasketchBulk).toFixed(1)}×  (reference ${datasketchBulk} docs/s)`,
  )
  console.log(
    `  copydesk / plain JS loop                     ${(ours / plainJsLoop).toFixed(1)}×  (reference ${plainJsLoop} docs/s)`,
  )
  console.log(
    `  end to end (sign, query, verify, insert) / datasketch signatures alone ${(endToEnd / datasketchBulk).toFixed(1)}×`,
  )
}
