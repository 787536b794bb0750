import { readSeed } from '@copydesk/test-utils'
import { toString as nlcstToString } from 'nlcst-to-string'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../parse-article.js'

describe('body tree', () => {
  it('holds one paragraph per body span, with sentences', () => {
    const article = parseArticle(readSeed('003'))
    expect(article.tree.children).toHaveLength(article.body.length)
    const first = article.tree.children[0]
    expect(first?.type).toBe('ParagraphNode')
    expect(nlcstToString(first as never)).toBe(article.body[0]?.text)
  })

  it('has positions (offset, line, column) into the original text', () => {
    const text =
      '\ufeffHeadline here\r\nBy Jane Doe, CNN\r\n(CNN)The first sentence. The second one.\r\n\r\nAnother   paragraph here.'
    const article = parseArticle(text)
    const lines = text.split(/\r\n|\r|\n/)
    let words = 0
    visit(article.tree, (node) => {
      if (node.type !== 'WordNode' && node.type !== 'SentenceNode' && node.type !== 'ParagraphNode')
        return
      words++
      const { start, end } = node.position ?? {}
      if (!start || !end || start.offset === undefined || end.offset === undefined)
        throw new Error('no position')
      expect(text.slice(start.offset, end.offset)).toBe(nlcstToString(node as never))
      const line = lines[start.line - 1] ?? ''
      expect(
        line
          .slice(start.column - 1)
          .startsWith(nlcstToString(node as never).split(/\r?\n/)[0] ?? ''),
      ).toBe(true)
    })
    expect(words).toBeGreaterThan(10)
    expect(article.tree.children[0]?.position?.start).toEqual({ line: 3, column: 6, offset: 39 })
  })

  it('shifts positions of hard-wrapped paragraphs across lines', () => {
    const text =
      'The central bank raised its key interest rate by a quarter point on\nTuesday, citing stubborn inflation and a tight labour market, the\nbank said.'
    const article = parseArticle(text)
    let last: unknown
    visit(article.tree, 'WordNode', (node) => {
      last = node.position?.start
    })
    expect(last).toEqual({ line: 3, column: 6, offset: text.indexOf('said') })
  })

  it('can skip the tree', () => {
    expect(parseArticle(readSeed('003'), { tree: false }).tree.children).toEqual([])
  })
})

describe('tree size bound', () => {
  const report = [
    'LONDON (Reuters) - The port authority said on Monday it would close two of its four berths for dredging.',
    '',
    'Shipping lines were told to divert vessels to the northern terminal until the work ends in March.',
  ].join('\n')

  it('leaves the tree empty, with a warning, when the body is over `maxTreeLength`', () => {
    const article = parseArticle(report, { maxTreeLength: 50 })
    expect(article.tree.children).toHaveLength(0)
    expect(article.body.map((span) => span.text)).toEqual([
      'The port authority said on Monday it would close two of its four berths for dredging.',
      'Shipping lines were told to divert vessels to the northern terminal until the work ends in March.',
    ])
    expect(article.warnings?.map((warning) => warning.ruleId)).toEqual(['tree-too-large'])
    expect(article.warnings?.[0]?.reason).toMatch(/over `maxTreeLength` \(50\)/)
  })

  it('builds the tree up to the bound, and without one when it is lifted', () => {
    expect(parseArticle(report).tree.children).toHaveLength(2)
    expect(
      parseArticle(report, { maxTreeLength: Number.POSITIVE_INFINITY }).tree.children,
    ).toHaveLength(2)
    expect(parseArticle(report, { tree: false, maxTreeLength: 50 }).warnings).toEqual([])
  })

  it('rejects a bound that is not a number of characters', () => {
    expect(() => parseArticle(report, { maxTreeLength: '4MB' as unknown as number })).toThrow(
      /Option `maxTreeLength` for `parseArticle` must be a number of characters .*, not the string/,
    )
    expect(() => parseArticle(report, { maxTreeLength: -1 })).toThrow(TypeError)
  })
})
