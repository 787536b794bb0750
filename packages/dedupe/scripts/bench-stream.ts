// Memory of a long dedupe stream on a persistent index: the news corpus replayed `--copies N`
// times (default 5; each copy after the first with one changed word per paragraph, so copies are
// near-duplicates of the original), read lazily, through `dedupeStream` into a LevelDB index.
// Prints throughput and resident memory as it goes.
//
//   pnpm --filter @copydesk/dedupe bench:stream -- --copies 5
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { newsCorpus, sharedDirectory } from '@copydesk/test-utils'
import { dedupeStream, openIndex } from '../src/index.js'

const shared = sharedDirectory('bench:stream')
if (shared) {
  const at = process.argv.indexOf('--copies')
  const copies = at > 0 ? Number(process.argv[at + 1]) : 5
  const corpus = (newsCorpus() ?? []).map(({ id, text }) => ({ id, text }))
  const directory = await mkdtemp(path.join(os.tmpdir(), 'copydesk-dedupe-stream-'))
  async function* replay() {
    for (let copy = 0; copy < copies; copy++) {
      for (const { id, text } of corpus) {
        yield {
          id: copy === 0 ? id : `${id}~${copy}`,
          text: copy === 0 ? text : text.replace(/\b(the|a)\b/i, copy % 2 ? 'this' : 'one'),
        }
      }
    }
  }
  const index = await openIndex(directory, { threshold: 0.8 })
  const counts = { unique: 0, duplicate: 0, empty: 0 }
  const started = performance.now()
  let seen = 0
  for await (const verdict of dedupeStream(replay(), { index })) {
    counts[verdict.status]++
    seen++
    if (seen % 20_000 === 0) {
      const seconds = (performance.now() - started) / 1000
      console.log(
        `  ${String(seen).padStart(7)} documents  ${(seen / seconds).toFixed(0)}/s  RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB  heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
      )
    }
  }
  await index.close()
  await rm(directory, { recursive: true, force: true })
  console.log(
    `bench:stream: ${seen} documents in ${((performance.now() - started) / 1000).toFixed(0)} s: ${counts.unique} unique, ${counts.duplicate} duplicates, ${counts.empty} empty; corpus text held in memory for the replay: ${(corpus.reduce((sum, d) => sum + d.text.length, 0) / 1e6).toFixed(0)} MB`,
  )
}
