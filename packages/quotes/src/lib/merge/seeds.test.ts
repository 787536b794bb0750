import { seeds } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../extract-quotes.js'
import type { Quote } from '../types.js'
import { completeSpeakerNames, digestQuote, mergeQuotes } from './index.js'

// The demo corpus: one 2016 story as two scrapes of a CNN article (000, 001), a rewrite (002) and
// an earlier CNN story (003).
const documents = seeds().map((seed) => ({
  id: seed.number,
  text: seed.text,
  quotes: extractQuotes(seed.text),
}))
// What a corpus run finds: 000 and 001 are near-duplicates, 002 shares passages with 001.
const related = [
  ['000', '001'],
  ['001', '002'],
]
const byId = (id: string) =>
  documents.find((document) => document.id === id) as (typeof documents)[number]

function quoteContaining(quotes: Quote[], words: string): Quote | undefined {
  return quotes.find((quote) => quote.text.replace(/[’]/g, "'").includes(words))
}

describe('seed articles end to end (extractQuotes → resolveSpeakers → mergeQuotes)', () => {
  it('gives every Dunford quote in 001 and 002 to Joseph Dunford, "he said" included', () => {
    for (const id of ['001', '002']) {
      const dunford = byId(id).quotes.filter((quote) =>
        /Dunford|^he$/i.test(quote.mention?.text ?? ''),
      )
      expect(dunford.length).toBeGreaterThan(0)
      for (const quote of dunford) expect(quote.speaker?.name).toBe('Joseph Dunford')
    }
    const heSaid = quoteContaining(byId('001').quotes, 'a predominantly Arab and Sunni Arab force')
    expect(heSaid?.mention?.text).toBe('he')
    expect(heSaid?.speaker).toMatchObject({
      name: 'Joseph Dunford',
      role: 'Chairman of the US Joint Chiefs of Staff',
    })
  })

  it('keeps the surname in 000, which never gives the full name, and merging supplies it', () => {
    const heSaid = quoteContaining(byId('000').quotes, 'a predominantly Arab and Sunni Arab force')
    expect(heSaid?.speaker?.name).toBe('Dunford')
    const merged = mergeQuotes(documents).find((entry) =>
      entry.occurrences.some((occurrence) => occurrence.quote === heSaid),
    )
    expect(merged?.occurrences.map((occurrence) => occurrence.document)).toEqual(['000', '001'])
    expect(merged?.speaker?.name).toBe('Joseph Dunford')
    expect(merged?.speakerNames).toEqual(['Joseph Dunford', 'Dunford'])
  })

  it('resolves Selo in 003 to Talal Ali Selo, spokesman for the SDF', () => {
    const selo = byId('003').quotes.filter((quote) => /Selo/.test(quote.mention?.text ?? ''))
    expect(selo).toHaveLength(2)
    for (const quote of selo) {
      expect(quote.speaker).toMatchObject({ name: 'Talal Ali Selo', role: 'spokesman for the SDF' })
    }
  })

  it('merges "without incorporating the Turks…" across 000, 001 and 002', () => {
    const merged = mergeQuotes(documents).find((entry) =>
      quoteContaining(
        entry.occurrences.map((occurrence) => occurrence.quote),
        'without incorporating the Turks and their perspective into our plans',
      ),
    )
    expect(merged?.occurrences.map((occurrence) => occurrence.document)).toEqual([
      '000',
      '001',
      '002',
    ])
    expect(merged?.speaker?.name).toBe('Joseph Dunford')
  })

  it('merges it within the related documents only, and 003 with none of them', () => {
    const merged = mergeQuotes(documents, { related })
    const turks = merged.find((entry) =>
      entry.text.includes('without incorporating the Turks and their perspective'),
    )
    expect(turks?.occurrences.map((occurrence) => occurrence.document)).toEqual([
      '000',
      '001',
      '002',
    ])
    for (const entry of merged) {
      const ids = new Set(entry.occurrences.map((occurrence) => occurrence.document))
      if (ids.has('003')) expect([...ids]).toEqual(['003'])
    }
    expect(merged.filter((entry) => entry.occurrences.length > 1).length).toBeGreaterThan(5)
  })

  it('merges digests as it merges quotes, as a corpus run keeps them', () => {
    const digests = documents.map(({ id, quotes }) => ({ id, quotes: quotes.map(digestQuote) }))
    const spread = (entries: ReturnType<typeof mergeQuotes>) =>
      entries.map((entry) => entry.occurrences.map((occurrence) => occurrence.document).join(' '))
    expect(spread(mergeQuotes(digests, { related, minWords: 8 }))).toEqual(
      spread(mergeQuotes(documents, { related, minWords: 8 })),
    )
  })

  it('completes "Dunford" in 000 to Joseph Dunford from the story, and says so', () => {
    const [seed000, , , seed003] = completeSpeakerNames(documents, { related })
    expect(seed000?.completions).toEqual([
      {
        from: 'Dunford',
        name: 'Joseph Dunford',
        role: 'Chairman of the US Joint Chiefs of Staff',
        title: 'Gen.',
      },
    ])
    expect(seed003?.completions).toEqual([])
  })
})
