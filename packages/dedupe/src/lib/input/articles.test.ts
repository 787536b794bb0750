import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArticle } from '@copydesk/parse'
import { readSeed } from '@copydesk/test-utils'
import { describe, expect, test } from 'vitest'
import { harbourRewrite, harbourStory, harbourStoryRescraped } from '../../../test/fixtures/news.js'
import { sharedPassages } from '../align/passages.js'
import { createSharedShingles } from '../candidates/shared-shingles.js'
import { duplicateClusters } from '../cluster/duplicate-clusters.js'
import { exactDuplicates } from '../cluster/exact-duplicates.js'
import { storyClusters } from '../cluster/story-clusters.js'
import { createIndex } from '../index/memory-index.js'
import { createMinHash } from '../minhash/minhash.js'
import { openIndex } from '../store/persistent-index.js'
import { dedupeStream, signatureStream } from '../stream/streams.js'
import { articleBody, comparedText } from './compared-text.js'

const parse = (text: string) => parseArticle(text, { tree: false })

/** A scrape of the harbour story with a site's furniture around it (headline, caption, footer). */
const scrape = (body: string, site: string) =>
  [
    `Dock strike halts ${site} port`,
    'Lorries queue near the port entrance on Tuesday morning. (Photo: Staff)',
    body,
    `Sign up for the ${site} morning newsletter. Follow us on social media.`,
    'Copyright 2024 Coastal News Group. All rights reserved.',
  ].join('\n\n')

const seed = (number: string) => parse(readSeed(number))

describe('Articles are compared by their body, offsets point into article.text', () => {
  test('index add and query: the seed rescrapes are near-duplicates as Articles (not as raw text)', () => {
    const strings = createIndex({ threshold: 0.8 })
    strings.add('000', readSeed('000'))
    expect(strings.query(readSeed('001'))).toEqual([])
    const articles = createIndex({ threshold: 0.8 })
    articles.add('000', seed('000'))
    const [match] = articles.query(seed('001'))
    expect(match!.id).toBe('000')
    expect(match!.similarity).toBeGreaterThan(0.8)
    // prepare takes an Article too, and signs its body.
    expect(articles.prepare(seed('001')).signature).toEqual(
      createMinHash().signature(articleBody(seed('001'))),
    )
  })

  test('the persistent index takes Articles', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'dedupe-articles-'))
    try {
      const index = await openIndex(directory, { threshold: 0.8 })
      await index.add('000', seed('000'))
      await index.addMany([{ id: '002', text: seed('002') }])
      expect((await index.query(seed('001'))).map((match) => match.id)).toEqual(['000'])
      await index.close()
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  test('two scrapes with different furniture: exact duplicates, one cluster, one story', () => {
    const documents = [
      { id: 'coastal', text: parse(scrape(harbourStory, 'Coastal')) },
      { id: 'harbour-times', text: parse(scrape(harbourStory, 'Harbour Times')) },
      { id: 'rewrite', text: parse(scrape(harbourRewrite, 'Coastal')) },
    ]
    expect(exactDuplicates(documents)).toEqual([['coastal', 'harbour-times']])
    expect(duplicateClusters(documents).map((cluster) => cluster.members)).toEqual([
      ['coastal', 'harbour-times'],
      ['rewrite'],
    ])
    // The furniture alone would not link the rewrite; its lifted sentences do.
    expect(storyClusters(documents).map((story) => story.members)).toEqual([
      ['coastal', 'harbour-times', 'rewrite'],
    ])
  })

  test('duplicateClusters and storyClusters on the seeds as Articles', () => {
    const documents = ['000', '001', '002', '003'].map((id) => ({ id, text: seed(id) }))
    expect(duplicateClusters(documents, { threshold: 0.8 }).map((c) => c.members)).toEqual([
      ['000', '001'],
      ['002'],
      ['003'],
    ])
    expect(storyClusters(documents).map((story) => story.members)).toEqual([
      ['000', '001', '002', '003'],
    ])
  })

  test('sharedPassages: offsets into each article.text, paragraph levels by article.paragraphs', () => {
    const a = seed('001')
    const b = seed('002')
    const passages = sharedPassages(a, b)
    expect(passages.length).toBeGreaterThan(0)
    for (const passage of passages) {
      expect(a.text.slice(passage.a.start, passage.a.end)).toBe(passage.a.text)
      expect(b.text.slice(passage.b.start, passage.b.end)).toBe(passage.b.text)
    }
    // The same alignment as on the bodies, shifted into the original texts.
    const onBodies = sharedPassages(articleBody(a), articleBody(b))
    expect(passages.map((passage) => passage.words)).toEqual(
      onBodies.map((passage) => passage.words),
    )
    expect(passages.some((passage) => passage.level === 'paragraph')).toBe(true)
    // A string and an Article mix: the string's offsets index the string.
    const rewrite = parse(scrape(harbourRewrite, 'Coastal'))
    const [first] = sharedPassages(harbourStory, rewrite)
    expect(harbourStory.slice(first!.a.start, first!.a.end)).toBe(first!.a.text)
    expect(rewrite.text.slice(first!.b.start, first!.b.end)).toBe(first!.b.text)
    expect(first!.b.start).toBeGreaterThan(rewrite.text.indexOf(harbourRewrite))
  })

  test('the stream helpers and shared shingles read Articles', async () => {
    const article = parse(harbourStoryRescraped)
    const [signed] = await collect(signatureStream([{ id: 'a', text: article }]))
    expect(signed!.signature).toEqual(createMinHash().signature(articleBody(article)))
    expect(createMinHash().signature(article)).toEqual(signed!.signature)
    const verdicts = await collect(
      dedupeStream([
        { id: 'coastal', text: parse(scrape(harbourStory, 'Coastal')) },
        { id: 'harbour-times', text: parse(scrape(harbourStory, 'Harbour Times')) },
      ]),
    )
    expect(verdicts.map((verdict) => verdict.status)).toEqual(['unique', 'duplicate'])
    const shared = createSharedShingles()
    shared.add('story', parse(scrape(harbourStory, 'Coastal')))
    shared.add('rewrite', parse(scrape(harbourRewrite, 'Harbour Times')))
    expect(shared.pairs().map(({ a, b }) => [a, b])).toEqual([['story', 'rewrite']])
  })
})

describe('comparedText', () => {
  test('a string is itself; its paragraphs are parse’s splitParagraphs', () => {
    const compared = comparedText('First paragraph.\n\nSecond one.', 'test')
    expect(compared.paragraphs().map((paragraph) => paragraph.text)).toEqual([
      'First paragraph.',
      'Second one.',
    ])
    expect(compared.toSource({ start: 0, end: 5, text: 'First' })).toEqual({
      start: 0,
      end: 5,
      text: 'First',
    })
  })

  test('an Article is its body; spans map back into article.text, furniture left out', () => {
    const article = parse(scrape(harbourStory, 'Coastal'))
    const compared = comparedText(article, 'test')
    expect(compared.text).toBe(articleBody(article))
    expect(compared.text).not.toContain('newsletter')
    expect(compared.paragraphs()).toHaveLength(article.body.length)
    for (const paragraph of compared.paragraphs()) {
      const mapped = compared.toSource(paragraph)
      expect(mapped.text).toBe(paragraph.text)
      expect(article.text.slice(mapped.start, mapped.end)).toBe(paragraph.text)
    }
  })

  test('anything else is a TypeError naming the function', () => {
    expect(() => comparedText({ body: [] }, 'sharedPassages')).toThrow(
      /Cannot `sharedPassages` without text: expected a string or an Article/,
    )
  })
})

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = []
  for await (const item of source) items.push(item)
  return items
}
