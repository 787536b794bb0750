import { measureGrowth } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../index.js'

const closing = '"We will rebuild the bridge by spring," the mayor said.\n'

/** A table-like dump: short lines with no quote marks, then one quoted line. */
function shortLines(lines: number): string {
  return `${'Ward 7 turnout 41 per cent\n'.repeat(lines)}${closing}`
}

describe('extractQuotes in linear time', () => {
  // Each paragraph's quote-mark search ran on to the end of the whole text: 250 kB of such
  // lines cost 4.0 s of CPU, 63 kB 0.46 s.
  it('grows linearly with the number of short lines without quote marks', () => {
    const growth = measureGrowth({ make: shortLines, run: extractQuotes, n: 8_000 })
    expect(growth.linear, growth.summary).toBe(true)
    const quotes = extractQuotes(shortLines(50))
    expect(quotes.map((quote) => quote.text)).toEqual(['"We will rebuild the bridge by spring,"'])
  }, 120_000)
})
