/**
 * Throughput on the Zyte pages (CPU time of this process), side by side in one run:
 * copydesk's extractArticle (with and without the nlcst tree), Readability.js + linkedom and
 * + jsdom 27.0.0, and parse5 alone. `pnpm --filter @copydesk/html bench`
 */
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import { parseHTML } from 'linkedom'
import { parse } from 'parse5'
import { extractArticle } from '../src/index.js'
import { parseHtmlFast } from '../src/lib/extract/parse-fast.js'
import { parseHtml } from '../src/lib/extract/parse-html.js'
import { type Page, zytePages } from './zyte.js'

const virtualConsole = new VirtualConsole()
const runs: Record<string, (page: Page) => unknown> = {
  'parse5 alone (with locations)': (page) => parse(page.html, { sourceCodeLocationInfo: true }),
  'htmlparser2 into hast alone': (page) => parseHtmlFast(page.html),
  'parse5 into hast (rehype-parse path)': (page) => parseHtml(page.html),
  'copydesk extractArticle (tree: false)': (page) =>
    extractArticle(page.html, page.url ? { url: page.url, tree: false } : { tree: false }),
  'copydesk extractArticle (with nlcst tree)': (page) =>
    extractArticle(page.html, page.url ? { url: page.url } : {}),
  'Readability + linkedom': (page) =>
    new Readability(parseHTML(page.html).document as unknown as Document).parse(),
  'Readability + jsdom 27.0.0': (page) =>
    new Readability(
      new JSDOM(page.html, { url: page.url ?? 'https://example.com/', virtualConsole }).window
        .document,
    ).parse(),
}

const pages = zytePages()
if (pages) {
  const megabytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0) / 1e6
  console.log(`${pages.length} pages, ${megabytes.toFixed(1)} MB`)
  console.log('| run | MB/s | pages/s |')
  console.log('|---|---|---|')
  for (const [name, run] of Object.entries(runs)) {
    for (const page of pages.slice(0, 10)) run(page) // warm-up
    const before = process.cpuUsage()
    for (const page of pages) run(page)
    const used = process.cpuUsage(before)
    const seconds = (used.user + used.system) / 1e6
    console.log(
      `| ${name} | ${(megabytes / seconds).toFixed(2)} | ${(pages.length / seconds).toFixed(1)} |`,
    )
  }
}
