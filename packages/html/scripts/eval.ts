/**
 * Article-body accuracy on the Zyte/Scrapinghub benchmark, scored by ../shared/tools/html-score.mjs,
 * side by side with Readability.js on jsdom 27.0.0 and on linkedom. `pnpm --filter @copydesk/html eval`
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import { parseHTML } from 'linkedom'
import { extractArticle, type HtmlArticle } from '../src/index.js'
import { type Page, shared, zyte, zytePages } from './zyte.js'

/** The benchmark's articleBody: the body with its subheadings and the dateline. */
export function articleBody(article: HtmlArticle): string {
  return article.blocks
    .filter(
      (block) => block.role === 'body' || block.role === 'subheading' || block.role === 'dateline',
    )
    .map((block) => block.text)
    .join('\n')
}

type Extractor = (page: Page) => string

const virtualConsole = new VirtualConsole()

const extractors: Record<string, Extractor> = {
  copydesk: (page) =>
    articleBody(
      extractArticle(page.html, page.url ? { url: page.url, tree: false } : { tree: false }),
    ),
  'readability+jsdom': (page) => {
    const dom = new JSDOM(page.html, { url: page.url ?? 'https://example.com/', virtualConsole })
    return new Readability(dom.window.document).parse()?.textContent ?? ''
  },
  'readability+linkedom': (page) => {
    const { document } = parseHTML(page.html)
    return new Readability(document as unknown as Document).parse()?.textContent ?? ''
  },
}

const pages = zytePages()
if (pages) {
  const only = process.argv.slice(2)
  const directory = mkdtempSync(join(tmpdir(), 'copydesk-html-eval-'))
  console.log('| extractor | F1 | precision | recall | accuracy | pages that threw |')
  console.log('|---|---|---|---|---|---|')
  for (const [name, extract] of Object.entries(extractors)) {
    if (only.length > 0 && !only.includes(name)) continue
    const output: Record<string, { articleBody: string }> = {}
    let threw = 0
    for (const page of pages) {
      try {
        output[page.id] = { articleBody: extract(page) }
      } catch {
        threw++
        output[page.id] = { articleBody: '' }
      }
    }
    const predictions = join(directory, `${name}.json`)
    const metrics = join(directory, `${name}.metrics.json`)
    writeFileSync(predictions, JSON.stringify(output))
    execFileSync('node', [
      join(shared, 'tools/html-score.mjs'),
      join(zyte, 'ground-truth.json'),
      predictions,
      '--json',
      metrics,
    ])
    const score = JSON.parse(readFileSync(metrics, 'utf8'))
    const figure = (value: unknown) =>
      typeof value === 'number' ? value.toFixed(3) : String(value)
    console.log(
      `| ${name} | ${figure(score.f1 ?? score.F1)} | ${figure(score.precision)} | ${figure(score.recall)} | ${figure(score.accuracy)} | ${threw} |`,
    )
  }
  console.log(`predictions in ${directory}`)
}
