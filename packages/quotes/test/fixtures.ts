import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractQuotes, type Quote } from '../src/index.js'

/** Where the reviewed seed fixtures live: `test/fixtures/<seed id>.json`. */
export const fixtureDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

/** What a fixture keeps of each quote: enough to review by eye against the seed's text. */
export function fixtureOf(text: string) {
  return extractQuotes(text).map((quote: Quote) => ({
    kind: quote.kind,
    content: quote.content.map(({ start, end, text }) => ({ start, end, text })),
    ...(quote.cue ? { cue: { text: quote.cue.text, lemma: quote.cue.lemma } } : {}),
    ...(quote.mention ? { mention: quote.mention.text } : {}),
    ...(quote.speaker ? { speaker: { name: quote.speaker.name, kind: quote.speaker.kind } } : {}),
  }))
}
