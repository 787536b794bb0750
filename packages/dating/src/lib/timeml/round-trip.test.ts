import { pathToFileURL } from 'node:url'
import { sharedPath } from '@copydesk/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Timex, TimexType } from '../types.js'
import { parseTimeML } from './read.js'
import { toTimeML } from './write.js'

const spanOf = (text: string, phrase: string) => ({
  start: text.indexOf(phrase),
  end: text.indexOf(phrase) + phrase.length,
  text: phrase,
})

const types: TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET']

/** A text and a set of non-overlapping, non-empty spans in it, each a timex. */
const textWithTimexes = fc
  .tuple(
    fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', '\n', '&', '<', '>', '"', "'", 'é', '5', ';', '#'),
      maxLength: 80,
    }),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...types),
        fc.constantFrom('2016-11-06', 'P2Y', 'PAST_REF', 'XXXX-WXX-7'),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([text, raw]) => {
    const timexes: Timex[] = []
    const cuts = raw
      .map(([a, b, type, value]) => {
        const start = text.length ? a % text.length : 0
        const end = Math.min(text.length, start + 1 + (b % 10))
        return { start, end, type, value }
      })
      .filter((span) => span.end > span.start)
      .sort((x, y) => x.start - y.start)
    let last = 0
    for (const cut of cuts) {
      if (cut.start < last) continue
      timexes.push({ ...cut, text: text.slice(cut.start, cut.end) })
      last = cut.end
    }
    return { text, timexes }
  })

describe('toTimeML → parseTimeML', () => {
  it('round-trips news sentences with their timexes', () => {
    const text = 'Q&A: rates rose 0.5% <again> on Tuesday, and "twice" in the past year.'
    const timexes: Timex[] = [
      { ...spanOf(text, 'Tuesday'), type: 'DATE', value: '2016-11-01' },
      { ...spanOf(text, 'the past year'), type: 'DURATION', value: 'P1Y', mod: 'APPROX' },
    ]
    const parsed = parseTimeML(toTimeML(text, timexes, { dct: '2016-11-03', docId: 'rates&co' }))
    expect(parsed.text).toBe(text)
    expect(parsed.docId).toBe('rates&co')
    expect(parsed.dct).toBe('2016-11-03')
    expect(
      parsed.timexes.map(({ start, end, text, type, value, mod }) => ({
        start,
        end,
        text,
        type,
        value,
        mod,
      })),
    ).toEqual(timexes.map((timex) => ({ mod: undefined, ...timex })))
  })

  it('keeps any text and any non-overlapping timexes (property)', () => {
    fc.assert(
      fc.property(textWithTimexes, ({ text, timexes }) => {
        const parsed = parseTimeML(toTimeML(text, timexes, { dct: '2016-11-07' }))
        expect(parsed.text).toBe(text)
        expect(
          parsed.timexes.map(({ start, end, text, type, value }) => ({
            start,
            end,
            text,
            type,
            value,
          })),
        ).toEqual(timexes)
      }),
    )
  })
})

const scorerPath = sharedPath(undefined, 'tools', 'timeml-score.mjs')

describe.skipIf(!scorerPath)('the TempEval-3 scorer (../shared)', () => {
  it('reads the same text and extents from what toTimeML writes', async () => {
    const scorer = (await import(pathToFileURL(scorerPath!).href)) as {
      readTimeml: (raw: string) => {
        plain: string
        timexes: { start: number; end: number; value: string }[]
      }
    }
    const text = '\nOfficials said Sunday the deal, agreed last month, runs for five years.\n'
    const timexes: Timex[] = [
      { ...spanOf(text, 'Sunday'), type: 'DATE', value: '2016-11-06' },
      { ...spanOf(text, 'last month'), type: 'DATE', value: '2016-10' },
      { ...spanOf(text, 'five years'), type: 'DURATION', value: 'P5Y' },
    ]
    const read = scorer.readTimeml(toTimeML(text, timexes, { dct: '2016-11-07' }))
    expect(read.plain).toBe(text)
    expect(read.timexes.map(({ start, end, value }) => ({ start, end, value }))).toEqual(
      timexes.map(({ start, end, value }) => ({ start, end, value })),
    )
  })
})
