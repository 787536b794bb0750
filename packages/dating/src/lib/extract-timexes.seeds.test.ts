import { parseArticle } from '@copydesk/parse'
import { readSeed } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { extractTimexes } from './extract-timexes.js'

// The demo corpus (seeds): one 2016 CNN story scraped twice (000, 001), a rewrite by
// another outlet (002) and CNN's earlier story (003, updated Sunday 2016-11-06).
const seed = readSeed

const valuesOf = (text: string, dct: string) => {
  const timexes = extractTimexes(text, { dct })
  for (const timex of timexes) expect(text.slice(timex.start, timex.end)).toBe(timex.text)
  return timexes
}

describe('extractTimexes on the seed articles', () => {
  it('resolves every Sunday to 2016-11-06 and the captions to their own years', () => {
    for (const name of ['000_17c6f39676c1d2ff', '001_f9bfdd8abda33a96', '002_def7ae6103f5492f']) {
      const timexes = valuesOf(seed(name), '2016-11-07')
      const sundays = timexes.filter((timex) => timex.text === 'Sunday')
      expect(sundays.length).toBeGreaterThan(1)
      for (const sunday of sundays) expect(sunday.value).toBe('2016-11-06')
    }
    const captions = valuesOf(seed('000_17c6f39676c1d2ff'), '2016-11-07')
    expect(captions.find((timex) => timex.text === 'August 7, 2013')?.value).toBe('2013-08-07')
    expect(captions.find((timex) => timex.text === 'November 6, 2015')?.value).toBe('2015-11-06')
    expect(captions.find((timex) => timex.text === 'months')).toMatchObject({
      type: 'DURATION',
      value: 'PXM',
    })
  })

  it('reads the rewrite: the past two years, since 1970', () => {
    const timexes = valuesOf(seed('002_def7ae6103f5492f'), '2016-11-07')
    expect(timexes.find((timex) => timex.text === 'the past two years')).toMatchObject({
      type: 'DURATION',
      value: 'P2Y',
    })
    expect(timexes.find((timex) => timex.text === '1970')?.value).toBe('1970')
  })

  it('reads the earlier story against its own date, found from the article', () => {
    const article = parseArticle(seed('003_3de0030188d21523'))
    const timexes = extractTimexes(article)
    const byText = (text: string) => timexes.find((timex) => timex.text === text)
    expect(byText('Saturday night')).toMatchObject({ type: 'TIME', value: '2016-11-05TNI' })
    expect(byText('last month')?.value).toBe('2016-10')
    expect(byText('October 17')?.value).toBe('2016-10-17')
    expect(byText('Sunday')?.anchor).toEqual({ value: '2016-11-06', source: 'dct' })
    for (const timex of timexes.filter((one) => one.text === 'Sunday'))
      expect(timex.value).toBe('2016-11-06')
  })

  it('keeps placeholders for an article that states no date', () => {
    const article = parseArticle('Forces said Sunday they had begun the offensive last month.')
    expect(extractTimexes(article).map((timex) => timex.value)).toEqual(['XXXX-WXX-7', 'XXXX-XX'])
  })
})
