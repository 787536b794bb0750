import { readFileSync } from 'node:fs'
import path from 'node:path'
import { seeds } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { fixtureDirectory, fixtureOf } from './fixtures.js'

describe('seed fixtures (reviewed by eye; regenerate with `pnpm run fixtures`)', () => {
  for (const seed of seeds()) {
    it(`finds the reviewed quotes of seed ${seed.number}`, () => {
      const expected = JSON.parse(
        readFileSync(path.join(fixtureDirectory, `${seed.id}.json`), 'utf8'),
      )
      const actual = fixtureOf(seed.text)
      expect(actual).toEqual(expected)
      for (const quote of actual) {
        for (const span of quote.content)
          expect(seed.text.slice(span.start, span.end)).toBe(span.text)
      }
    })
  }
})
