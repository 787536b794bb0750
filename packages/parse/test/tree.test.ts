import type { Root } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import { type Plugin, unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextArticle, { parseArticle } from '../src/index.js'
import { readSeed } from './seeds.js'

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

describe('retextArticle plugin', () => {
  it('puts the article on file.data and returns the body tree', () => {
    const file = new VFile(readSeed('003'))
    const processor = unified().use(retextEnglish).use(retextArticle)
    const tree = processor.parse(file)
    expect(file.data.article?.byline?.authors).toEqual(['Angela Dewan'])
    expect(tree).toEqual(parseArticle(String(file.value)).tree)
  })

  it('reports warnings as vfile messages with place, source and ruleId', () => {
    const file = new VFile('Line one\n\n  ')
    unified().use(retextEnglish).use(retextArticle).parse(file)
    const file2 = new VFile('   \n ')
    unified().use(retextArticle).parse(file2)
    expect(file2.messages).toHaveLength(1)
    expect(file2.messages[0]).toMatchObject({
      ruleId: 'empty-input',
      source: '@copydesk/parse',
      place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 2, offset: 5 } },
    })
  })

  it('runs nlcst extensions registered by retext plugins', () => {
    const seen: string[] = []
    const marker: Plugin<[], string, Root> = function () {
      const list = this.data('nlcstSentenceExtensions') ?? []
      list.push(() => {
        seen.push('sentence')
      })
      this.data('nlcstSentenceExtensions', list)
    }
    unified().use(retextEnglish).use(marker).use(retextArticle).parse('The council met on Monday.')
    expect(seen.length).toBeGreaterThan(0)
  })

  it('hands the body tree and the article to later transformers', async () => {
    let bodyParagraphs = -1
    const file = await unified()
      .use(retextEnglish)
      .use(retextArticle)
      .use(() => (tree: Root, vfile) => {
        expect(tree.children).toHaveLength(vfile.data.article?.body.length ?? -2)
        bodyParagraphs = tree.children.length
      })
      .use(function () {
        this.compiler = () => ''
      })
      .process('WASHINGTON (AP) — The Senate voted.')
    expect(file.data.article?.dateline?.place).toBe('WASHINGTON')
    expect(bodyParagraphs).toBe(1)
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
