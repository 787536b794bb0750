/**
 * Speaker resolution alone: feed the gold quotes (content, cue and speaker mention) of GGT dev to
 * `resolveSpeakers` and score `speaker_ref` as quotes-eval.py does (normalised equality or the
 * gold's last name contained in ours). Isolates resolution from extraction errors.
 *
 *   pnpm --filter @copydesk/quotes exec tsx scripts/speakers-on-gold.ts [--errors]
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sharedPath } from '@copydesk/test-utils'
import { resolveSpeakers } from '../src/lib/speakers/index.js'
import type { Quote } from '../src/lib/types.js'

interface GoldSpan {
  start: number
  end: number
  text: string
}
interface GoldQuote {
  type: 'direct' | 'mixed' | 'indirect'
  content: GoldSpan[]
  source: GoldSpan[]
  cue: GoldSpan[]
  speaker_ref?: string
}
interface GoldDocument {
  id: string
  text: string
  quotes: GoldQuote[]
}

export function normaliseName(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

/** quotes-eval.py's `ref_match`. */
export function referenceMatches(gold: string, predicted: string): boolean {
  const g = normaliseName(gold)
  const p = normaliseName(predicted)
  if (g.length === 0 || p.length === 0) return false
  if (g.join(' ') === p.join(' ')) return true
  return p.includes(g.at(-1) as string)
}

export function scoreSpeakersOnGold(goldPath: string, showErrors = false) {
  let total = 0
  let correct = 0
  const byMention = new Map<string, { n: number; ok: number }>()
  for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const document = JSON.parse(line) as GoldDocument
    const gold = document.quotes.filter((quote) => quote.content.length > 0)
    const quotes: Quote[] = gold.map((quote) => {
      const start = Math.min(...quote.content.map((span) => span.start))
      const end = Math.max(...quote.content.map((span) => span.end))
      const built: Quote = {
        kind: quote.type,
        content: quote.content,
        text: document.text.slice(start, end),
      }
      if (quote.source.length > 0) {
        const s = Math.min(...quote.source.map((span) => span.start))
        const e = Math.max(...quote.source.map((span) => span.end))
        built.mention = { start: s, end: e, text: document.text.slice(s, e) }
      }
      return built
    })
    const resolved = resolveSpeakers(document.text, quotes)
    resolved.forEach((quote, index) => {
      const reference = gold[index]?.speaker_ref
      if (!reference) return
      total++
      const ok = referenceMatches(reference, quote.speaker?.name ?? quote.mention?.text ?? '')
      if (ok) correct++
      const mention = quote.mention?.text ?? ''
      const kind = !mention
        ? 'none'
        : /^(?:he|she|they|it|i|we|who|which)$/i.test(mention)
          ? 'pronoun'
          : /^[A-Z]/.test(mention) && !/^(?:The|A|An)\b/.test(mention)
            ? 'name'
            : 'description'
      const bucket = byMention.get(kind) ?? { n: 0, ok: 0 }
      bucket.n++
      if (ok) bucket.ok++
      byMention.set(kind, bucket)
      if (!ok && showErrors) {
        console.log(
          `${document.id}\t${kind}\t${JSON.stringify(mention)}\tgold=${reference}\tours=${quote.speaker?.name}`,
        )
      }
    })
  }
  return { total, correct, byMention }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]).endsWith('speakers-on-gold.ts')
if (isMain) {
  const goldPath = sharedPath('speakers-on-gold', 'data', 'quotes', 'ggt-dev.jsonl')
  if (goldPath) {
    const { total, correct, byMention } = scoreSpeakersOnGold(
      goldPath,
      process.argv.includes('--errors'),
    )
    console.log(
      `speaker_ref accuracy on gold mentions: ${((100 * correct) / total).toFixed(1)} (n=${total})`,
    )
    for (const [kind, { n, ok }] of byMention)
      console.log(`  ${kind}: ${((100 * ok) / n).toFixed(1)} (n=${n})`)
  }
}
