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

/** Lines that each open a quote and never close it: every one continues the quote before it. */
function openLines(lines: number): string {
  return '"We will rebuild, Jones said.\n'.repeat(lines)
}

/** One long sentence with a cue every few words and no full stop, as a scrape can run them on. */
function runOnCues(cues: number): string {
  return 'The minister said the plan would work and '.repeat(cues)
}

/** Cues each after an opened bracket, never closed. */
function bracketedCues(cues: number): string {
  return '(SDF said (the '.repeat(cues)
}

/** Cues repeated back to back: a frame every two words. */
function repeatedCues(cues: number): string {
  return 'he said, she said, '.repeat(cues)
}

const withoutSpeakers = (text: string) => extractQuotes(text, { resolveSpeakers: false })

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

  // Each continuing paragraph joined the text of every span so far again: 600 kB of such lines
  // cost 7.3 s of CPU, 150 kB 0.41 s (0.24 s and 0.12 s now).
  it('grows linearly with the paragraphs a quote runs on into', () => {
    const growth = measureGrowth({ make: openLines, run: extractQuotes, n: 2_000 })
    expect(growth.linear, growth.summary).toBe(true)
    const [quote] = extractQuotes(openLines(3))
    expect(quote?.content).toHaveLength(3)
    expect(quote?.text).toBe(Array(3).fill('"We will rebuild, Jones said.').join(' '))
  }, 120_000)

  // Each cue of a sentence measured the rest of the frames and the sentence again: 420 kB cost
  // 5.3 s of CPU, 105 kB 0.45 s. (Measured without speakers: resolving the speakers of these
  // mentions is measured with the speakers.)
  it('grows linearly with the cues of one long sentence', () => {
    const growth = measureGrowth({ make: runOnCues, run: withoutSpeakers, n: 2_000 })
    expect(growth.linear, growth.summary).toBe(true)
    // Each cue reads the rest of the sentence (six cues: too long for a heading).
    const quotes = withoutSpeakers(runOnCues(6))
    expect(quotes).toHaveLength(6)
    expect(quotes.every((quote) => quote.mention?.text === 'The minister')).toBe(true)
    expect(quotes.at(-1)?.text).toBe('the plan would work and')
    expect(quotes.at(-2)?.text).toBe(
      'the plan would work and The minister said the plan would work and',
    )
  }, 120_000)

  // With speakers, each mention looked for a comma from its start to the end of the text.
  it('grows linearly with the cues of one long sentence, speakers resolved', () => {
    const growth = measureGrowth({ make: runOnCues, run: extractQuotes, n: 2_000 })
    expect(growth.linear, growth.summary).toBe(true)
    const quotes = extractQuotes(runOnCues(6))
    expect(quotes).toHaveLength(6)
    expect(quotes.every((quote) => quote.speaker?.role === 'minister')).toBe(true)
  }, 120_000)

  // 150 kB cost 3.4 s of CPU, 38 kB 0.31 s.
  it('grows linearly with cues after unclosed brackets', () => {
    const growth = measureGrowth({ make: bracketedCues, run: extractQuotes, n: 2_000 })
    expect(growth.linear, growth.summary).toBe(true)
    // Nine cues make a sentence too long for a heading; each reads the rest of it.
    const quotes = extractQuotes(bracketedCues(9))
    expect(quotes).toHaveLength(8)
    expect(quotes.at(-1)?.text).toBe('the (SDF said (the')
    expect(quotes.every((quote) => quote.speaker?.name === 'SDF')).toBe(true)
  }, 120_000)

  // 760 kB cost 11.7 s of CPU, 190 kB 0.47 s.
  it('grows linearly with repeated cues', () => {
    const growth = measureGrowth({ make: repeatedCues, run: extractQuotes, n: 5_000 })
    expect(growth.linear, growth.summary).toBe(true)
    expect(extractQuotes(`"The bridge will open," ${repeatedCues(3)}`)).toHaveLength(1)
  }, 120_000)
})
