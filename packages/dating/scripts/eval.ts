// Scores copydesk and chrono-node side by side on TimeBank and AQUAINT (TempEval-3
// TBAQ-cleaned) with the reference TIMEX3 scorer: `pnpm --filter @copydesk/dating eval`.
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sharedDirectory } from '@copydesk/test-utils'
import { annotateFiles } from '../src/lib/cli/annotate-files.js'
import { resolveDocumentDate } from '../src/lib/dct/resolve.js'
import type { TimexExtractor } from '../src/lib/timeml/annotate.js'
import { chronoTimexes } from './chrono-timexes.js'

process.env.TZ = 'UTC'

interface Scores {
  gold: number
  system: number
  textMismatch: number
  strict: { p: number; r: number; f1: number }
  relaxed: { p: number; r: number; f1: number }
  valueF1: number
  typeF1: number
}

const shared = sharedDirectory('eval')
if (!shared) process.exit(0)
const scorer = path.join(shared, 'tools', 'timeml-score.mjs')
const goldRoot = path.join(shared, 'data', 'timeml')
const corpora = readdirSync(goldRoot).filter((name) =>
  statSync(path.join(goldRoot, name)).isDirectory(),
)
const work = mkdtempSync(path.join(tmpdir(), 'copydesk-dating-eval-'))

// One gold folder holding every corpus, for the combined figure.
const allGold = path.join(work, 'gold-all')
mkdirSync(allGold)
for (const corpus of corpora) {
  for (const name of readdirSync(path.join(goldRoot, corpus)).filter((file) =>
    file.endsWith('.tml'),
  )) {
    symlinkSync(path.join(goldRoot, corpus, name), path.join(allGold, name))
  }
}

const systems: { name: string; extract?: TimexExtractor }[] = [
  { name: 'copydesk' },
  { name: 'chrono-node', extract: chronoTimexes },
]

function score(gold: string, system: string): Scores {
  const json = path.join(system, '..', `${path.basename(system)}.json`)
  // The scorer's report goes to stdout (we read its JSON); its errors stay visible on stderr.
  execFileSync(process.execPath, [scorer, gold, system, '--json', json], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return JSON.parse(readFileSync(json, 'utf8')) as Scores
}

const results: Record<string, Record<string, Scores>> = {}
for (const system of systems) {
  const out = path.join(work, system.name)
  const annotated = annotateFiles(goldRoot, out, system.extract ? { extract: system.extract } : {})
  const failed = annotated.filter((file) => file.error)
  if (failed.length > 0) {
    console.error(
      `eval: ${system.name} failed on ${failed.length} file(s): ${failed[0]?.input}: ${failed[0]?.error}`,
    )
    process.exitCode = 1
  }
  const allSystem = path.join(work, `${system.name}-all`)
  mkdirSync(allSystem)
  for (const corpus of corpora) {
    for (const name of readdirSync(path.join(out, corpus))) {
      symlinkSync(path.join(out, corpus, name), path.join(allSystem, name))
    }
  }
  results[system.name] = {}
  for (const corpus of corpora) {
    results[system.name]![corpus] = score(path.join(goldRoot, corpus), path.join(out, corpus))
  }
  results[system.name]!['TimeBank+AQUAINT'] = score(allGold, allSystem)
}

const pct = (value: number) => (100 * value).toFixed(1).padStart(6)
const delta = (value: number) => `${value >= 0 ? '+' : ''}${(100 * value).toFixed(1)}`.padStart(6)
const figures = (scores: Scores) => [
  scores.strict.p,
  scores.strict.r,
  scores.strict.f1,
  scores.relaxed.p,
  scores.relaxed.r,
  scores.relaxed.f1,
  scores.valueF1,
  scores.typeF1,
]

console.log(
  `TIMEX3 extraction and normalisation, scored by ${path.relative(process.cwd(), scorer)}`,
)
console.log(
  `on ${path.relative(process.cwd(), goldRoot)} (${corpora.join(', ')}), gold DCTs given to both systems`,
)
console.log('')
const header = `${'corpus'.padEnd(18)}${'system'.padEnd(13)}${'  strict P     R    F1'}${'  relaxed P    R    F1'}${'  value F1'}${' type F1'}`
console.log(header)
console.log('-'.repeat(header.length))
for (const corpus of [...corpora, 'TimeBank+AQUAINT']) {
  const ours = results.copydesk![corpus]!
  const peer = results['chrono-node']![corpus]!
  const row = (label: string, values: string[]) =>
    console.log(
      `${corpus.padEnd(18)}${label.padEnd(13)}${values.slice(0, 3).join('')}  ${values.slice(3, 6).join('')}  ${values[6]}   ${values[7]}`,
    )
  row('copydesk', figures(ours).map(pct))
  row('chrono-node', figures(peer).map(pct))
  row(
    'Δ',
    figures(ours).map((value, index) => delta(value - figures(peer)[index]!)),
  )
  console.log(
    `${''.padEnd(18)}gold ${ours.gold}, copydesk ${ours.system}, chrono-node ${peer.system} timexes; text mismatches ${ours.textMismatch + peer.textMismatch}`,
  )
}

// The document date where the text states none: NAEB article bodies (no date lines), checked
// against each article's known publication date.
const naebPath = path.join(shared, 'data', 'articles', 'naeb', 'articles.json')
if (existsSync(naebPath)) {
  const articles = Object.values(
    JSON.parse(readFileSync(naebPath, 'utf8')) as Record<
      string,
      { date: string; articleBody: string }
    >,
  )
  const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000
  let dated = 0
  let rightYear = 0
  let withinWeek = 0
  for (const article of articles) {
    const date = resolveDocumentDate(article.articleBody).documentDate
    if (!date) continue
    dated++
    if (date.value.slice(0, 4) === article.date.slice(0, 4)) rightYear++
    if (Math.abs(dayOf(date.value) - dayOf(article.date)) <= 7) withinWeek++
  }
  console.log('')
  console.log(
    `document date from the text alone, NAEB bodies (${articles.length} articles with known dates): ${dated} inferred, ${rightYear} with the right year, ${withinWeek} within a week; ${articles.length - dated} left undated (no evidence)`,
  )
}
rmSync(work, { recursive: true, force: true })
