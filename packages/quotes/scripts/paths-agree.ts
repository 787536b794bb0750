/**
 * Whether the string and Article paths of `extractQuotes` agree on the news corpus: each document
 * is read as `extractQuotes(text)` and as `extractQuotes(parseArticle(text))`, and the quotes of
 * both are counted by source (Reuters 1987, BBC 2004–05) with the documents where they differ.
 * A difference is a quote the Article path does not read because its content lies outside the
 * body (headline, dateline, boilerplate, captions); each is listed by the role of the block
 * holding it.
 *
 *   pnpm --filter @copydesk/quotes run paths-agree [--show 5]
 */
import { type Article, parseArticle } from '@copydesk/parse'
import { newsCorpus } from '@copydesk/test-utils'
import { extractQuotes, type Quote } from '../src/index.js'

const documents = newsCorpus('quotes paths-agree')
if (!documents) process.exit(0)

const showFlag = process.argv.indexOf('--show')
const show = showFlag >= 0 ? Number(process.argv[showFlag + 1]) : 0

interface Tally {
  documents: number
  string: number
  article: number
  differing: number
  /** Quotes of one path only, by the role of the block holding their first content span. */
  onlyString: Map<string, number>
  onlyArticle: number
}

const key = (quote: Quote) =>
  JSON.stringify([quote.kind, quote.content.map(({ start, end }) => [start, end])])

function roleAt(article: Article, offset: number): string {
  const block = article.blocks.find(
    (candidate) => candidate.start <= offset && offset < candidate.end,
  )
  return block?.role ?? 'between blocks'
}

const tallies = new Map<string, Tally>()
let shown = 0
for (const document of documents) {
  const tally = tallies.get(document.source) ?? {
    documents: 0,
    string: 0,
    article: 0,
    differing: 0,
    onlyString: new Map(),
    onlyArticle: 0,
  }
  tallies.set(document.source, tally)
  const article = parseArticle(document.text, { tree: false })
  const fromString = extractQuotes(document.text)
  const fromArticle = extractQuotes(article)
  tally.documents++
  tally.string += fromString.length
  tally.article += fromArticle.length
  const articleKeys = new Set(fromArticle.map(key))
  const stringKeys = new Set(fromString.map(key))
  const onlyString = fromString.filter((quote) => !articleKeys.has(key(quote)))
  const onlyArticle = fromArticle.filter((quote) => !stringKeys.has(key(quote)))
  if (onlyString.length === 0 && onlyArticle.length === 0) continue
  tally.differing++
  tally.onlyArticle += onlyArticle.length
  for (const quote of onlyString) {
    const role = roleAt(article, quote.content[0]?.start ?? 0)
    tally.onlyString.set(role, (tally.onlyString.get(role) ?? 0) + 1)
  }
  if (shown < show) {
    shown++
    console.log(`\n-- ${document.id}`)
    for (const quote of onlyString)
      console.log(`  string only (${roleAt(article, quote.content[0]?.start ?? 0)}): ${quote.text}`)
    for (const quote of onlyArticle) console.log(`  Article only: ${quote.text}`)
  }
}

const format = (value: number) => value.toLocaleString('en-GB')
for (const [source, tally] of tallies) {
  console.log(
    `${source}: ${format(tally.documents)} documents · string path ${format(tally.string)} quotes · Article path ${format(tally.article)} quotes · ${format(tally.differing)} documents differ`,
  )
  const roles = [...tally.onlyString].sort((a, b) => b[1] - a[1])
  if (roles.length > 0)
    console.log(
      `  string path only, by block role: ${roles.map(([role, count]) => `${role} ${count}`).join(', ')}`,
    )
  if (tally.onlyArticle > 0) console.log(`  Article path only: ${tally.onlyArticle}`)
}
