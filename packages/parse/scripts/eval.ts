/**
 * Accuracy on NAEB (../shared/data/articles/naeb): 424 news articles from 2023
 * with their title and cleaned body. The raw input is built as a scraper's
 * text output would be: the title, a blank line, then the gold body text
 * (`${title}\n\n${text}`). Reports:
 * - leading datelines: of the articles whose body opens with a dateline
 *   (hand-labelled ids in naeb-datelines.json), how many are recognised and
 *   kept out of the body; and how many datelines are reported where there is none;
 * - body retention: of the gold body paragraphs (split on blank lines), how
 *   many the parser keeps as body (or as a subheading, still article content)
 *   rather than classifying them as residue, with the losses by role;
 * - headline: how often the title line is read as the headline.
 *
 *   pnpm --filter @copydesk/parse run eval
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sharedDirectory } from '@copydesk/test-utils'
import { type Article, type BlockRole, parseArticle } from '../src/index.js'

interface NaebArticle {
  id: number
  title: string
  text: string
}

const shared = sharedDirectory('eval')
if (shared) run(shared)

function run(directory: string): void {
  const articles = JSON.parse(
    readFileSync(path.join(directory, 'data', 'articles', 'naeb', 'news_articles.json'), 'utf8'),
  ) as NaebArticle[]
  const labels = JSON.parse(
    readFileSync(
      path.join(path.dirname(fileURLToPath(import.meta.url)), 'naeb-datelines.json'),
      'utf8',
    ),
  ) as { ids: number[] }
  const goldDatelines = new Set(labels.ids)

  let datelineFound = 0
  let datelineFalse = 0
  let headlines = 0
  let paragraphs = 0
  let keptAsBody = 0
  let keptAsContent = 0
  const losses: Partial<Record<BlockRole | 'unclassified', number>> = {}
  const missedDatelines: number[] = []
  const falseDatelines: number[] = []

  for (const record of articles) {
    const title = record.title.trim()
    const prefix = `${title}\n\n`
    const input = `${prefix}${record.text}`
    const article = parseArticle(input, { tree: false })
    if (article.headline?.text === title) headlines++

    const bodyStart = prefix.length + (record.text.length - record.text.trimStart().length)
    const hasGold = goldDatelines.has(record.id)
    const dateline = article.dateline
    const datelineAtLead = dateline !== undefined && dateline.start === bodyStart
    if (hasGold) {
      const keptOut =
        datelineAtLead &&
        article.body.every((span) => span.end <= dateline.start || span.start >= dateline.end)
      if (keptOut) datelineFound++
      else missedDatelines.push(record.id)
    } else if (dateline) {
      datelineFalse++
      falseDatelines.push(record.id)
    }

    for (const [start, end] of goldParagraphs(record.text, prefix.length)) {
      paragraphs++
      const role = majorityRole(article, start, end)
      if (role === 'body') keptAsBody++
      if (role === 'body' || role === 'subheading') keptAsContent++
      else losses[role] = (losses[role] ?? 0) + 1
    }
  }

  const percent = (count: number, total: number) =>
    `${((100 * count) / total).toFixed(1)}% (${count}/${total})`
  console.log(`NAEB: ${articles.length} articles, input = title + blank line + gold body`)
  console.log(
    `leading dateline recognised and kept out of the body: ${percent(datelineFound, goldDatelines.size)}`,
  )
  if (missedDatelines.length > 0) console.log(`  missed: ids ${missedDatelines.join(', ')}`)
  console.log(
    `datelines reported where the body has none: ${datelineFalse}/${articles.length - goldDatelines.size} articles${falseDatelines.length > 0 ? ` (ids ${falseDatelines.join(', ')})` : ''}`,
  )
  console.log(`body retention (gold paragraphs kept as body): ${percent(keptAsBody, paragraphs)}`)
  console.log(`body retention (kept as body or subheading): ${percent(keptAsContent, paragraphs)}`)
  console.log(`  lost to: ${JSON.stringify(losses)}`)
  console.log(`headline = title: ${percent(headlines, articles.length)}`)
}

/** Offsets (in the input) of the gold body's paragraphs: stretches between blank lines. */
function goldParagraphs(text: string, offset: number): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const blank = /\n[ \t\u00a0]*\n/g
  let from = 0
  for (;;) {
    const match = blank.exec(text)
    const to = match ? match.index : text.length
    const piece = text.slice(from, to)
    const lead = piece.length - piece.trimStart().length
    const trimmed = piece.trim()
    if (trimmed !== '') spans.push([offset + from + lead, offset + from + lead + trimmed.length])
    if (!match) break
    from = match.index + match[0].length
  }
  return spans
}

/** The role covering most of a stretch (the dateline aside), or `unclassified`. */
function majorityRole(article: Article, start: number, end: number): BlockRole | 'unclassified' {
  const covered: Partial<Record<BlockRole, number>> = {}
  for (const block of article.blocks) {
    if (block.end <= start || block.start >= end || block.role === 'dateline') continue
    const overlap = Math.min(end, block.end) - Math.max(start, block.start)
    covered[block.role] = (covered[block.role] ?? 0) + overlap
  }
  let best: BlockRole | 'unclassified' = 'unclassified'
  let bestCount = 0
  for (const [role, count] of Object.entries(covered) as Array<[BlockRole, number]>) {
    if (count > bestCount) {
      best = role
      bestCount = count
    }
  }
  return best
}
