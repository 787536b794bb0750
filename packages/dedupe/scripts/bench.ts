// Throughput on the news corpus, side by side in one run with the npm `minhash` package.
//
//   pnpm --filter @copydesk/dedupe bench            (add --quick for a smaller run)
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
// @ts-expect-error the npm `minhash` package ships no types
import { LshIndex, Minhash } from 'minhash'
import { createIndex, createMinHash, openIndex, type Signature, words } from '../src/index.js'
import { newsCorpus, sharedDirectory } from './shared-data.js'

interface NpmMinhash {
  update(shingle: string): void
  hashvalues: number[]
}
interface NpmLsh {
  insert(key: string, minhash: NpmMinhash): void
  query(minhash: NpmMinhash): string[]
}

const datasketchBulk = 2976 // docs/s, datasketch MinHash.bulk, 128 permutations, this machine
const plainJsLoop = 12800 // docs/s, a plain JS MinHash loop, this machine

const shared = sharedDirectory('bench')
if (shared) await bench(shared)

async function bench(sharedPath: string) {
  const quick = process.argv.includes('--quick')
  const documents = newsCorpus(sharedPath).filter((document) => /[\p{L}\p{N}]/u.test(document.text))
  const megabytes =
    documents.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0) / 1e6
  console.log(
    `bench: ${documents.length} documents, ${megabytes.toFixed(1)} MB, node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  )
  const rows: [string, string, string][] = []
  const report = (name: string, perSecond: number, detail = '') => {
    rows.push([name, `${Math.round(perSecond).toLocaleString('en')}/s`, detail])
    console.log(
      `  ${name.padEnd(46)} ${`${Math.round(perSecond).toLocaleString('en')}/s`.padStart(12)}  ${detail}`,
    )
  }

  // 1. Signatures, 128 permutations, word 5-grams, text in → signature out (best of 3 passes).
  const minhash = createMinHash({ permutations: 128 })
  let signatures: Signature[] = []
  let best = Number.POSITIVE_INFINITY
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now()
    signatures = documents.map((document) => minhash.signature(document.text))
    best = Math.min(best, performance.now() - started)
  }
  const ours = documents.length / (best / 1000)
  report(
    'copydesk signatures (text → 128 minima)',
    ours,
    `${(megabytes / (best / 1000)).toFixed(1)} MB/s`,
  )

  // 2. npm `minhash`, the same shingles (word 5-grams), on a sample (it is much slower).
  const sample = documents.slice(0, quick ? 300 : 2000)
  const npmSignatures: NpmMinhash[] = []
  const npmStarted = performance.now()
  for (const document of sample) {
    const signature = new Minhash({ numPerm: 128 }) as NpmMinhash
    const tokens = words(document.text).map((word) => word.normal)
    for (let start = 0; start + 5 <= tokens.length; start++) {
      signature.update(tokens.slice(start, start + 5).join(' '))
    }
    npmSignatures.push(signature)
  }
  const npm = sample.length / ((performance.now() - npmStarted) / 1000)
  report(`npm minhash signatures (${sample.length}-document sample)`, npm)

  // 3. LSH insert and query, in memory: signatures given (estimate) and text given (exact).
  const signatureIndex = createIndex({ threshold: 0.8, verify: 'estimate' })
  let started = performance.now()
  for (const [position, document] of documents.entries())
    signatureIndex.add(document.id, signatures[position]!)
  report('LSH insert, signature given', documents.length / ((performance.now() - started) / 1000))
  started = performance.now()
  for (const signature of signatures) signatureIndex.query(signature)
  report(
    'LSH query, signature given (estimate verify)',
    documents.length / ((performance.now() - started) / 1000),
  )

  const memoryBefore = process.memoryUsage().heapUsed
  const textIndex = createIndex({ threshold: 0.8 })
  started = performance.now()
  for (const document of documents) {
    const prepared = textIndex.prepare(document.text)
    textIndex.query(prepared)
    textIndex.add(document.id, prepared)
  }
  const endToEnd = documents.length / ((performance.now() - started) / 1000)
  report('end to end: text → query + insert (exact verify)', endToEnd)
  const indexMegabytes = (process.memoryUsage().heapUsed - memoryBefore) / 1e6

  const npmIndex = new LshIndex({ bandSize: 4 }) as NpmLsh
  started = performance.now()
  for (const [position, signature] of npmSignatures.entries())
    npmIndex.insert(sample[position]!.id, signature)
  report(
    'npm minhash LshIndex insert (sample)',
    sample.length / ((performance.now() - started) / 1000),
  )
  started = performance.now()
  for (const signature of npmSignatures) npmIndex.query(signature)
  report(
    'npm minhash LshIndex query (sample)',
    sample.length / ((performance.now() - started) / 1000),
  )

  // 4. Persistent index (LevelDB): batch insert of texts, then queries.
  const directory = await mkdtemp(path.join(os.tmpdir(), 'copydesk-dedupe-bench-'))
  try {
    const persistent = await openIndex(directory, { threshold: 0.8 })
    started = performance.now()
    await persistent.addMany(
      documents.map((document) => ({ id: document.id, text: document.text })),
    )
    report(
      'persistent insert, text (LevelDB batches of 500)',
      documents.length / ((performance.now() - started) / 1000),
    )
    const probes = documents.slice(0, quick ? 500 : 3000)
    started = performance.now()
    for (const document of probes) await persistent.query(document.text)
    report('persistent query, text', probes.length / ((performance.now() - started) / 1000))
    await persistent.close()
  } finally {
    await rm(directory, { recursive: true, force: true })
  }

  const peak = process.resourceUsage().maxRSS / 1024
  console.log(
    `  peak RSS ${peak.toFixed(0)} MB; in-memory exact index of ${documents.length} documents ≈ ${indexMegabytes.toFixed(0)} MB of heap`,
  )
  console.log('ratios (signatures/s):')
  console.log(`  copydesk / npm minhash            ${(ours / npm).toFixed(1)}×`)
  console.log(
    `  copydesk / datasketch MinHash.bulk ${(ours / datasketchBulk).toFixed(1)}×  (reference ${datasketchBulk} docs/s)`,
  )
  console.log(
    `  copydesk / plain JS loop           ${(ours / plainJsLoop).toFixed(1)}×  (reference ${plainJsLoop} docs/s)`,
  )
  console.log(
    `  end to end (query + insert) / datasketch signatures alone ${(endToEnd / datasketchBulk).toFixed(1)}×`,
  )
}
