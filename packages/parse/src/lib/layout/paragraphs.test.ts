import { describe, expect, it } from 'vitest'
import type { Article } from '../../types.js'
import { parseArticle } from '../parse-article.js'
import { splitParagraphs } from './paragraphs.js'

function expectExactOffsets(article: Article): void {
  for (const block of article.blocks)
    expect(article.text.slice(block.start, block.end)).toBe(block.text)
  for (const span of article.body) expect(article.text.slice(span.start, span.end)).toBe(span.text)
}

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

  it('runs a line on into one that opens with a figure only when the figure runs on as prose', () => {
    expect(
      texts(
        'Imports rose 4.8 pct to\n1.52 trillion yen in the month.\nThe yen rose against\n40 pct of the basket.',
      ),
    ).toEqual([
      'Imports rose 4.8 pct to\n1.52 trillion yen in the month.',
      'The yen rose against\n40 pct of the basket.',
    ])
    expect(texts('Sales will be reported on Feb\n24, with the dividend.')).toHaveLength(1)
    expect(texts('Output peaked in the\n1980s, officials said.')).toHaveLength(1)
    expect(texts('Exports fell to a total of\n2,692.4 (4,161.0) tonnes.')).toHaveLength(1)
    // Numbered items, rows of figures and headings that open with a number are lines of their own.
    expect(
      texts(
        'Top scorers after the first round\n1. Marta Okafor (Kenya) 68\n2. Julia Brandt (Germany) 70',
      ),
    ).toHaveLength(3)
    expect(texts('Output by year\n1985 12.4 mln\n1986 13.1 mln\n1987 14.8 mln')).toHaveLength(4)
    expect(texts('Our pick of the pickups\n2024 Harbour Ranger Crew Cab')).toHaveLength(2)
  })

  it('reads newswire indentation in an earnings report whose rows of figures are indented too', () => {
    const text = [
      'Shr 1.42 dlrs vs 1.18 dlrs',
      '    Net 12,406,000 vs 10,311,000',
      '    Revs 188.4 mln vs 171.9 mln',
      '    Nine mths',
      '    Shr 3.96 dlrs vs 3.41 dlrs',
      '    Net 34,598,000 vs 29,802,000',
      '    NOTE: 1986 results restated for the sale of the bakery unit to',
      'Harbour Foods Inc in November, and exclude a tax credit of 1.2 mln.',
      '    Dividend payable April 21 to holders of record on April 10.',
      '1985 figures are adjusted for a three-for-two stock split in',
      'December 1985.',
    ].join('\n')
    const paragraphs = splitParagraphs(text)
    expect(paragraphs.map((paragraph) => paragraph.lines.length)).toEqual([1, 1, 1, 1, 1, 1, 2, 3])
    expect(paragraphs[6]?.text).toMatch(/to\nHarbour Foods Inc/)
    expect(paragraphs[7]?.text).toMatch(/April 10\.\n1985 figures .*\nDecember 1985\.$/)
  })

  it('keeps each indented row of a table of figures apart from the wrapped prose around it', () => {
    const text = [
      'The Agriculture Department said wheat stocks in all positions on',
      'March 1 stood at 2.46 billion bushels, up 14 pct from a year',
      'earlier, with corn stocks at 6.85 billion bushels.',
      '    The department gave the following figures, in mln bushels, for',
      'stocks on March 1:',
      '                        1987      1986      1985',
      '    Wheat           2,460.1   2,157.4   1,886.0',
      '    Corn            6,850.3   5,418.9   4,361.2',
      '    Soybeans          982.6     957.1     782.3',
      '    Private analysts had expected wheat stocks of about 2.40',
      'billion bushels.',
    ].join('\n')
    expect(splitParagraphs(text).map((paragraph) => paragraph.lines.length)).toEqual([
      3, 2, 1, 1, 1, 1, 2,
    ])
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

describe('paragraphing of articles', () => {
  it('joins lines hard-wrapped at ~70 columns and splits on indentation (Reuters style)', () => {
    const text = [
      'The central bank raised its key interest rate by a quarter point on',
      'Tuesday, citing stubborn inflation and a tight labour market, the',
      'bank said in a statement.',
      '    Economists had expected the move after a run of strong data.',
      '    The decision was unanimous, the statement added, and further',
      'increases were possible.',
      ' REUTER',
    ].join('\n')
    const article = parseArticle(text)
    expect(article.body.map((span) => span.text.replace(/\s+/g, ' '))).toEqual([
      'The central bank raised its key interest rate by a quarter point on Tuesday, citing stubborn inflation and a tight labour market, the bank said in a statement.',
      'Economists had expected the move after a run of strong data.',
      'The decision was unanimous, the statement added, and further increases were possible.',
    ])
    expect(article.boilerplate.map((span) => span.text)).toEqual(['REUTER'])
    expectExactOffsets(article)
  })

  it('joins wrapped lines without indentation when each line is full', () => {
    const text = [
      'The ministry said on Wednesday that exports of wheat would resume',
      'next month after a six-week halt, easing fears of a shortage in',
      'neighbouring countries.',
      'Prices fell sharply on the news.',
    ].join('\n')
    const article = parseArticle(text)
    expect(article.body).toHaveLength(2)
    expect(article.body[1]?.text).toBe('Prices fell sharply on the news.')
  })

  it('joins a short first line that ends mid-sentence (lower-case or function-word continuation)', () => {
    const text = [
      'Senate Banking Committee Chairman',
      'William Grant said on Tuesday he would hold hearings on the bill next',
      'month, and that he expected the committee to approve it in the',
      'spring.',
    ].join('\n')
    expect(parseArticle(text).body).toHaveLength(1)
    const second = [
      'The Treasury said it will sell',
      'bills worth nine billion dollars at its weekly auction on',
      'Monday.',
    ].join('\n')
    expect(parseArticle(second).body).toHaveLength(1)
  })

  it('joins every unindented line to its paragraph when indentation marks the paragraphs', () => {
    // A wire story whose dateline was cut leaves a short first line, and a short story has too
    // few full lines to look wrapped: the indented paragraph openings still tell the wraps.
    const cut = [
      'President Alvarez said the United',
      'States must do more to cut its reliance on imported fuel.',
      '    "We have to study this more," Alvarez said at a news',
      'conference.',
      ' REUTER',
    ].join('\n')
    const article = parseArticle(cut)
    expect(article.headline).toBeUndefined()
    expect(article.body.map((span) => span.text.replace(/\s+/g, ' '))).toEqual([
      'President Alvarez said the United States must do more to cut its reliance on imported fuel.',
      '"We have to study this more," Alvarez said at a news conference.',
    ])
    const short = [
      'Harbour Mills Inc said',
      'its board declared a three-for-two stock split, payable April',
      '17, record April Three.',
      ' REUTER',
    ].join('\n')
    expect(parseArticle(short).body.map((span) => span.text.replace(/\s+/g, ' '))).toEqual([
      'Harbour Mills Inc said its board declared a three-for-two stock split, payable April 17, record April Three.',
    ])
    expectExactOffsets(article)
  })

  it('keeps one paragraph per line when short lines do not run to a common width', () => {
    const article = parseArticle(
      [
        'Flood waters recede in the valley',
        'By Jane Miller and Tom Okafor, Reuters',
        'Updated 7:53 AM ET, Sun November 6, 2016',
        'ATLANTA -- Flood waters receded on Sunday, officials said.',
        'Residents began returning home.',
      ].join('\n'),
    )
    expect(article.blocks.map((block) => block.role)).toEqual([
      'headline',
      'byline',
      'timestamp',
      'dateline',
      'body',
      'body',
    ])
  })

  it('keeps one paragraph per line when lines are long (no wrapping)', () => {
    const long =
      'The ministry said on Wednesday that exports of wheat would resume next month after a six-week halt, easing fears of a shortage.'
    const article = parseArticle(`${long}\n${long}\n${long}`)
    expect(article.body).toHaveLength(3)
  })
})
