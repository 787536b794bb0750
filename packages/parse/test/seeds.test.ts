import { readFileSync } from 'node:fs'
import path from 'node:path'
import { readSeed, seeds } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { type Article, type BlockRole, parseArticle } from '../src/index.js'
import { fixtureDirectory, fixtureOf } from './fixture-of.js'

function roles(article: Article, role: BlockRole): string[] {
  return article.blocks.filter((block) => block.role === role).map((block) => block.text)
}

describe('seed fixtures (reviewed by eye; regenerate with `pnpm run fixtures`)', () => {
  for (const { id: name } of seeds()) {
    it(`${name} matches its fixture`, () => {
      const expected = JSON.parse(readFileSync(path.join(fixtureDirectory, `${name}.json`), 'utf8'))
      expect(fixtureOf(parseArticle(readSeed(name)))).toEqual(expected)
    })
  }
})

describe('seed 000: metadata date fused with the dateline, inline captions', () => {
  const article = parseArticle(readSeed('000'))

  it('reads the metadata date line and the fused (CNN) dateline', () => {
    expect(article.metadataDate).toMatchObject({ text: 'date 2016-11-07', value: '2016-11-07' })
    expect(article.dateline).toMatchObject({ text: '(CNN)', agency: 'CNN' })
    expect(article.dateline?.place).toBeUndefined()
    expect(article.body[0]?.text.startsWith('American and Turkish military leaders')).toBe(true)
  })

  it('classifies the eight inline photo captions', () => {
    const captions = roles(article, 'caption')
    expect(captions).toHaveLength(8)
    expect(captions[0]).toMatch(/^The streets of Raqqa/)
    expect(captions[2]).toMatch(/^A man carries two children/)
    expect(captions[7]).toMatch(/^In this photo from November 29, 2015/)
    // The captions are paragraphs 2–9, right after the lead paragraph.
    expect(article.blocks.slice(3, 11).every((block) => block.role === 'caption')).toBe(true)
  })

  it('finds the map placeholder and the subheading', () => {
    expect(roles(article, 'boilerplate')).toEqual(['CNN Map'])
    expect(roles(article, 'subheading')).toEqual(['Questions over makeup of forces'])
    expect(article.body).toHaveLength(14)
  })
})

describe('seed 001: leading caption, highlights, own-line dateline, related links', () => {
  const article = parseArticle(readSeed('001'))

  it('takes the first line for the lead photo caption', () => {
    expect(article.blocks[0]).toMatchObject({
      role: 'caption',
      text: 'The flag of ISIS flutters over a building in Raqqa, Syria.',
    })
  })

  it('reads the Story highlights box', () => {
    expect(roles(article, 'highlights-heading')).toEqual(['Story highlights'])
    expect(article.highlights.map((span) => span.text)).toEqual([
      'US-backed militia groups said Sunday they had launched an operation to seize the city',
      "Raqqa is ISIS' self-declared capital",
    ])
  })

  it('reads the "CNN  — " dateline on its own line (NBSPs around the dash)', () => {
    expect(article.dateline).toMatchObject({ text: 'CNN \u00a0—', agency: 'CNN' })
    expect(article.body[0]?.text).toMatch(/^American and Turkish/)
  })

  it('tells related links from the subheading and reads the contributor', () => {
    expect(roles(article, 'related-link')).toEqual([
      'What to know about the Raqqa offensive',
      'How the ‘Kurdish question’ complicates the anti-ISIS alliance',
    ])
    expect(roles(article, 'subheading')).toEqual(['Questions over makeup of forces'])
    expect(article.contributors).toMatchObject([{ names: ['Isil Sariyuce'] }])
  })

  it('keeps curly quotes in the body text and tree untouched', () => {
    const quoted = article.body.find((span) => span.text.startsWith('“The coalition'))
    expect(quoted).toBeDefined()
    expect(article.text.slice(quoted?.start, quoted?.end)).toBe(quoted?.text)
  })
})

describe('seed 002: em-dash dateline without spaces', () => {
  it('reads UNITED STATES— as the place, no agency', () => {
    const article = parseArticle(readSeed('002'))
    expect(article.dateline).toEqual({
      start: 0,
      end: 14,
      text: 'UNITED STATES—',
      place: 'UNITED STATES',
    })
    expect(article.body[0]?.text).toMatch(/^In a meeting between/)
    expect(article.body).toHaveLength(8)
  })
})

describe('seed 003: headline, byline, timestamp, (CNN) without space', () => {
  const article = parseArticle(readSeed('003'))

  it('reads headline, byline and the updated timestamp in Eastern Time', () => {
    expect(article.headline?.text).toBe(
      "Syria: US-backed forces announce bid to seize ISIS 'capital' Raqqa",
    )
    expect(article.byline).toMatchObject({ authors: ['Angela Dewan'], organisation: 'CNN' })
    expect(article.timestamps).toEqual([
      {
        start: 88,
        end: 128,
        text: 'Updated 7:53 AM ET, Sun November 6, 2016',
        kind: 'updated',
        value: '2016-11-06T07:53:00-05:00',
      },
    ])
  })

  it('splits "(CNN)US-backed" into dateline and body', () => {
    expect(article.dateline).toMatchObject({ text: '(CNN)', agency: 'CNN' })
    expect(article.body[0]?.text).toMatch(/^US-backed militia groups/)
  })

  it('classifies the related link, the subheading, the boilerplate and the contributor line', () => {
    expect(roles(article, 'related-link')).toEqual(['US general: Fight for Mosul will get tougher'])
    expect(roles(article, 'subheading')).toEqual(['Raqqa siege could be toughest yet'])
    expect(roles(article, 'boilerplate')).toEqual(['Developing story - more to come'])
    expect(article.contributors).toMatchObject([{ names: ['Schams Elwazer', 'Eyad Kourdi'] }])
  })
})
