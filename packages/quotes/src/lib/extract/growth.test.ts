import { measureGrowth } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../index.js'

const closing = '"We will rebuild the bridge by spring," the mayor said.\n'

/** A table-like dump: short lines with no quote marks, then one quoted line. */
function shortLines(lines: number): string {
  return `${'Ward 7 turnout 41 per cent\n'.repeat(lines)}${closing}`
}

/** A run of unmatched straight double marks, as a broken scrape leaves them. */
function doubleMarks(marks: number): string {
  return '"'.repeat(marks)
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

  // Each closing mark with no opening one measured its paragraph again from the last quote:
  // 20,000 marks cost 7.4 s of CPU, 5,000 0.57 s.
  it('grows linearly with the number of unmatched quotation marks', () => {
    const growth = measureGrowth({ make: doubleMarks, run: extractQuotes, n: 5_000 })
    expect(growth.linear, growth.summary).toBe(true)
    // The recovery still reads a quote back to its sentence's start, once per closing mark.
    const text =
      'Officials were "pleased" with it. The plan will work by spring," Jones said. It was never about him," she added.'
    expect(extractQuotes(text).map((quote) => quote.text)).toEqual([
      'The plan will work by spring,"',
      'It was never about him,"',
    ])
  }, 120_000)
})
