/**
 * A 50 MB input: parse time and memory at 12.5, 25 and 50 MB (seed articles
 * repeated), classification only, to show linear time and memory
 * proportional to the input (no blow-up). With `--tree`, 2.5, 5 and 10 MB with
 * the body tree (an nlcst tree takes memory in proportion to its text, as
 * retext-english's does; 50 MB of tree does not fit Node's default heap).
 *
 *   pnpm --filter @copydesk/parse run large-input [--tree]
 */
import { seeds } from '@copydesk/test-utils'
import { parseArticle } from '../src/index.js'

const unit = seeds()
  .map((seed) => seed.text)
  .join('\n\n')

function textOf(megabytes: number): string {
  return `${unit}\n\n`
    .repeat(Math.ceil((megabytes * 1e6) / (unit.length + 2)))
    .slice(0, megabytes * 1e6)
}

const withTree = process.argv.includes('--tree')
console.log(
  `parseArticle on repeated seed articles${withTree ? ' (with the body tree)' : ' (tree: false)'}`,
)
for (const megabytes of withTree ? [2.5, 5, 10] : [12.5, 25, 50]) {
  const text = textOf(megabytes)
  globalThis.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const start = performance.now()
  const article = parseArticle(text, { tree: withTree })
  const seconds = (performance.now() - start) / 1000
  const heapGrowth = (process.memoryUsage().heapUsed - heapBefore) / 1e6
  console.log(
    `${String(megabytes).padStart(5)} MB: ${seconds.toFixed(2)} s (${(megabytes / seconds).toFixed(1)} MB/s), ${article.blocks.length} blocks, heap +${heapGrowth.toFixed(0)} MB (${(heapGrowth / megabytes).toFixed(1)} × input)`,
  )
}
