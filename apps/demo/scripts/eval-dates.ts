// Date inference on withheld dates: the news corpus (Reuters 1987 and BBC 2004–05) with the dates
// of a fixed fifth of the Reuters documents withheld, run through the demo's steps; prints how many
// withheld dates come back (coverage), how many of those are right within 0, 1 and 7 days, and the
// wrong-era dates (a BBC article dated 1987, a withheld Reuters report dated 2004–05). BBC articles
// carry no usable date in the corpus ("2004/2005"), so every date they get is the demo's.
//
//   pnpm --filter @copydesk/demo eval-dates [-- --fifth K] [--workers N] [--errors N] [--json FILE]
//
// `--fifth K` (0–4, default 0) withholds the Reuters documents whose position among the Reuters
// documents (in corpus order) is K modulo 5. Tune on another fifth than the one you report.
import { createReadStream } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { readDate } from '@copydesk/dating'
import { newsCorpusFile } from '@copydesk/test-utils'
import { runPipeline } from '../src/lib/pipeline.js'
import type { ReportDocument } from '../src/lib/report/types.js'

// `pnpm eval-dates -- --fifth 1` passes the `--` on.
const args = process.argv.slice(2)
const { values } = parseArgs({
  args: args[0] === '--' ? args.slice(1) : args,
  options: {
    fifth: { type: 'string', default: '0' },
    workers: { type: 'string', default: '2' },
    errors: { type: 'string', default: '0' },
    json: { type: 'string' },
  },
})
const fifth = Number(values.fifth)
if (!Number.isInteger(fifth) || fifth < 0 || fifth > 4) {
  throw new RangeError(`Cannot run eval-dates with \`--fifth ${values.fifth}\`: expected 0 to 4`)
}

const corpus = newsCorpusFile('demo eval-dates')
if (corpus) await evaluate(corpus)

interface Truth {
  source: 'reuters' | 'bbc'
  /** The withheld calendar day, for the withheld Reuters documents only. */
  withheld?: string
}

async function evaluate(file: string) {
  const work = await mkdtemp(path.join(tmpdir(), 'demo-eval-dates-'))
  try {
    const truth = new Map<string, Truth>()
    const lines: string[] = []
    let reuters = 0
    for await (const line of createInterface({ input: createReadStream(file) })) {
      if (line.trim() === '') continue
      const record = JSON.parse(line) as { id: string; source: string; date: string }
      const source = record.source === 'bbc' ? 'bbc' : 'reuters'
      const entry: Truth = { source }
      const output: Record<string, unknown> = { ...record }
      if (source === 'reuters' && reuters++ % 5 === fifth) {
        entry.withheld = readDate(record.date.replace(/&#\d+;[\s\S]*$/, ''), 'date').slice(0, 10)
        delete output.date
      }
      delete output.source
      truth.set(record.id, entry)
      lines.push(JSON.stringify(output))
    }
    const input = path.join(work, 'corpus.jsonl')
    await writeFile(input, `${lines.join('\n')}\n`)
    const out = path.join(work, 'out')
    const started = performance.now()
    await runPipeline({
      input,
      out,
      workers: Number(values.workers),
      maxBytes: 5 * 1024 * 1024,
      htmlLimit: 0,
      html: false,
      progress: 'off',
    })
    const seconds = (performance.now() - started) / 1000
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as {
      documents: ReportDocument[]
    }
    const figures = score(truth, report.documents)
    print(figures, seconds)
    if (values.json) await writeFile(values.json, `${JSON.stringify(figures, null, 2)}\n`)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

interface Miss {
  id: string
  truth: string
  value: string
  source: string
  from?: string[]
  reason: string
}

function score(truth: Map<string, Truth>, documents: ReportDocument[]) {
  const withheld = [...truth.values()].filter((entry) => entry.withheld).length
  const counts = {
    fifth,
    documents: documents.length,
    withheld,
    inferred: 0,
    foundInText: 0,
    within0: 0,
    within1: 0,
    within7: 0,
    bbc: 0,
    bbcDated: 0,
    bbcDatedInferred: 0,
    bbcDated1987: 0,
    bbcOutside2004to2005: 0,
    reutersDated2004to2005: 0,
    reutersOutside1987: 0,
    abstentions: {} as Record<string, number>,
  }
  const misses: Miss[] = []
  for (const document of documents) {
    const entry = truth.get(document.id)
    if (!entry) continue
    const { value, source } = document.dct
    const year = value === undefined ? undefined : Number(value.slice(0, 4))
    if (entry.source === 'bbc') {
      counts.bbc++
      if (year === undefined) continue
      counts.bbcDated++
      if (source === 'inferred') counts.bbcDatedInferred++
      if (year === 1987) counts.bbcDated1987++
      if (year !== 2004 && year !== 2005) counts.bbcOutside2004to2005++
      continue
    }
    if (!entry.withheld) continue
    if (value === undefined || year === undefined) {
      const why = abstention(document)
      counts.abstentions[why] = (counts.abstentions[why] ?? 0) + 1
      continue
    }
    if (source === 'inferred') counts.inferred++
    else counts.foundInText++
    if (year === 2004 || year === 2005) counts.reutersDated2004to2005++
    if (year !== 1987) counts.reutersOutside1987++
    const off = Math.abs(dayNumber(value.slice(0, 10)) - dayNumber(entry.withheld))
    if (off === 0) counts.within0++
    if (off <= 1) counts.within1++
    if (off <= 7) counts.within7++
    else {
      misses.push({
        id: document.id,
        truth: entry.withheld,
        value,
        source,
        ...(document.dct.from ? { from: document.dct.from } : {}),
        reason: document.dct.reason,
      })
    }
  }
  return { ...counts, misses }
}

/** The kind of reason a withheld document was left undated, for the tally. */
function abstention(document: ReportDocument): string {
  const warning = document.warnings.find((text) => /^No date inferred from/.test(text))
  if (warning) return warning.replace(/:[\s\S]*$/, '')
  return document.dct.reason.startsWith('No date inferred') ? 'text only' : 'no related document'
}

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000)
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`
}

function print(figures: ReturnType<typeof score>, seconds: number) {
  const dated = figures.inferred + figures.foundInText
  console.log(
    `demo eval-dates: ${figures.documents} documents, the dates of ${figures.withheld} Reuters documents withheld (fifth ${figures.fifth}), ${seconds.toFixed(0)} s`,
  )
  console.log(
    `  coverage: ${dated} / ${figures.withheld} dated again (${percent(dated, figures.withheld)}): ${figures.inferred} inferred, ${figures.foundInText} found in the text`,
  )
  console.log(
    `  accuracy of those: same day ${percent(figures.within0, dated)}, within 1 day ${percent(figures.within1, dated)}, within 7 days ${percent(figures.within7, dated)} (${figures.within7} / ${dated})`,
  )
  console.log(
    `  wrong era: ${figures.bbcDated1987} BBC articles dated 1987 (${figures.bbcOutside2004to2005} outside 2004–05, of ${figures.bbcDated} dated, ${figures.bbcDatedInferred} inferred), ${figures.reutersDated2004to2005} withheld Reuters reports dated 2004–05 (${figures.reutersOutside1987} outside 1987)`,
  )
  const abstained = Object.entries(figures.abstentions).sort((a, b) => b[1] - a[1])
  if (abstained.length > 0) {
    console.log(`  left undated: ${abstained.map(([why, count]) => `${count} ${why}`).join('; ')}`)
  }
  const shown = Number(values.errors)
  for (const miss of figures.misses.slice(0, shown)) {
    console.log(
      `  miss ${miss.id}: ${miss.value} (${miss.source}${miss.from ? ` from ${miss.from.join(', ')}` : ''}), truth ${miss.truth}: ${miss.reason.slice(0, 200)}`,
    )
  }
}
