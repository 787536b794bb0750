import { readFileSync } from 'node:fs'
import path from 'node:path'
import { seeds } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { fixtureDirectory, fixtureOf } from './fixtures.js'

describe('seed fixtures (reviewed by eye; regenerate with `pnpm run fixtures`)', () => {
  for (const seed of seeds()) {
    it(`dates seed ${seed.number} and finds its reviewed timexes`, () => {
      const expected = JSON.parse(
        readFileSync(path.join(fixtureDirectory, `${seed.id}.json`), 'utf8'),
      )
      const actual = fixtureOf(seed)
      expect(actual).toEqual(expected)
      for (const timex of actual.timexes)
        expect(seed.text.slice(timex.start, timex.end)).toBe(timex.text)
    })
  }
})
