import { describe, expect, it } from 'vitest'
import { parseArticle } from '../parse-article.js'

describe('bylines', () => {
  it('reads several authors and the organisation', () => {
    const article = parseArticle(
      'Storm batters coast\n\nBy Jane Miller, Tom Okafor and Ruth Haddad, Reuters\n\nThe storm made landfall on Monday night.',
    )
    expect(article.byline).toMatchObject({
      authors: ['Jane Miller', 'Tom Okafor', 'Ruth Haddad'],
      organisation: 'Reuters',
    })
    expect(article.headline?.text).toBe('Storm batters coast')
  })

  it('keeps a second person as an author, not an organisation', () => {
    const article = parseArticle(
      'By Jane Miller, Tom Okafor\n\nThe storm made landfall on Monday night.',
    )
    expect(article.byline?.authors).toEqual(['Jane Miller', 'Tom Okafor'])
    expect(article.byline?.organisation).toBeUndefined()
  })

  it('reads a bar-separated outlet', () => {
    const article = parseArticle('By Ana Ruiz | The Kyiv Post\n\nThe talks resumed on Friday.')
    expect(article.byline).toMatchObject({ authors: ['Ana Ruiz'], organisation: 'The Kyiv Post' })
  })
})
