/**
 * Accuracy on the shared quote gold (GGT dev, PolNeAR dev), scored by ../shared/tools/quotes-eval.py,
 * with compromise's `.quotations()` as the peer in the same run, and speaker resolution alone on
 * GGT's gold mentions.
 *
 *   pnpm --filter @copydesk/quotes run eval [--no-peer]
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sharedPath } from '@copydesk/test-utils'
import nlp from 'compromise'
import { type ExtractQuotesOptions, extractQuotes } from '../src/index.js'
import { scoreSpeakersOnGold } from './speakers-on-gold.js'

interface GoldDocument {
  id: string
  text: string
}

interface PredictedSpan {
  start: number
  end: number
}

interface Prediction {
  content: PredictedSpan[]
  source?: PredictedSpan[]
  cue?: PredictedSpan[]
  speaker_ref?: string
}

const scorer = sharedPath('eval', 'tools', 'quotes-eval.py')
if (!scorer) process.exit(0)

const corpora: { name: string; file: string; options: ExtractQuotesOptions }[] = [
  { name: 'GGT dev', file: 'ggt-dev.jsonl', options: {} },
  // PolNeAR annotates beliefs and intentions as attributions too.
  { name: 'PolNeAR dev', file: 'polnear-dev.jsonl', options: { beliefs: true } },
]
const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-quotes-eval-'))

function copydesk(document: GoldDocument, options: ExtractQuotesOptions): Prediction[] {
  return extractQuotes(document.text, options).map((quote) => {
    const prediction: Prediction = {
      content: quote.content.map(({ start, end }) => ({ start, end })),
    }
    if (quote.mention) prediction.source = [{ start: quote.mention.start, end: quote.mention.end }]
    if (quote.cue) prediction.cue = [{ start: quote.cue.start, end: quote.cue.end }]
    if (quote.speaker?.name) prediction.speaker_ref = quote.speaker.name
    return prediction
  })
}

function compromise(document: GoldDocument): Prediction[] {
  const matches = nlp(document.text).quotations().json({ offset: true }) as {
    offset: { start: number; length: number }
  }[]
  return matches.map(({ offset }) => ({
    content: [{ start: offset.start, end: offset.start + offset.length }],
  }))
}

function score(gold: string, system: string, predict: (document: GoldDocument) => Prediction[]) {
  const documents = readFileSync(gold, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldDocument)
  const started = performance.now()
  const lines = documents.map((document) =>
    JSON.stringify({ id: document.id, quotes: predict(document) }),
  )
  const seconds = (performance.now() - started) / 1000
  const output = path.join(directory, `${path.basename(gold, '.jsonl')}.${system}.jsonl`)
  writeFileSync(output, `${lines.join('\n')}\n`)
  const report = execFileSync('python3', [scorer as string, gold, output, '--types'], {
    encoding: 'utf8',
  })
  return { report, seconds, output }
}

for (const corpus of corpora) {
  const gold = sharedPath(`eval: ${corpus.name}`, 'data', 'quotes', corpus.file)
  if (!gold) continue
  const systems = [
    ['copydesk', (document: GoldDocument) => copydesk(document, corpus.options)],
    ['compromise', compromise],
  ] as const
  // `--no-peer`: copydesk alone, for a quick look while tuning.
  for (const [system, predict] of systems.slice(0, process.argv.includes('--no-peer') ? 1 : 2)) {
    const { report, seconds, output } = score(gold, system, predict)
    console.log(
      `\n== ${corpus.name} · ${system} (${seconds.toFixed(2)} s; predictions in ${output})`,
    )
    console.log(report.trimEnd())
  }
}

const ggt = sharedPath(undefined, 'data', 'quotes', 'ggt-dev.jsonl')
if (ggt) {
  const { total, correct, byMention } = scoreSpeakersOnGold(ggt)
  console.log(
    `\n== GGT dev · speaker resolution alone (gold quotes and mentions in, resolveSpeakers out)`,
  )
  console.log(`speaker_ref-acc: ${((100 * correct) / total).toFixed(1)} (n=${total})`)
  for (const [kind, { n, ok }] of byMention) {
    console.log(`  mention ${kind}: ${((100 * ok) / n).toFixed(1)} (n=${n})`)
  }
}
