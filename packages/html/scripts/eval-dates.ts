/**
 * Publication dates on NAEB's HTML pages (`../shared/data/articles/naeb`): right-day accuracy
 * of `readMetadata`'s `published` against the gold `date`, coverage, and which source decided.
 * Skips with one line when the shared data is absent. Run: `pnpm --filter @copydesk/html eval-dates`.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { sharedPath } from '@copydesk/test-utils'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { readMetadata } from '../src/lib/metadata/read-metadata.js'

const gold = sharedPath('eval-dates', 'data', 'articles', 'naeb', 'articles.json')
if (gold) {
  const folder = path.join(path.dirname(gold), 'html')
  const records = JSON.parse(readFileSync(gold, 'utf8')) as Record<
    string,
    { date?: string; url?: string }
  >
  const parser = unified().use(rehypeParse)
  let pages = 0
  let dated = 0
  let right = 0
  let failures = 0
  // Diagnostic: the gold day is the modified date's (some gold dates record the page's last update).
  let rightIfModified = 0
  let readingMicroseconds = 0
  const bySource = new Map<string, { decided: number; right: number }>()
  const wrong: string[] = []
  const started = process.cpuUsage()
  for (const [id, record] of Object.entries(records)) {
    const file = [`${id}.html.gz`, `${id}.html`]
      .map((name) => path.join(folder, name))
      .find(existsSync)
    if (!file || !/^\d{4}-\d{2}-\d{2}/.test(record.date ?? '')) continue
    pages++
    const bytes = readFileSync(file)
    const html = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
    try {
      const tree = parser.parse(html)
      const before = process.cpuUsage()
      const metadata = readMetadata(tree, { url: record.url, now: '2024-12-31' })
      const spent = process.cpuUsage(before)
      readingMicroseconds += spent.user + spent.system
      const published = metadata.published
      if (!published) {
        wrong.push(`${id} none (gold ${record.date})`)
        continue
      }
      dated++
      const latest = metadata.modified ?? published
      if (latest.value.slice(0, 10) === record.date!.slice(0, 10)) rightIfModified++
      const key = `${published.source}:${published.key}`
      const tally = bySource.get(key) ?? { decided: 0, right: 0 }
      tally.decided++
      if (published.value.slice(0, 10) === record.date!.slice(0, 10)) {
        right++
        tally.right++
      } else wrong.push(`${id} ${published.value} by ${key} (gold ${record.date})`)
      bySource.set(key, tally)
    } catch (error) {
      failures++
      wrong.push(`${id} threw ${(error as Error).message}`)
    }
  }
  const cpu = process.cpuUsage(started)
  const percent = (part: number, whole: number) =>
    `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`
  console.log(`NAEB publication dates, ${pages} pages with a gold date`)
  console.log(
    `right day ${right}/${pages} = ${percent(right, pages)}; coverage ${percent(dated, pages)}; right when dated ${percent(right, dated)}; threw ${failures}`,
  )
  console.log(
    `diagnostic: right day ${percent(rightIfModified, pages)} if the modified date were preferred (htmldate's default, original_date=False); readMetadata's published date is the original one`,
  )
  console.log('decided by:')
  for (const [key, tally] of [...bySource].sort((a, b) => b[1].decided - a[1].decided))
    console.log(
      `  ${key.padEnd(32)} ${String(tally.decided).padStart(4)} pages, right ${percent(tally.right, tally.decided)}`,
    )
  console.log(
    `CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms in all (parsing included), readMetadata ${(readingMicroseconds / 1000).toFixed(0)} ms`,
  )
  if (process.argv.includes('--wrong')) for (const line of wrong) console.log(`  wrong: ${line}`)
}
