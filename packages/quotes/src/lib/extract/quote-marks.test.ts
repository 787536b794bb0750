import { splitParagraphs } from '@copydesk/parse'
import { describe, expect, it } from 'vitest'
import { findQuotedRegions } from './quote-marks.js'

function regions(text: string) {
  const result = findQuotedRegions(text, splitParagraphs(text))
  return {
    quoted: result.regions.map((region) => text.slice(region.start, region.end)),
    regions: result.regions,
    problems: result.problems,
  }
}

describe('findQuotedRegions', () => {
  it('pairs straight and curly double marks', () => {
    expect(regions('He said "yes" and then “no” twice.').quoted).toEqual(['"yes"', '“no”'])
  })

  it('tells single quotes from apostrophes and elisions', () => {
    const text = "The fans' chant of 'we're back' echoed through the '90s-era stadium's stands."
    expect(regions(text).quoted).toEqual(["'we're back'"])
  })

  it('reads a double mark between letters as an apostrophe', () => {
    const result = regions('Brazil"s output fell, the minister"s aide said "as expected."')
    expect(result.quoted).toEqual(['"as expected."'])
    expect(result.problems).toEqual([])
  })

  it('keeps single quotes nested inside a double quote', () => {
    expect(regions('“She told me ‘never again’ and left,” he said.').quoted).toEqual([
      '“She told me ‘never again’ and left,”',
    ])
  })

  it('reads doubled single marks as double marks', () => {
    expect(regions('‘‘We are ready,’’ the coach said.').quoted).toEqual(['‘‘We are ready,’’'])
  })

  it('continues a quote into a paragraph that opens with a mark, without a problem', () => {
    const result = regions('She said: "First part.\n\n"Second part."')
    expect(result.regions.map((region) => [region.continues, region.continuation])).toEqual([
      [true, false],
      [false, true],
    ])
    expect(result.problems).toEqual([])
  })

  it('cuts an unclosed quote at its paragraph end and reports where it opened', () => {
    const text = 'He said: "It never ends\n\nThe next paragraph is narration.'
    const result = regions(text)
    expect(result.quoted).toEqual(['"It never ends'])
    expect(result.problems).toEqual([
      expect.objectContaining({ ruleId: 'unclosed-quote', start: 9, end: 10 }),
    ])
  })

  it('closes a quote left open when a new curly quote opens', () => {
    const result = regions('“One was left open “Two is closed,” he said.')
    expect(result.quoted).toEqual(['“One was left open', '“Two is closed,”'])
    expect(result.problems).toHaveLength(1)
  })

  it('recovers a quote whose opening mark is missing from the start of its paragraph', () => {
    const result = regions('treating health professionals," said the official.')
    expect(result.quoted).toEqual(['treating health professionals,"'])
    expect(result.problems).toMatchObject([{ ruleId: 'unmatched-closing-quote', start: 30 }])
  })

  it('recovers a missing opening mark after the previous attribution sentence', () => {
    const text = '"We won," Jones said. It was never about him. I am happy."'
    expect(regions(text).quoted).toEqual(['"We won,"', 'It was never about him. I am happy."'])
  })

  it('reports a closing mark after too few words without inventing a quote', () => {
    const result = regions('Yes” he said.')
    expect(result.quoted).toEqual([])
    expect(result.problems).toHaveLength(1)
  })
})
