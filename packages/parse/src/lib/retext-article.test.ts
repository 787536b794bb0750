import { readSeed } from '@copydesk/test-utils'
import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import { type Plugin, unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseArticle } from './parse-article.js'
import retextArticle from './retext-article.js'

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
