import { parseArticle } from '@copydesk/parse'
import { readSeed } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { findDocumentDate, resolveDocumentDate } from './resolve.js'

// The demo corpus: one 2016 CNN story scraped twice (000, 001), a rewrite by another outlet
// (002) and CNN's earlier story (003).
const seed = readSeed
const scrapeWithDateLine = seed('000_17c6f39676c1d2ff')
const scrapeWithoutDate = seed('001_f9bfdd8abda33a96')
const rewrite = seed('002_def7ae6103f5492f')
const earlierStory = seed('003_3de0030188d21523')

describe('the seed articles', () => {
  it('finds the metadata date line of 000', () => {
    expect(findDocumentDate(scrapeWithDateLine)).toMatchObject({
      value: '2016-11-07',
      source: 'found',
      reason: 'Taken from the metadata date line "date 2016-11-07".',
    })
  })

  it('finds the updated timestamp of 003, with its time zone', () => {
    expect(findDocumentDate(parseArticle(earlierStory))).toMatchObject({
      value: '2016-11-06T07:53:00-05:00',
      source: 'found',
    })
  })

  it('gives no date for 001, which has none, until told it duplicates 000', () => {
    const alone = resolveDocumentDate(scrapeWithoutDate)
    expect(alone.documentDate).toBeUndefined()
    const dated = findDocumentDate(scrapeWithoutDate, {
      siblings: [{ id: '000', dct: findDocumentDate(scrapeWithDateLine)!, relation: 'duplicate' }],
    })
    expect(dated).toMatchObject({ value: '2016-11-07', source: 'inferred' })
    expect(dated?.reason).toMatch(/weekday "Sunday" then falls on 2016-11-06, in the week before/)
  })

  it('does not pick a year for 002 from "since 1970", but does with a hint or a sibling', () => {
    const alone = resolveDocumentDate(rewrite)
    expect(alone.documentDate).toBeUndefined()
    expect(alone.reason).toMatch(/"Sunday, November 6".*bare years \("since 1970"\), too weak/)
    expect(findDocumentDate(rewrite, { near: 2016 })?.value).toBe('2016-11-06')
    const bySibling = findDocumentDate(rewrite, {
      siblings: [{ id: '000', dct: '2016-11-07', relation: 'story' }],
    })
    expect(bySibling?.value).toBe('2016-11-07')
    expect(bySibling?.reason).toMatch(
      /"Sunday, November 6" in the text fits 2016-11-06, within a week of sibling 000's date/,
    )
  })
})
