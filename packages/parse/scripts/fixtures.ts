/**
 * Regenerate test/fixtures/<seed>.json from the seed articles. Review the
 * diff by eye before committing: the fixtures are the reviewed expectations.
 *
 *   pnpm --filter @copydesk/parse run fixtures
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readSeed, seeds } from '@copydesk/test-utils'
import { parseArticle } from '../src/index.js'
import { fixtureDirectory, fixtureOf } from '../test/fixture-of.js'

mkdirSync(fixtureDirectory, { recursive: true })
for (const { id: name } of seeds()) {
  const article = parseArticle(readSeed(name))
  const file = path.join(fixtureDirectory, `${name}.json`)
  writeFileSync(file, `${JSON.stringify(fixtureOf(article), null, 2)}\n`)
  console.log(`wrote ${path.relative(process.cwd(), file)} (${article.blocks.length} blocks)`)
}
