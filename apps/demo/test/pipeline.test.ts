import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../src/lib/report/types.js'
import { documentOf, runAndRead, seeds, short } from './helpers.js'

let report: Report
let html: string

beforeAll(async () => {
  const run = await runAndRead({ input: seeds })
  report = run.report
  html = await readFile(run.result.html!, 'utf8')
})

describe('the seed articles end to end', () => {
  it('reads every seed, ids from file names, with no errors', () => {
    expect(report.schema).toBe('copydesk-demo-report/1')
    expect(report.documents.map((document) => short(document.id))).toEqual([
      '000',
      '001',
      '002',
      '003',
    ])
    expect(report.documents[0]!.id).toBe('000_17c6f39676c1d2ff')
    expect(report.errors).toEqual([])
    expect(report.stats).toMatchObject({ inputs: 4, documents: 4, errors: 0 })
  })

  it('keeps the article structure with offsets into the original text', async () => {
    for (const document of report.documents) {
      const text = await readFile(`${seeds}/${document.id}.txt`, 'utf8')
      expect(document.article.length).toBe(text.length)
      for (const block of document.article.blocks)
        expect(text.slice(block.start, block.end)).toBe(block.text)
      for (const timex of document.timexes) {
        expect(text.slice(timex.start, timex.end)).toBe(timex.text)
        expect(timex.context.start).toBeLessThanOrEqual(timex.start)
        expect(timex.context.end).toBeGreaterThanOrEqual(timex.end)
      }
      for (const quote of document.quotes) {
        for (const span of quote.content) expect(text.slice(span.start, span.end)).toBe(span.text)
      }
    }
    const article = documentOf(report, '003').article
    expect(article.headline?.text).toBe(
      "Syria: US-backed forces announce bid to seize ISIS 'capital' Raqqa",
    )
    expect(article.byline?.authors).toEqual(['Angela Dewan'])
    expect(article.timestamps[0]).toMatchObject({
      kind: 'updated',
      value: '2016-11-06T07:53:00-05:00',
    })
    expect(documentOf(report, '002').article.dateline?.place).toBe('UNITED STATES')
    expect(
      documentOf(report, '000').article.blocks.filter((block) => block.role === 'caption').length,
    ).toBeGreaterThanOrEqual(6)
  })

  it('finds the document dates in the text: 000 from the metadata line, 003 from the timestamp', () => {
    expect(documentOf(report, '000').dct).toMatchObject({
      value: '2016-11-07',
      source: 'found',
      reason: expect.stringMatching(/metadata date line/),
    })
    expect(documentOf(report, '003').dct).toMatchObject({
      value: '2016-11-06T07:53:00-05:00',
      source: 'found',
      reason: expect.stringMatching(/timestamp/),
    })
  })

  it('infers 001 and 002 from their duplicate and story siblings, with the reason', () => {
    const dup = documentOf(report, '001').dct
    expect(dup).toMatchObject({
      value: '2016-11-07',
      source: 'inferred',
      reason: expect.stringMatching(/duplicate of 000/),
    })
    expect(dup.from).toEqual(['000_17c6f39676c1d2ff'])
    const rewrite = documentOf(report, '002').dct
    expect(rewrite.source).toBe('inferred')
    expect(rewrite.value?.slice(0, 10)).toMatch(/^2016-11-0[67]$/)
    expect(rewrite.reason).toMatch(/story/)
  })

  it('resolves "Sunday" to 2016-11-06 in the undated articles once their date is inferred', () => {
    for (const prefix of ['001', '002']) {
      const sundays = documentOf(report, prefix).timexes.filter((timex) =>
        /^Sunday$/.test(timex.text),
      )
      expect(sundays.length).toBeGreaterThan(0)
      for (const sunday of sundays) expect(sunday.value).toBe('2016-11-06')
    }
    const timexes = documentOf(report, '003').timexes
    expect(timexes.find((timex) => timex.text === 'Saturday night')?.value).toBe('2016-11-05TNI')
    expect(timexes.find((timex) => timex.text === 'last month')?.value).toBe('2016-10')
  })

  it('finds 000 and 001 to be duplicates, and no other pair', () => {
    expect(report.duplicates.pairs.map((pair) => [short(pair.a), short(pair.b)])).toEqual([
      ['000', '001'],
    ])
    expect(report.duplicates.pairs[0]!.similarity).toBeGreaterThan(0.5)
    expect(report.duplicates.clusters.map((cluster) => cluster.members.map(short))).toEqual([
      ['000', '001'],
    ])
  })

  it('finds the passages 002 took from 000 and 001', () => {
    for (const source of ['000', '001']) {
      const pair = report.reuse.find(
        (entry) => short(entry.a) === source && short(entry.b) === '002',
      )
      expect(pair, `reuse ${source} ~ 002`).toBeDefined()
      const lifted = pair!.passages.find((passage) =>
        passage.b.text.includes('without incorporating the Turks'),
      )
      expect(lifted?.a.text).toMatch(
        /without incorporating the Turks and their perspective into our plans/,
      )
      expect(
        pair!.passages.some((passage) =>
          passage.b.text.startsWith('Raqqa is home to nearly 200,000 people'),
        ),
      ).toBe(true)
    }
  })

  it('puts all four articles in one story', () => {
    expect(report.stories.map((story) => story.members.map(short))).toEqual([
      ['000', '001', '002', '003'],
    ])
    expect(report.stories[0]).toMatchObject({
      first: '2016-11-06T07:53:00-05:00',
      last: '2016-11-07',
    })
  })

  it('attributes the quotes to their speakers', () => {
    const quotes = documentOf(report, '003').quotes
    const selo = quotes.find((quote) => quote.text.includes('We are starting an operation'))
    expect(selo).toMatchObject({ kind: 'direct', cue: { lemma: 'tell' } })
    expect(selo?.speaker?.name).toMatch(/Talal Ali Selo/)
    const dunford = documentOf(report, '001').quotes.filter(
      (quote) => quote.speaker?.name === 'Joseph Dunford',
    )
    expect(dunford.length).toBeGreaterThanOrEqual(3)
    expect(quotes.some((quote) => quote.text === 'Euphrates Rage')).toBe(false)
  })

  it('names Dunford in full in 000, which calls him only "Dunford", from its story', () => {
    const quotes = documentOf(report, '000').quotes
    const his = quotes.filter((quote) => quote.speaker?.name?.endsWith('Dunford'))
    expect(his.length).toBeGreaterThanOrEqual(7)
    for (const quote of his) expect(quote.speaker?.name).toBe('Joseph Dunford')
    const colon = his.find((quote) => quote.text.includes('We always knew the SDF'))
    expect(colon?.speaker?.mention?.text).toBe('Dunford')
    expect(colon?.speaker?.role).toBe('Chairman of the US Joint Chiefs of Staff')
    const group = quotes.find((quote) => quote.text.startsWith('Raqqa is home to nearly 200,000'))
    expect(group?.speaker?.name).toBe('Raqqa is Being Slaughtered Silently')
  })

  it('merges the Dunford quote across 000, 001 and 002, under his full name', () => {
    const merged = report.quotes.find((quote) =>
      quote.text.includes('without incorporating the Turks and their perspective into our plans'),
    )
    expect(merged?.speaker).toBe('Joseph Dunford')
    // Every occurrence names him as its document does in documents[] (000 writes only
    // "Dunford"; its story completes it), so the merged quote has one name, not two.
    expect(merged?.speakerNames).toContain('Joseph Dunford')
    expect(merged?.speakerNames).not.toContain('Dunford')
    expect(merged?.occurrences.slice(0, 2).map((occurrence) => occurrence.speaker)).toEqual([
      'Joseph Dunford',
      'Joseph Dunford',
    ])
    for (const occurrence of report.quotes.flatMap((quote) => quote.occurrences)) {
      const document = report.documents.find((candidate) => candidate.id === occurrence.document)
      const own = document?.quotes.find(
        (quote) => quote.start === occurrence.start && quote.end === occurrence.end,
      )
      expect(own?.speaker?.name).toBe(occurrence.speaker)
    }
    expect(merged?.occurrences.map((occurrence) => short(occurrence.document))).toEqual([
      '000',
      '001',
      '002',
    ])
    // Quotes found in more documents come first.
    expect(
      new Set(report.quotes[0]!.occurrences.map((occurrence) => occurrence.document)).size,
    ).toBe(3)
  })

  it('renders every section of the HTML page without any script', () => {
    for (const id of ['corpus', 'timeline', 'quotes', 'relations', 'articles', 'errors'])
      expect(html).toContain(`<section id="${id}">`)
    expect(html).not.toMatch(/<script|<link|src="http/i)
    expect(html).toContain('Sunday, November 6, 2016')
  })
})
