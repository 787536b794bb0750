import { describe, expect, expectTypeOf, it } from 'vitest'
import type {
  Article,
  Block,
  Paragraph,
  ParseArticleOptions,
  RetextArticleOptions,
  Span,
  Warning,
} from '../src/index.js'
import * as api from '../src/index.js'

describe('public API', () => {
  it('exports parseArticle, splitParagraphs, the shared model helpers and the plugin as default', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'checkOptions',
        'default',
        'describeValue',
        'parseArticle',
        'splitParagraphs',
        'toPoint',
      ].sort(),
    )
    expect(typeof api.parseArticle).toBe('function')
    expect(typeof api.default).toBe('function')
  })

  it('exports the types of its results and options', () => {
    expectTypeOf<Article['paragraphs']>().toEqualTypeOf<Paragraph[]>()
    expectTypeOf<Block['paragraph']>().toEqualTypeOf<number>()
    expectTypeOf<Paragraph['lines']>().toEqualTypeOf<Span[]>()
    expectTypeOf<Warning>().toEqualTypeOf<{
      reason: string
      ruleId: string
      start?: number
      end?: number
    }>()
    expectTypeOf<RetextArticleOptions>().toEqualTypeOf<Omit<ParseArticleOptions, 'onWarning'>>()
  })
})
