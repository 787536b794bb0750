import { describe, expect, it } from 'vitest'
import { type ParseWarning, parseArticle } from '../src/index.js'

describe('bad input', () => {
  it('gives an article without blocks and an empty-input warning for empty text', () => {
    for (const text of ['', '   ', '\n\n\r\n', '\ufeff\u00a0 \t']) {
      const seen: ParseWarning[] = []
      const article = parseArticle(text, { onWarning: (warning) => seen.push(warning) })
      expect(article.blocks).toEqual([])
      expect(article.body).toEqual([])
      expect(article.tree).toEqual({ type: 'RootNode', children: [] })
      expect(article.warnings).toEqual([
        {
          reason: 'Empty article: the text holds no words to parse',
          ruleId: 'empty-input',
          start: 0,
          end: text.length,
        },
      ])
      expect(seen).toEqual(article.warnings)
    }
  })

  it('warns when every paragraph is residue', () => {
    const article = parseArticle('CNN Map\n\nDeveloping story - more to come')
    expect(article.warnings?.map((warning) => warning.ruleId)).toEqual(['no-body'])
  })

  it('throws a TypeError naming the culprit for a non-string', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(
      /^Cannot `parseArticle` without text: expected a string .*, got the number 42$/,
    )
    expect(() => parseArticle(null as unknown as string)).toThrow(/got null$/)
    expect(() => parseArticle(['a'] as unknown as string)).toThrow(TypeError)
    expect(() => parseArticle(undefined as unknown as string)).toThrow(/got undefined$/)
  })

  it('throws a TypeError for bad options', () => {
    expect(() => parseArticle('Text.', 'fast' as never)).toThrow(
      /^Cannot `parseArticle` with these options/,
    )
    expect(() => parseArticle('Text.', { onWarning: 1 as never })).toThrow(
      /`onWarning`: expected a function, got the number/,
    )
  })

  it('warns about an impossible metadata date', () => {
    const article = parseArticle('date 2016-13-45 The council met on Monday.')
    expect(article.metadataDate).toBeUndefined()
    expect(article.warnings?.map((warning) => warning.ruleId)).toEqual(['invalid-metadata-date'])
    expect(article.body[0]?.text).toBe('The council met on Monday.')
  })
})
