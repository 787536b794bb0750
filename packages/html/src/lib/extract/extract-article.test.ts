import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { extractArticle, HtmlInputError, rehypeArticle } from '../../index.js'

const paragraphs = [
  'The city council voted 7-2 on Tuesday to expand the downtown bus network, adding three routes that will run every ten minutes during the morning and evening rush.',
  'Supporters said the plan, which costs $14 million over five years, would cut commutes for thousands of residents who now rely on a single crosstown line.',
  '“This is the most important transit decision we have made in a decade,” said council member Ana Ruiz, who sponsored the measure.',
  'Opponents argued that the money would be better spent on repairing roads, and two members said the city had not studied the effect on parking.',
  'The first of the new routes is expected to open in March, according to the transit authority, with the other two following by the end of the year.',
]

const page = `<!doctype html>
<html lang="en"><head><title>Council expands bus network | The Riverside Courier</title>
<meta property="og:site_name" content="The Riverside Courier">
<meta property="article:published_time" content="2019-03-12T18:04:00-05:00">
<script>window.dataLayer = [{"page": "article"}];</script></head>
<body>
<header class="site-header"><nav class="main-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li>
</ul></nav></header>
<main>
<article class="story">
<h1>Council expands downtown bus network</h1>
<p class="byline">By Jordan Lee</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<figure><img src="bus.jpg" alt=""><figcaption>A city bus waits at the Main Street terminal on Monday.</figcaption></figure>
<div class="story-body">
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
</div>
<aside class="related-stories"><h2>Related</h2><ul>
<li><a href="/a">Bus fares to rise in July</a></li><li><a href="/b">New bike lanes open on Elm Street</a></li>
</ul></aside>
</article>
</main>
<footer class="site-footer"><p>© 2019 The Riverside Courier. All rights reserved.</p></footer>
</body></html>`

describe('extractArticle', () => {
  const article = extractArticle(page, { url: 'https://courier.example/2019/03/12/bus.html' })

  it('finds the headline and the body paragraphs in order', () => {
    expect(article.headline?.text).toBe('Council expands downtown bus network')
    expect(article.body.map((span) => span.text)).toEqual(paragraphs)
  })

  it('keeps the byline and the caption in their roles', () => {
    expect(article.byline?.authors).toEqual(['Jordan Lee'])
    expect(article.captions.map((span) => span.text)).toEqual([
      'A city bus waits at the Main Street terminal on Monday.',
    ])
  })

  it('gives the page furniture a role instead of dropping it', () => {
    const residue = article.blocks.filter(
      (block) => block.role === 'boilerplate' || block.role === 'related-link',
    )
    const texts = residue.map((block) => block.text)
    expect(texts).toContain('Home')
    expect(texts).toContain('Bus fares to rise in July')
    expect(texts).toContain('© 2019 The Riverside Courier. All rights reserved.')
    expect(article.relatedLinks.map((span) => span.text)).toContain(
      'New bike lanes open on Elm Street',
    )
    expect(article.body.some((span) => span.text.includes('Share on'))).toBe(false)
  })

  it('points every block at its text and its place in the HTML', () => {
    for (const block of article.blocks) {
      expect(article.text.slice(block.start, block.end)).toBe(block.text)
      expect(block.source).toBeDefined()
    }
    const first = article.blocks.find((block) => block.role === 'body')
    expect(first && page.slice(first.source?.start, first.source?.end)).toBe(
      `<p>${paragraphs[0]}</p>`,
    )
    const headline = article.blocks.find((block) => block.role === 'headline')
    expect(headline && page.slice(headline.source?.start, headline.source?.end)).toBe(
      '<h1>Council expands downtown bus network</h1>',
    )
  })

  it('reads the page metadata', () => {
    expect(article.metadata.published?.value).toBe('2019-03-12T18:04:00-05:00')
    expect(article.metadata.siteName?.value).toBe('The Riverside Courier')
  })

  it('keeps script text out of the article', () => {
    expect(article.text.includes('dataLayer')).toBe(false)
  })
})

describe('rehypeArticle', () => {
  it('puts the same article on file.data', async () => {
    const file = new VFile({ value: page })
    const processor = unified().use(rehypeParse).use(rehypeArticle, { tree: false })
    processor.runSync(processor.parse(file), file)
    expect(file.data.article?.headline?.text).toBe('Council expands downtown bus network')
    expect(file.data.htmlArticle?.body.map((span) => span.text)).toEqual(paragraphs)
  })
})

describe('bad input', () => {
  it('names a page that is not a string', () => {
    expect(() => extractArticle(42 as unknown as string)).toThrow(
      /Cannot `extractArticle` without a page: expected an HTML string/,
    )
  })

  it('names an unknown option', () => {
    expect(() => extractArticle('<p>x</p>', { trees: false } as never)).toThrow(/trees/)
  })

  it('refuses binary data with a typed error', () => {
    const gzip = `\u001f\u008b\u0008\u0000${'\u0000\u0003'.repeat(200)}`
    expect(() => extractArticle(gzip)).toThrow(HtmlInputError)
    expect(() => extractArticle(gzip)).toThrow(/binary data/)
  })

  it('gives an empty page an article without blocks and a warning', () => {
    const empty = extractArticle('')
    expect(empty.blocks).toEqual([])
    expect(empty.warnings?.map((warning) => warning.ruleId)).toContain('empty-input')
  })

  it('reads plain text as text, with a warning', () => {
    const text = extractArticle(paragraphs.join('\n\n'))
    expect(text.warnings?.map((warning) => warning.ruleId)).toContain('html-no-markup')
    expect(text.body.length).toBeGreaterThan(0)
  })

  it('reads 100,000 nested divs without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(100_000)}<p>${paragraphs[0]}</p>${'</div>'.repeat(100_000)}`
    const result = extractArticle(deep, { tree: false })
    expect(result.warnings?.map((warning) => warning.ruleId)).toContain('html-deep-nesting')
    expect(result.text).toContain(paragraphs[0])
  })
})
