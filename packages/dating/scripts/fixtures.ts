/**
 * Regenerate test/fixtures/<seed>.json from the seed articles: the document date each seed gets
 * (from its text, or from its siblings for 001 and 002) and every timex against it. Review the
 * diff by eye before committing: the fixtures are the reviewed expectations.
 *
 *   pnpm --filter @copydesk/dating run fixtures
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { seeds } from '@copydesk/test-utils'
import { fixtureDirectory, fixtureOf } from '../test/fixtures.js'

mkdirSync(fixtureDirectory, { recursive: true })
for (const seed of seeds()) {
  const fixture = fixtureOf(seed)
  const file = path.join(fixtureDirectory, `${seed.id}.json`)
  writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`)
  console.log(
    `wrote ${path.relative(process.cwd(), file)} (${fixture.documentDate?.value ?? 'undated'}, ${fixture.timexes.length} timexes)`,
  )
}
