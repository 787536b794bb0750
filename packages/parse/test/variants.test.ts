import { describe, expect, it } from 'vitest'
import { type Article, parseArticle } from '../src/index.js'

function roleList(article: Article): string[] {
  return article.blocks.map((block) => block.role)
}

function expectExactOffsets(article: Article): void {
  for (const block of article.blocks)
    expect(article.text.slice(block.start, block.end)).toBe(block.text)
  for (const span of article.body) expect(article.text.slice(span.start, span.end)).toBe(span.text)
}

describe('wire datelines', () => {
  it('reads WASHINGTON (AP) —', () => {
    const article = parseArticle(
      'WASHINGTON (AP) — The Senate passed the spending bill late on Tuesday.',
    )
    expect(article.dateline).toEqual({
      start: 0,
      end: 17,
      text: 'WASHINGTON (AP) —',
      place: 'WASHINGTON',
      agency: 'AP',
    })
    expect(article.body[0]?.text).toBe('The Senate passed the spending bill late on Tuesday.')
  })

  it('reads ATLANTA -- (double hyphen, no agency)', () => {
    const article = parseArticle(
      'ATLANTA -- State officials warned pharmacies on Monday.\n\nThey gave no reason.',
    )
    expect(article.dateline).toMatchObject({ text: 'ATLANTA --', place: 'ATLANTA' })
    expect(article.dateline?.agency).toBeUndefined()
    expect(article.body.map((span) => span.text)).toEqual([
      'State officials warned pharmacies on Monday.',
      'They gave no reason.',
    ])
  })

  it('reads LONDON (Reuters) - and a dated Reuters dateline', () => {
    expect(parseArticle('LONDON (Reuters) - Shares fell on Friday.').dateline).toMatchObject({
      text: 'LONDON (Reuters) -',
      place: 'LONDON',
      agency: 'Reuters',
    })
    expect(parseArticle('NEW YORK, Nov 6 (Reuters) - Oil prices rose.').dateline).toMatchObject({
      text: 'NEW YORK, Nov 6 (Reuters) -',
      place: 'NEW YORK',
      agency: 'Reuters',
    })
  })

  it('reads a place with a region: ST. LOUIS, Mo. —', () => {
    const article = parseArticle('ST. LOUIS, Mo. — Flood waters receded on Sunday.')
    expect(article.dateline).toMatchObject({ text: 'ST. LOUIS, Mo. —', place: 'ST. LOUIS' })
  })

  it('reads places with a Mc name, regions and a multi-word agency', () => {
    expect(
      parseArticle('McALLEN, Texas (AP) — Border crossings fell in May.').dateline,
    ).toMatchObject({
      place: 'McALLEN',
      agency: 'AP',
    })
    expect(
      parseArticle('KYIV, Ukraine (AP) — Air raid sirens sounded overnight.').dateline,
    ).toMatchObject({
      text: 'KYIV, Ukraine (AP) —',
      place: 'KYIV',
    })
    expect(parseArticle('NEW YORK (CNN Business) — Stocks rose on Friday.').dateline).toMatchObject(
      {
        place: 'NEW YORK',
        agency: 'CNN Business',
      },
    )
  })

  it('reads a colon dateline but not a label such as BREAKING:', () => {
    expect(parseArticle('SHANGHAI: Police closed 300 accounts on Monday.').dateline).toMatchObject({
      text: 'SHANGHAI:',
      place: 'SHANGHAI',
    })
    expect(parseArticle('BREAKING: The minister has resigned.').dateline).toBeUndefined()
    expect(parseArticle('UPDATE: Roads reopened at noon.').dateline).toBeUndefined()
  })

  it('reads a dash mangled to "?" by a wrong encoding', () => {
    expect(parseArticle('GROTON ? The police dog is recovering at home.').dateline).toMatchObject({
      text: 'GROTON ?',
      place: 'GROTON',
    })
  })

  it('does not read an acronym that opens a sentence as a dateline', () => {
    expect(parseArticle('NATO leaders met in Brussels on Thursday.').dateline).toBeUndefined()
    expect(parseArticle('A US-led coalition struck targets overnight.').dateline).toBeUndefined()
  })
})

describe('bylines', () => {
  it('reads several authors and the organisation', () => {
    const article = parseArticle(
      'Storm batters coast\n\nBy Jane Miller, Tom Okafor and Ruth Haddad, Reuters\n\nThe storm made landfall on Monday night.',
    )
    expect(article.byline).toMatchObject({
      authors: ['Jane Miller', 'Tom Okafor', 'Ruth Haddad'],
      organisation: 'Reuters',
    })
    expect(article.headline?.text).toBe('Storm batters coast')
  })

  it('keeps a second person as an author, not an organisation', () => {
    const article = parseArticle(
      'By Jane Miller, Tom Okafor\n\nThe storm made landfall on Monday night.',
    )
    expect(article.byline?.authors).toEqual(['Jane Miller', 'Tom Okafor'])
    expect(article.byline?.organisation).toBeUndefined()
  })

  it('reads a bar-separated outlet', () => {
    const article = parseArticle('By Ana Ruiz | The Kyiv Post\n\nThe talks resumed on Friday.')
    expect(article.byline).toMatchObject({ authors: ['Ana Ruiz'], organisation: 'The Kyiv Post' })
  })
})

describe('line ends and invisible characters', () => {
  const lf =
    'Flood waters recede\nBy Jane Miller, CNN\nUpdated 9:15 AM ET, Mon March 13, 2017\n(CNN)Flood waters receded on Monday.\nResidents returned home.'

  it('handles CRLF line ends with exact offsets', () => {
    const crlf = lf.replace(/\n/g, '\r\n')
    const article = parseArticle(crlf)
    expectExactOffsets(article)
    expect(roleList(article)).toEqual(roleList(parseArticle(lf)))
    expect(article.body.map((span) => span.text)).toEqual([
      'Flood waters receded on Monday.',
      'Residents returned home.',
    ])
  })

  it('handles a byte order mark: offsets index the text with the BOM', () => {
    const article = parseArticle(`\ufeff${lf}`)
    expect(article.headline).toEqual({ start: 1, end: 20, text: 'Flood waters recede' })
    expectExactOffsets(article)
  })

  it('treats no-break spaces as spaces in datelines and timestamps', () => {
    const article = parseArticle(
      'WASHINGTON\u00a0(AP)\u00a0—\u00a0The vote was close.\n\nUpdated\u00a07:00\u00a0PM\u00a0ET, March 13, 2017',
    )
    expect(article.dateline).toMatchObject({ place: 'WASHINGTON', agency: 'AP' })
    expect(article.body[0]?.text).toBe('The vote was close.')
    expect(article.timestamps[0]?.value).toBe('2017-03-13T19:00:00-04:00')
  })
})

describe('paragraphing', () => {
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

describe('tables and exclamations are not headings', () => {
  it('keeps rows of figures in the body', () => {
    const article = parseArticle(
      'The company reported its results on Monday.\n\nShr profit 15 cts vs loss 4 cts\nNet 807,000 vs 2,858,000\nRevs 29.3 mln vs 28.7 mln\n\nDuluth      2.65   2.71\n\nThe board meets in May.',
    )
    expect(article.relatedLinks).toEqual([])
    expect(article.subheadings).toEqual([])
    expect(article.body).toHaveLength(6)
  })

  it('keeps a short exclamation in the body', () => {
    const article = parseArticle(
      'Readers wrote in on Monday.\n\nAbout time this town had a cinema!\n\nThe cinema opens in May.',
    )
    expect(article.body).toHaveLength(3)
  })
})

describe('all-caps lines', () => {
  it('reads an all-caps first line as the headline and an all-caps line in the body as a subheading', () => {
    const article = parseArticle(
      'COCOA HARVEST DELAYED\n\nRains delayed the cocoa harvest in the east, traders said on Friday.\n\nMARKET REACTION\n\nFutures rose two percent in London.',
    )
    expect(article.headline?.text).toBe('COCOA HARVEST DELAYED')
    expect(article.subheadings.map((span) => span.text)).toEqual(['MARKET REACTION'])
    expect(article.body).toHaveLength(2)
  })

  it('keeps a long all-caps paragraph as body', () => {
    const shout = 'THE COUNCIL VOTED ON TUESDAY TO CLOSE THE BRIDGE FOR REPAIRS, OFFICIALS SAID.'
    const article = parseArticle(`Officials spoke on Tuesday.\n\n${shout}`)
    expect(article.body.map((span) => span.text)).toContain(shout)
  })
})

describe('captions', () => {
  it('reads a dated present-tense caption when the year lies before the article’s', () => {
    const article = parseArticle(
      'date 2019-05-02 Officials opened the new bridge on Thursday.\n\nA worker inspects cables on the bridge in Lisbon on March 3, 2014.\n\nThe bridge cost 40 million euros.',
    )
    expect(article.captions.map((span) => span.text)).toEqual([
      'A worker inspects cables on the bridge in Lisbon on March 3, 2014.',
    ])
  })

  it('does not read a past-tense body sentence ending with a date as a caption', () => {
    const article = parseArticle(
      'date 2019-05-02 Officials opened the new bridge on Thursday.\n\nThe old bridge was closed by engineers in Lisbon on March 3, 2014.\n\nIt cost 40 million euros.',
    )
    expect(article.captions).toEqual([])
  })

  it('reads photo-credit cues', () => {
    const article = parseArticle(
      'Crowds gathered on Saturday.\n\nProtesters march through the city centre. (Photo by Lena Cruz/Getty Images)\n\nPolice said the march was peaceful.',
    )
    expect(article.captions).toHaveLength(1)
  })
})

describe('related links and subheadings', () => {
  const text = (line: string) =>
    `The council met on Monday to discuss the budget.\n\n${line}\n\nThe mayor said the cuts were necessary.`

  it('reads colon headlines, questions and wh-openers as related links', () => {
    for (const line of [
      'Analysis: Why the budget fight matters',
      'Council leader: Cuts will hurt schools',
      'Is the city running out of money?',
      'What the cuts mean for bus routes',
      'Read more: Mayor unveils spending plan',
    ]) {
      expect(parseArticle(text(line)).relatedLinks.map((span) => span.text)).toEqual([line])
    }
  })

  it('reads noun phrases and plain statements as subheadings', () => {
    for (const line of [
      'Pressure on schools',
      'A long road to recovery',
      'Council faces tough choices',
    ]) {
      expect(parseArticle(text(line)).subheadings.map((span) => span.text)).toEqual([line])
    }
  })

  it('reads a run of heading-shaped lines as a list in the body', () => {
    const article = parseArticle(
      'You will need the following.\n\n2 large eggs\n\n1 cup of flour\n\nA pinch of salt\n\nMix them in a bowl.',
    )
    expect(article.relatedLinks).toEqual([])
    expect(article.subheadings).toEqual([])
    expect(article.body).toHaveLength(5)
  })

  it('keeps fact lines with a colon (`Age: 18`) out of the related links', () => {
    const article = parseArticle(
      'The club signed a new forward on Monday.\n\nAge: 18\n\nPosition: Striker\n\nPrevious club: Sporting Lisbon\n\nHe joins on a five-year deal.',
    )
    expect(article.relatedLinks).toEqual([])
  })

  it('reads a question that the next paragraph takes up as a subheading', () => {
    const article = parseArticle(
      'Doctors are studying why some people need little rest.\n\nWhat is short sleep?\n\nShort sleepers feel rested after four to six hours a night.',
    )
    expect(article.subheadings.map((span) => span.text)).toEqual(['What is short sleep?'])
    const teaser = parseArticle(
      'Doctors are studying why some people need little rest.\n\nWhat is driving the housing crisis?\n\nShort sleepers feel rested after four to six hours a night.',
    )
    expect(teaser.relatedLinks.map((span) => span.text)).toEqual([
      'What is driving the housing crisis?',
    ])
  })
})

describe('boilerplate and contributors', () => {
  it('reads developing-story notes and embed placeholders', () => {
    const article = parseArticle(
      'The fire spread overnight.\n\nInteractive map\n\nFirefighters were still at the scene.\n\nThis is a developing story and will be updated.',
    )
    expect(article.boilerplate.map((span) => span.text)).toEqual([
      'Interactive map',
      'This is a developing story and will be updated.',
    ])
  })

  it('reads the names of contributor and wire credit lines', () => {
    const article = parseArticle(
      'The fire spread overnight.\n\nThe Daily Star’s Omar Aziz contributed to this report.\n\nReporting by Jane Doe in Beirut; Editing by John Roe',
    )
    expect(article.contributors.map((line) => line.names)).toEqual([
      ['Omar Aziz'],
      ['Jane Doe', 'John Roe'],
    ])
  })
})
