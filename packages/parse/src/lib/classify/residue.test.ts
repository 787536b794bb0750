import { describe, expect, it } from 'vitest'
import { parseArticle } from '../parse-article.js'

describe('boilerplate and contributors', () => {
  it('reads developing-story notes and embed placeholders', () => {
    const article = parseArticle(
      'The fire spread overnight.\n\nInteractive map\n\nFirefighters were still at the scene.\n\nThis is a developing story and will be updated.',
    )
    expect(article.boilerplate.map((span) => span.text)).toEqual([
      'Interactive map',
      'This is a developing story and will be updated.',
    ])
  })

  it('reads the names of contributor and wire credit lines', () => {
    const article = parseArticle(
      'The fire spread overnight.\n\nThe Daily Star’s Omar Aziz contributed to this report.\n\nReporting by Jane Doe in Beirut; Editing by John Roe',
    )
    expect(article.contributors.map((line) => line.names)).toEqual([
      ['Omar Aziz'],
      ['Jane Doe', 'John Roe'],
    ])
  })
})
