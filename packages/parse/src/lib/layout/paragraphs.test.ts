import { describe, expect, it } from 'vitest'
import { parseArticle } from '../parse-article.js'
import { splitParagraphs } from './paragraphs.js'

function texts(text: string): string[] {
  return splitParagraphs(text).map((paragraph) => paragraph.text)
}

describe('splitParagraphs', () => {
  it('gives trimmed paragraphs with their trimmed lines, offsets into the text', () => {
    const text = '  The council met on Monday.  \n\n\tIt voted to close the bridge. \n'
    const paragraphs = splitParagraphs(text)
    expect(paragraphs).toEqual([
      {
        start: 2,
        end: 28,
        text: 'The council met on Monday.',
        lines: [{ start: 2, end: 28, text: 'The council met on Monday.' }],
      },
      {
        start: 33,
        end: 62,
        text: 'It voted to close the bridge.',
        lines: [{ start: 33, end: 62, text: 'It voted to close the bridge.' }],
      },
    ])
    for (const paragraph of paragraphs) {
      expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text)
    }
  })

  it('keeps one paragraph per line in one-line-per-paragraph text', () => {
    expect(
      texts('Flood waters recede in the valley\nBy Jane Miller\nResidents began returning home.'),
    ).toEqual([
      'Flood waters recede in the valley',
      'By Jane Miller',
      'Residents began returning home.',
    ])
  })

  it('runs a line stopping on a comma or semicolon on into the next', () => {
    const text =
      'The mayor, who took office in January,\nsaid the bridge would close.\nWork starts Monday; crews\nTraffic will be diverted.'
    expect(texts(text)).toEqual([
      'The mayor, who took office in January,\nsaid the bridge would close.',
      'Work starts Monday; crews',
      'Traffic will be diverted.',
    ])
    expect(texts('Officials from Ohio, Texas and Utah;\nOthers stayed home.')).toEqual([
      'Officials from Ohio, Texas and Utah;\nOthers stayed home.',
    ])
  })

  it('runs a line without closing punctuation on into a lower-case or numeric continuation', () => {
    expect(texts('The minister said the\nplan was ready.\nIt was not.')).toEqual([
      'The minister said the\nplan was ready.',
      'It was not.',
    ])
    expect(texts('Turnout reached\n62 percent by noon.')).toEqual([
      'Turnout reached\n62 percent by noon.',
    ])
    // A finished sentence, a closing quote or an indented line still ends the paragraph.
    expect(texts('The plan was ready.\nofficials said later.')).toHaveLength(2)
    expect(texts('"We are ready"\nsaid the mayor.')).toHaveLength(2)
    expect(texts('The plan was\n  ready.')).toHaveLength(2)
    expect(texts('Items on the list,\n• the bridge')).toHaveLength(2)
  })

  it('joins hard-wrapped newswire lines and splits at indented paragraph openings', () => {
    const text = [
      'WASHINGTON, Nov 8 - The Senate voted on Tuesday to approve a',
      'spending bill that keeps the government open until the middle of',
      'December, ending a week of talks between the two parties.',
      '    The House is expected to take up the measure on Wednesday,',
      'aides said, before lawmakers leave for the holiday recess.',
    ].join('\n')
    const paragraphs = splitParagraphs(text)
    expect(paragraphs.map((paragraph) => paragraph.lines.length)).toEqual([3, 2])
    expect(paragraphs[1]?.text.startsWith('The House')).toBe(true)
    expect(paragraphs[0]?.lines[1]?.text).toBe(
      'spending bill that keeps the government open until the middle of',
    )
  })

  it('gives no paragraphs for blank text', () => {
    expect(splitParagraphs('')).toEqual([])
    expect(splitParagraphs(' \n\r\n\t')).toEqual([])
  })
})

describe('Article.paragraphs', () => {
  it('covers every block: each lies in the paragraph `block.paragraph` names', () => {
    const text = [
      'Flood waters recede in the valley',
      'By Jane Miller and Tom Okafor, Reuters',
      'Updated 7:53 AM ET, Sun November 6, 2016',
      'ATLANTA -- Flood waters receded on Sunday, officials said.',
      'Residents began returning home, and schools',
      'will reopen on Tuesday.',
    ].join('\n')
    const article = parseArticle(text)
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(
      splitParagraphs(text).map((paragraph) => paragraph.text),
    )
    expect(article.paragraphs).toHaveLength(5)
    for (const block of article.blocks) {
      const paragraph = article.paragraphs[block.paragraph]
      expect(paragraph, block.text).toBeDefined()
      expect(block.start).toBeGreaterThanOrEqual(paragraph!.start)
      expect(block.end).toBeLessThanOrEqual(paragraph!.end)
    }
    const dateline = article.blocks.find((block) => block.role === 'dateline')
    const lead = article.blocks.find((block) => block.text.startsWith('Flood waters receded'))
    expect(dateline?.paragraph).toBe(3)
    expect(lead?.paragraph).toBe(3)
    expect(article.body.at(-1)?.text).toBe(
      'Residents began returning home, and schools\nwill reopen on Tuesday.',
    )
  })
})
