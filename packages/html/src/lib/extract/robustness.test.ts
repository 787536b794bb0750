import { measureGrowth } from '@copydesk/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractArticle, HtmlInputError } from '../../index.js'

const sentence =
  'The state legislature approved the budget on Friday after a debate that lasted into the night, officials said.'

describe('extractArticle on arbitrary input', () => {
  it('never throws anything but its typed errors, and every block indexes the text', () => {
    const tags = fc.constantFrom(
      'div',
      'p',
      'a',
      'span',
      'article',
      'li',
      'ul',
      'h1',
      'h2',
      'script',
      'table',
      'td',
      'br',
      'figcaption',
      'nav',
    )
    const piece = fc.oneof(
      fc.string(),
      fc.constant(sentence),
      tags.map((tag) => `<${tag} class="story-body">`),
      tags.map((tag) => `</${tag}>`),
      fc.constantFrom('&amp;', '&#x1F600;', '<!--', '-->', '<![CDATA[', '\u0000', '<', '>', '"'),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const html = pieces.join('')
        try {
          const article = extractArticle(html, { tree: false })
          for (const block of article.blocks) {
            expect(article.text.slice(block.start, block.end)).toBe(block.text)
            if (block.source) expect(block.source.end).toBeGreaterThanOrEqual(block.source.start)
          }
        } catch (error) {
          expect(error).toBeInstanceOf(HtmlInputError)
        }
      }),
      { numRuns: 300 },
    )
  }, 120_000)
})

describe('linear cost', () => {
  const paragraph = `<p>${sentence}</p>`
  it('grows linearly with the number of paragraphs', () => {
    const result = measureGrowth({
      make: (n) => `<html><body><article>${paragraph.repeat(n)}</article></body></html>`,
      run: (html) => extractArticle(html, { tree: false }),
      n: 50,
    })
    expect(result.linear, result.summary).toBe(true)
  }, 120_000)

  it('grows linearly with nested divs', () => {
    const result = measureGrowth({
      make: (n) => `${'<div class="wrap">'.repeat(n)}${paragraph}${'</div>'.repeat(n)}`,
      run: (html) => extractArticle(html, { tree: false }),
      n: 500,
    })
    expect(result.linear, result.summary).toBe(true)
  }, 120_000)

  it('grows linearly with thousands of links', () => {
    const result = measureGrowth({
      make: (n) =>
        `<body><ul>${'<li><a href="/x">Mayor opens new library downtown</a></li>'.repeat(n)}</ul><article>${paragraph.repeat(5)}</article></body>`,
      run: (html) => extractArticle(html, { tree: false }),
      n: 200,
    })
    expect(result.linear, result.summary).toBe(true)
  }, 120_000)

  it('reads a page of tens of megabytes', () => {
    const html = `<body><article>${paragraph.repeat(200_000)}</article></body>`
    const article = extractArticle(html, { tree: false })
    expect(article.body.length).toBe(200_000)
  }, 120_000)
})
