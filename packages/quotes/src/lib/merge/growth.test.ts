import { measureGrowth } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { extractQuotes, mergeQuotes } from '../../index.js'
import type { QuoteDocument } from './merge-quotes.js'

/** One document per ticket, each quoting the company's templated line with its own number. */
function ticketDocuments(count: number): QuoteDocument[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `ticket-${index}`,
    quotes: extractQuotes(
      `"Ticket ${index + 1} costs more this year than last," the company said.`,
      { resolveSpeakers: false },
    ),
  }))
}

describe('mergeQuotes in linear time', () => {
  // Every quote of a merge group walked the whole posting of each shared 4-gram, though all of it
  // had merged already: 8,000 documents cost 5.4 s of CPU, 2,000 0.33 s.
  it('grows linearly with templated quotes that merge into one', () => {
    const growth = measureGrowth({ make: ticketDocuments, run: mergeQuotes, n: 500 })
    expect(growth.linear, growth.summary).toBe(true)
    const merged = mergeQuotes(ticketDocuments(200))
    expect(merged).toHaveLength(1)
    expect(merged[0]?.occurrences).toHaveLength(200)
    expect(merged[0]?.occurrences[199]?.document).toBe('ticket-199')
  }, 120_000)

  it('still tests every quote that has not merged', () => {
    // Two families share "costs more this year" but only the tickets merge with each other.
    const documents = [
      ...ticketDocuments(100),
      {
        id: 'fares',
        quotes: extractQuotes('"Parking costs more this year, and fares rise in May," she said.', {
          resolveSpeakers: false,
        }),
      },
    ]
    const merged = mergeQuotes(documents)
    expect(merged.map((entry) => entry.occurrences.length)).toEqual([100, 1])
  }, 120_000)
})
