import { describe, expect, it } from 'vitest'
import type { Article } from '../types.js'
import { parseArticle } from './parse-article.js'

function roleList(article: Article): string[] {
  return article.blocks.map((block) => block.role)
}

function expectExactOffsets(article: Article): void {
  for (const block of article.blocks)
    expect(article.text.slice(block.start, block.end)).toBe(block.text)
  for (const span of article.body) expect(article.text.slice(span.start, span.end)).toBe(span.text)
}

describe('line ends and invisible characters', () => {
  const lf =
    'Flood waters recede\nBy Jane Miller, CNN\nUpdated 9:15 AM ET, Mon March 13, 2017\n(CNN)Flood waters receded on Monday.\nResidents returned home.'

  it('handles CRLF line ends with exact offsets', () => {
    const crlf = lf.replace(/\n/g, '\r\n')
    const article = parseArticle(crlf)
    expectExactOffsets(article)
    expect(roleList(article)).toEqual(roleList(parseArticle(lf)))
    expect(article.body.map((span) => span.text)).toEqual([
      'Flood waters receded on Monday.',
      'Residents returned home.',
    ])
  })

  it('handles a byte order mark: offsets index the text with the BOM', () => {
    const article = parseArticle(`\ufeff${lf}`)
    expect(article.headline).toEqual({ start: 1, end: 20, text: 'Flood waters recede' })
    expectExactOffsets(article)
  })

  it('treats no-break spaces as spaces in datelines and timestamps', () => {
    const article = parseArticle(
      'WASHINGTON\u00a0(AP)\u00a0—\u00a0The vote was close.\n\nUpdated\u00a07:00\u00a0PM\u00a0ET, March 13, 2017',
    )
    expect(article.dateline).toMatchObject({ place: 'WASHINGTON', agency: 'AP' })
    expect(article.body[0]?.text).toBe('The vote was close.')
    expect(article.timestamps[0]?.value).toBe('2017-03-13T19:00:00-04:00')
  })
})
