/**
 * Regenerate test/fixtures/<seed>.json from the seed articles: each quote's kind, content spans,
 * cue, mention and speaker. Review the diff by eye before committing: the fixtures are the
 * reviewed expectations.
 *
 *   pnpm --filter @copydesk/quotes run fixtures
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { seeds } from '@copydesk/test-utils'
import { fixtureDirectory, fixtureOf } from '../test/fixtures.js'

mkdirSync(fixtureDirectory, { recursive: true })
for (const seed of seeds()) {
  const quotes = fixtureOf(seed.text)
  const file = path.join(fixtureDirectory, `${seed.id}.json`)
  writeFileSync(file, `${JSON.stringify(quotes, null, 2)}\n`)
  console.log(`wrote ${path.relative(process.cwd(), file)} (${quotes.length} quotes)`)
}
