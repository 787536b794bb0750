import { resolveDocumentDate } from '@copydesk/dating'
import { measureGrowth } from '@copydesk/test-utils'
import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { documentDateOptions } from './document-date.js'
import { readMetadata } from './read-metadata.js'

const parse = (html: string) => unified().use(rehypeParse).parse(html)
const now = '2024-06-01'
const read = (html: string, url?: string) =>
  readMetadata(parse(html), url === undefined ? { now } : { url, now })

const newsPage = `<!doctype html><html lang="en-US"><head>
<title>Harbor board approves ferry expansion | The Coastal Ledger</title>
<meta property="og:title" content="Harbor board approves ferry expansion">
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="article:published_time" content="2016-11-07T08:30:00-05:00">
<meta property="article:modified_time" content="2016-11-08T10:05:00-05:00">
<link rel="canonical" href="/news/2016/11/07/harbor-ferry">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"The Coastal Ledger"},
 {"@type":"WebPage","datePublished":"2016-10-01T00:00:00Z"},
 {"@type":["NewsArticle"],"headline":"Harbor board approves ferry expansion after long debate",
  "datePublished":"2016-11-07T08:31:00-05:00","dateModified":"2016-11-08T10:05:00-05:00",
  "articleSection":"Local","author":[{"@type":"Person","name":"Maria Delgado"},{"@type":"Person","name":"Tom Okafor"}],
  "publisher":{"@type":"Organization","name":"The Coastal Ledger"}}]}</script>
</head><body><header><h1>Harbor board approves ferry expansion</h1>
<p>By Maria Delgado and Tom Okafor</p><time datetime="2016-11-07T08:31:00-05:00">Nov. 7, 2016</time></header>
<article><p>PORTLAND — The harbor board voted 5-2 on Monday to add two ferry routes.</p></article>
<aside><time datetime="2016-11-01">Nov. 1</time> Most read</aside></body></html>`

describe('readMetadata', () => {
  it('reads a news page’s JSON-LD @graph article, naming the source of every value', () => {
    const metadata = read(newsPage, 'https://ledger.example/news/2016/11/07/harbor-ferry?ref=rss')
    expect(metadata.headline).toEqual({
      value: 'Harbor board approves ferry expansion after long debate',
      source: 'json-ld',
      key: 'headline',
    })
    expect(metadata.published).toEqual({
      value: '2016-11-07T08:31:00-05:00',
      source: 'json-ld',
      key: 'datePublished',
    })
    expect(metadata.modified?.value).toBe('2016-11-08T10:05:00-05:00')
    expect(metadata.authors.map((author) => author.value)).toEqual(['Maria Delgado', 'Tom Okafor'])
    expect(metadata.authors[0]?.source).toBe('json-ld')
    expect(metadata.section).toEqual({ value: 'Local', source: 'json-ld', key: 'articleSection' })
    expect(metadata.language).toEqual({ value: 'en-US', source: 'meta', key: 'lang' })
    expect(metadata.canonicalUrl?.value).toBe('https://ledger.example/news/2016/11/07/harbor-ferry')
    expect(metadata.siteName).toEqual({
      value: 'The Coastal Ledger',
      source: 'json-ld',
      key: 'publisher',
    })
    expect(metadata.warnings).toBeUndefined()
  })

  it('falls back to meta tags in order of trust when there is no JSON-LD', () => {
    const metadata = read(`<html><head><title>Council vote</title>
      <meta name="date" content="2019-03-02">
      <meta name="parsely-pub-date" content="2019-03-01T18:00:00Z">
      <meta name="author" content="Ana Ruiz, Lee Park">
      <meta property="og:locale" content="es_ES">
      <meta name="article:section" content="Politics"></head><body><p>Text.</p></body></html>`)
    expect(metadata.published).toEqual({
      value: '2019-03-01T18:00:00Z',
      source: 'meta',
      key: 'parsely-pub-date',
    })
    expect(metadata.authors.map((author) => author.value)).toEqual(['Ana Ruiz', 'Lee Park'])
    expect(metadata.language).toEqual({ value: 'es-ES', source: 'meta', key: 'og:locale' })
    expect(metadata.headline).toEqual({ value: 'Council vote', source: 'meta', key: 'title' })
  })

  it('reads itemprop microdata and prefers the article’s <time> to a sidebar’s', () => {
    const micro = read(`<body><div itemscope itemtype="https://schema.org/NewsArticle">
      <meta itemprop="datePublished" content="2021-05-04"><span itemprop="author">Jo Chen</span></div></body>`)
    expect(micro.published).toEqual({ value: '2021-05-04', source: 'meta', key: 'datepublished' })
    expect(micro.authors[0]?.value).toBe('Jo Chen')
    const times =
      read(`<body><aside class="sidebar"><time datetime="2021-05-01">May 1</time></aside>
      <article><header><time class="updated" datetime="2021-05-06">Updated</time>
      <time datetime="2021-05-04T07:00:00+02:00">4. Mai 2021</time></header></article></body>`)
    expect(times.published).toEqual({
      value: '2021-05-04T07:00:00+02:00',
      source: 'time',
      key: 'datetime',
    })
    expect(times.modified?.value).toBe('2021-05-06')
  })

  it('takes a day from the URL, and refuses URL days in the future or before 1990', () => {
    expect(read('<p>Hello</p>', 'https://paper.example/2016/11/07/vote.html').published).toEqual({
      value: '2016-11-07',
      source: 'url',
      key: 'path',
    })
    expect(read('<p>x</p>', 'https://paper.example/world/20161107-vote').published?.value).toBe(
      '2016-11-07',
    )
    expect(read('<p>x</p>', 'https://paper.example/2031/01/05/later').published).toBeUndefined()
    expect(read('<p>x</p>', 'https://paper.example/1985/01/05/early').published).toBeUndefined()
  })

  it.each([
    ['en', '<p>Published 7 November 2016</p>', '2016-11-07'],
    [
      'en',
      '<p>Updated 10:05 AM EST, Mon November 7, 2016</p><p>Posted Nov. 6, 2016</p>',
      '2016-11-06',
    ],
    ['de', '<p>Veröffentlicht am 7. November 2016, 14:05 Uhr</p>', '2016-11-07'],
    ['fr', '<p>Publié le 7 novembre 2016 à 10h05</p>', '2016-11-07'],
    ['es', '<p>Publicado el 7 de noviembre de 2016</p>', '2016-11-07'],
    ['it', '<p>Pubblicato il 7 novembre 2016</p>', '2016-11-07'],
    ['pt', '<p>Publicado em 7 de março de 2016</p>', '2016-03-07'],
    ['nl', '<p>Gepubliceerd op 7 maart 2016</p>', '2016-03-07'],
    ['de dotted', '<p>Stand: 07.11.2016</p>', '2016-11-07'],
  ])('reads a %s dateline from the page text', (_language, body, day) => {
    const metadata = read(
      `<html><body>${body}<p>Die Stadt hat gestern entschieden.</p></body></html>`,
    )
    expect(metadata.published?.value).toBe(day)
    expect(metadata.published?.source).toBe('text')
  })

  it('passes over a masthead’s date above the headline for the dateline below it', () => {
    const metadata = read(`<body><div class="top-bar">Saturday, March 9, 2024</div>
      <h1>Storm closes coastal roads</h1><p>By Lena Hart</p><p>March 7, 2024</p>
      <p>Crews worked through the night.</p></body>`)
    expect(metadata.published).toEqual({ value: '2024-03-07', source: 'text', key: 'dateline' })
    const inArticle = read(
      `<body><p>March 9, 2024</p><article><p>March 6, 2024</p></article></body>`,
    )
    expect(inArticle.published?.value).toBe('2024-03-06')
  })

  it('reads a slashed dateline by the page language’s convention', () => {
    expect(
      read('<html lang="pt-BR"><body><p>Publicado em 07/11/2016</p></body></html>').published
        ?.value,
    ).toBe('2016-11-07')
    expect(
      read('<html lang="en-US"><body><p>Posted 07/11/2016</p></body></html>').published?.value,
    ).toBe('2016-07-11')
  })

  it('reads the updated dateline as the modified date, not the published one', () => {
    const metadata = read(
      '<p>Aktualisiert am 8. November 2016</p><p>Veröffentlicht am 7. November 2016</p>',
    )
    expect(metadata.published?.value).toBe('2016-11-07')
    expect(metadata.modified).toEqual({ value: '2016-11-08', source: 'text', key: 'updated' })
  })

  it('prefers the day the page shows to the UTC day of an instant a day away', () => {
    const metadata =
      read(`<head><meta property="article:published_time" content="2016-11-08T03:10:00Z"></head>
      <body><header><p>November 7, 2016 at 10:10 p.m. EST</p></header></body>`)
    expect(metadata.published).toEqual({ value: '2016-11-07', source: 'text', key: 'local-day' })
  })

  it('warns about malformed JSON-LD, impossible days and wrong types, and reads on', () => {
    const metadata = read(`<head>
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken</script>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":20161107,"dateModified":"2016-02-30"}</script>
      <meta name="dc.date" content="2016-02-30"><meta name="pubdate" content="2016-11-07"></head><body></body>`)
    expect(metadata.published).toEqual({ value: '2016-11-07', source: 'meta', key: 'pubdate' })
    const rules = metadata.warnings?.map((warning) => warning.ruleId) ?? []
    expect(rules).toContain('html-bad-json-ld')
    expect(rules).toContain('html-bad-date')
    expect(metadata.warnings?.map((warning) => warning.reason).join('\n')).toMatch(
      /2016-02 has no day 30/,
    )
  })

  it('refuses what is not a hast tree, and unknown options, with a typed error', () => {
    expect(() => readMetadata('<html>' as never)).toThrow(/expected a hast Root/)
    expect(() => readMetadata(parse('<p>x</p>'), { uri: 'x' } as never)).toThrow(TypeError)
  })
})

describe('readMetadata on arbitrary markup', () => {
  const pieces = fc.constantFrom(
    '<script type="application/ld+json">',
    '</script>',
    '{"@type":"NewsArticle","datePublished":',
    '"2016-02-30"',
    '[null, 7, {"author": {"name": []}}]',
    '<meta property="article:published_time" content="',
    '">',
    '<time datetime="',
    '<article>',
    '<h1>',
    '7. Nov 2016',
    '31/04/2016',
    '{"@graph": [[[',
  )
  it('never throws, whatever the page holds', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const metadata = readMetadata(parse(parts.join('')), { now })
        expect(Array.isArray(metadata.authors)).toBe(true)
        if (metadata.published) expect(metadata.published.value).toMatch(/^\d{4}-\d{2}-\d{2}/)
      }),
      { numRuns: 300 },
    )
  })
})

describe('documentDateOptions', () => {
  it('dates the page’s text as found, naming where the page states its date', () => {
    const metadata = read(newsPage)
    const resolution = resolveDocumentDate(
      'PORTLAND — The harbor board voted 5-2 on Monday.',
      documentDateOptions(metadata),
    )
    expect(resolution.documentDate?.value).toBe('2016-11-07T08:31:00-05:00')
    expect(resolution.documentDate?.source).toBe('found')
    expect(resolution.reason).toContain('JSON-LD datePublished')
    expect(documentDateOptions({ authors: [] })).toEqual({})
  })
})

describe('readMetadata on large pages', () => {
  const growth = (make: (n: number) => string) =>
    measureGrowth({
      make: (n) => parse(make(n)),
      run: (tree) => readMetadata(tree, { now }),
      n: 200,
    })
  it('stays linear in thousands of meta tags', () => {
    const result = growth(
      (n) =>
        `<head>${'<meta name="keywords" content="harbor, ferry"><meta property="og:image" content="/a.jpg">'.repeat(n)}</head>`,
    )
    expect(result.linear, result.summary).toBe(true)
  }, 120_000)
  it('stays linear in thousands of JSON-LD blocks, some malformed', () => {
    const result = growth((n) =>
      '<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"name":"News"}]}</script><script type="application/ld+json">{bad</script>'.repeat(
        n,
      ),
    )
    expect(result.linear, result.summary).toBe(true)
  }, 120_000)
  it('stays linear in thousands of time elements and dated lines', () => {
    const result = growth((n) =>
      '<aside><time datetime="2016-11-01">Nov. 1</time></aside><p>On 7 November 2016 the board met.</p>'.repeat(
        n,
      ),
    )
    expect(result.linear, result.summary).toBe(true)
  }, 120_000)
})
