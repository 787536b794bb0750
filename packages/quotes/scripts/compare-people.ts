/**
 * Why speaker names are read by rules, not by compromise `.people()`: on every GGT dev quote whose
 * gold speaker mention is a name, does `.people()` on the cue sentence find that name, and what
 * does it cost? Also prints what it makes of the seed articles' titled names.
 *
 *   pnpm --filter @copydesk/quotes exec tsx scripts/compare-people.ts
 */
import { readFileSync } from 'node:fs'
import { sharedPath } from '@copydesk/test-utils'
import nlp from 'compromise'

const gold = sharedPath('compare-people', 'data', 'quotes', 'ggt-dev.jsonl')
if (!gold) process.exit(0)

for (const phrase of [
  'Chairman of the US Joint Chiefs of Staff Gen. Joseph Dunford said',
  'Brig. Gen. Talal Ali Selo, the spokesman for the SDF, told CNN',
  'French Defense Minister Jean-Yves Le Drian said Sunday',
]) {
  console.log(`${JSON.stringify(phrase)} → ${JSON.stringify(nlp(phrase).people().out('array'))}`)
}

let mentions = 0
let found = 0
let milliseconds = 0
for (const line of readFileSync(gold, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const document = JSON.parse(line) as {
    text: string
    quotes: { source: { start: number; end: number; text: string }[] }[]
  }
  for (const quote of document.quotes) {
    const source = quote.source[0]
    if (!source || !/^\p{Lu}/u.test(source.text)) continue
    if (/^(?:He|She|They|It|The|A|An|I|We)\b/.test(source.text)) continue
    const sentenceStart = document.text.lastIndexOf('.', source.start) + 1
    const sentenceEnd = document.text.indexOf('.', source.end)
    const sentence = document.text.slice(
      sentenceStart,
      sentenceEnd < 0 ? undefined : sentenceEnd + 1,
    )
    const started = performance.now()
    const people = nlp(sentence).people().out('array') as string[]
    milliseconds += performance.now() - started
    mentions++
    const surname = source.text.split(/\s+/).at(-1) as string
    if (people.some((person) => person.includes(surname))) found++
  }
}
console.log(
  `compromise .people() finds the named speaker in its cue sentence for ${found} of ${mentions} GGT dev mentions (${((100 * found) / mentions).toFixed(1)} %), ${(milliseconds / mentions).toFixed(1)} ms per sentence`,
)
