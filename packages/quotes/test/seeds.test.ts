import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractQuotes, mergeQuotes } from '../src/index.js'
import type { Quote } from '../src/lib/types.js'

// The demo corpus: one 2016 story as two scrapes of a CNN article (000, 001), a rewrite (002) and
// an earlier CNN story (003).
const seeds = new URL('../../../seeds/', import.meta.url)
const documents = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(new URL(name, seeds), 'utf8')
    return { id: name.slice(0, 3), text, quotes: extractQuotes(text) }
  })
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
})
