import fc from 'fast-check'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { type Article, parseArticle } from '../src/index.js'

/** Fragments of news layout, so that random texts hit the classifiers' paths. */
const fragments = [
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  '\u00a0',
  '\ufeff',
  '    ',
  '(CNN)',
  'WASHINGTON (AP) — ',
  'LONDON, Nov 6 (Reuters) - ',
  'UNITED STATES—',
  'CNN \u00a0—\u00a0',
  'date 2016-11-07 ',
  'By Jane Doe, CNN',
  'By A, B and C, Reuters',
  'Updated 7:53 AM ET, Sun November 6, 2016',
  'Story highlights',
  'CNN Map',
  'In this undated photo, provided to CNN by RBSS, ',
  'A man carries a child in Raqqa on August 7, 2013.',
  'What to know about the vote',
  'Questions over the budget',
  "CNN's Ann Lee contributed to this report.",
  'The council met on Monday and voted to close the bridge.',
  '“Quoted words,” she said.',
  'ALL CAPS LINE',
  '--',
  '—',
  '(',
  ')',
  ':',
  '.',
]

const newsText = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .map((parts) => parts.join(''))

const anyText = fc.oneof(
  newsText,
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
)

function checkInvariants(article: Article): void {
  const { text } = article
  let previousEnd = 0
  for (const block of article.blocks) {
    expect(text.slice(block.start, block.end)).toBe(block.text)
    expect(block.start).toBeGreaterThanOrEqual(previousEnd)
    expect(block.end).toBeGreaterThan(block.start)
    const paragraph = article.paragraphs[block.paragraph]!
    expect(block.start).toBeGreaterThanOrEqual(paragraph.start)
    expect(block.end).toBeLessThanOrEqual(paragraph.end)
    previousEnd = block.end
  }
  let paragraphEnd = 0
  for (const paragraph of article.paragraphs) {
    expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text)
    expect(paragraph.text).toBe(paragraph.text.trim())
    expect(paragraph.start).toBeGreaterThanOrEqual(paragraphEnd)
    expect(paragraph.lines[0]?.start).toBe(paragraph.start)
    expect(paragraph.lines.at(-1)?.end).toBe(paragraph.end)
    paragraphEnd = paragraph.end
  }
  for (const span of [
    ...article.body,
    ...article.captions,
    ...article.highlights,
    ...article.subheadings,
    ...article.relatedLinks,
    ...article.boilerplate,
    ...article.timestamps,
    ...article.contributors,
  ]) {
    expect(text.slice(span.start, span.end)).toBe(span.text)
  }
  for (const span of [article.headline, article.byline, article.dateline, article.metadataDate]) {
    if (span) expect(text.slice(span.start, span.end)).toBe(span.text)
  }
  expect(article.tree.children).toHaveLength(article.body.length)
  visit(article.tree, (node) => {
    if (node.type === 'RootNode') return
    const { start, end } = node.position ?? {}
    expect(start?.offset).toBeDefined()
    expect(end?.offset).toBeDefined()
    if ('value' in node && typeof node.value === 'string') {
      expect(text.slice(start?.offset, end?.offset)).toBe(node.value)
    }
  })
}

describe('properties', () => {
  it('never throws on a string; offsets exact; blocks ordered and non-overlapping', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(parseArticle(text))
      }),
      { numRuns: 400 },
    )
  })

  it('measures lines without their carriage returns, so CRLF text meets the same length limits', () => {
    // Two-line paragraphs exactly as long as each length limit the classifiers use: the CRLF form
    // is one character longer per line break and must still be read like the LF form.
    const roles = (value: string) =>
      parseArticle(value, { tree: false }).blocks.map((block) => block.role)
    const words = 'Council votes to close the river bridge'
    for (const limit of [40, 60, 100, 200, 250, 400, 600]) {
      for (const second of ['Story highlights', 'Read more', 'Photos: the flooded bridge']) {
        const room = limit - second.length - 1
        // The first line ends on a long word so that the paragraph has exactly `limit` characters.
        const first =
          room <= words.length
            ? 'Floods'.padEnd(room, 's')
            : `${words} ${'s'.repeat(room - words.length - 1)}`
        const paragraph = `${first}\n${second}`
        expect(paragraph).toHaveLength(limit)
        for (const text of [paragraph, `The council met on Monday.\n\n${paragraph}`]) {
          expect(roles(text.replace(/\n/g, '\r\n')), `${limit}: ${JSON.stringify(text)}`).toEqual(
            roles(text),
          )
        }
      }
    }
  })

  it('is stable under CRLF conversion (same roles in the same order)', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const lf = text.replace(/\r\n?/g, '\n')
        const roles = (value: string) =>
          parseArticle(value, { tree: false }).blocks.map((block) => block.role)
        expect(roles(lf.replace(/\n/g, '\r\n'))).toEqual(roles(lf))
      }),
      { numRuns: 200 },
    )
  })
})
