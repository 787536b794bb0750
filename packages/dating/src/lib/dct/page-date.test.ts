import { describe, expect, it } from 'vitest'
import { resolveDocumentDate } from './resolve.js'

const text =
  'Updated 10:05 AM EST, Tue November 8, 2016\n\nWASHINGTON (AP) — Voters lined up early on Tuesday.'

describe('resolveDocumentDate with pageDate', () => {
  it('dates a document by its page metadata as found evidence, naming the key', () => {
    const { documentDate } = resolveDocumentDate('Voters lined up early on Tuesday.', {
      pageDate: { value: '2016-11-08T09:12:00-05:00', key: 'JSON-LD datePublished' },
    })
    expect(documentDate?.value).toBe('2016-11-08T09:12:00-05:00')
    expect(documentDate?.source).toBe('found')
    expect(documentDate?.reason).toContain('JSON-LD datePublished')
    expect(documentDate?.candidates[0]?.evidence).toBe('page-metadata')
  })

  it('ranks the page metadata over the text and warns when the text names another day', () => {
    const resolution = resolveDocumentDate(text, {
      pageDate: { value: '2016-11-07', key: 'article:published_time' },
    })
    expect(resolution.documentDate?.value).toBe('2016-11-07')
    expect(resolution.warnings.map((warning) => warning.ruleId)).toContain('dct-conflict')
  })

  it('keeps the caller’s dct above the page metadata', () => {
    const { documentDate } = resolveDocumentDate(text, {
      dct: '2016-11-09',
      pageDate: { value: '2016-11-07', key: 'JSON-LD datePublished' },
    })
    expect(documentDate?.value).toBe('2016-11-09')
    expect(documentDate?.source).toBe('given')
  })

  it('refuses a pageDate that is not a real day, saying which option', () => {
    expect(() =>
      resolveDocumentDate(text, { pageDate: { value: '2016-02-30', key: 'dc.date' } }),
    ).toThrow(/pageDate\.value.*2016-02 has no day 30/)
    expect(() =>
      resolveDocumentDate(text, {
        pageDate: '2016-11-07' as unknown as { value: string; key: string },
      }),
    ).toThrow(TypeError)
  })
})
