import { digestQuote, extractQuotes } from '@copydesk/quotes'
import { describe, expect, it } from 'vitest'
import { rewrite, wire } from '../../../test/fixtures/railway.js'
import { merge } from './merge.js'

const quotes = [
  { document: 'wire', quotes: extractQuotes(wire).map(digestQuote) },
  { document: 'rewrite', quotes: extractQuotes(rewrite).map(digestQuote) },
]
const hundredYears = (text: string) => text.includes('closer than they have been')

describe('merge', () => {
  it('merges a quote across related documents and completes the speaker’s name from the story', () => {
    const { quotes: merged, names } = merge(quotes, {
      related: [{ a: 'wire', b: 'rewrite' }],
      stories: [['wire', 'rewrite']],
    })
    const entry = merged.find((quote) => hundredYears(quote.text))
    expect(entry?.speaker).toBe('Rita Gomes')
    // The rewrite's "Gomes" is completed before the merge: one name, the mention as written.
    expect(entry?.speakerNames).toEqual(['Rita Gomes'])
    expect(
      entry?.occurrences.map((occurrence) => [occurrence.speaker, occurrence.mention]),
    ).toEqual([
      ['Rita Gomes', expect.any(String)],
      ['Rita Gomes', 'Gomes'],
    ])
    expect(entry?.occurrences.map((occurrence) => occurrence.document)).toEqual(['wire', 'rewrite'])
    // The names completeSpeakerNames applied, as it returns them: only the rewrite's "Gomes".
    expect([...names]).toEqual([
      ['rewrite', [{ from: 'Gomes', name: 'Rita Gomes', role: 'Transport Minister' }]],
    ])
  })

  it('keeps the quotes of unrelated documents apart, and their names as written', () => {
    const { quotes: merged, names } = merge(quotes, { related: [], stories: [] })
    expect(merged.filter((quote) => hundredYears(quote.text))).toHaveLength(2)
    expect(names.size).toBe(0)
  })

  it('does not merge for a related pair that is in no story', () => {
    const { quotes: merged } = merge(quotes, {
      related: [{ a: 'wire', b: 'rewrite' }],
      stories: [],
    })
    expect(merged.filter((quote) => hundredYears(quote.text))).toHaveLength(2)
  })

  it('does not merge across two stories, even for a pair that shares passages', () => {
    const { quotes: merged } = merge(quotes, {
      related: [{ a: 'wire', b: 'rewrite' }],
      stories: [['wire'], ['rewrite']],
    })
    const entries = merged.filter((quote) => hundredYears(quote.text))
    expect(entries.map((entry) => entry.occurrences.map((o) => o.document))).toEqual([
      ['wire'],
      ['rewrite'],
    ])
  })
})
