import { describe, expect, it } from 'vitest'
import { splitParagraphs } from './paragraphs.js'

function texts(text: string) {
  return splitParagraphs(text).map(({ start, end }) => text.slice(start, end))
}

describe('splitParagraphs', () => {
  it('splits at blank lines and single line breaks, trimming white space', () => {
    expect(texts('  First line.\nSecond line.\n\n  Third.  ')).toEqual([
      'First line.',
      'Second line.',
      'Third.',
    ])
  })

  it('keeps a hard-wrapped paragraph together', () => {
    const text =
      'Rain continued throughout the week in\nthe northern zone, easing the drought,\nGrain Board officials said on Friday.\n    The harvest will be late this year.'
    expect(texts(text)).toEqual([
      'Rain continued throughout the week in\nthe northern zone, easing the drought,\nGrain Board officials said on Friday.',
      'The harvest will be late this year.',
    ])
  })

  it('reads newswire text with indented paragraphs: only indented lines open a paragraph', () => {
    const text =
      'The ministry said the harvest would\nGrow by four pct this year.\n    "We expect\nBetter yields," an official said.\n    Prices fell.'
    expect(texts(text)).toEqual([
      'The ministry said the harvest would\nGrow by four pct this year.',
      '"We expect\nBetter yields," an official said.',
      'Prices fell.',
    ])
  })

  it('keeps a headline without punctuation apart from the byline', () => {
    expect(
      texts('Storm hits coast\nBy Ana Lima, Staff Writer\nHeavy rain fell on Monday.'),
    ).toHaveLength(3)
  })

  it('handles CRLF line ends with exact offsets', () => {
    const text = 'One.\r\n\r\nTwo.'
    expect(splitParagraphs(text)).toEqual([
      { start: 0, end: 4 },
      { start: 8, end: 12 },
    ])
  })
})
