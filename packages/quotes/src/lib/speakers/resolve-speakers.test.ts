import { measureGrowth, readSeed } from '@copydesk/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Quote, QuoteKind, Span } from '../types.js'
import { resolveSpeakers } from './index.js'

/** A span for the `occurrence`-th appearance of `needle` in `text` (after `from`). */
function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from)
  if (start < 0) throw new Error(`test setup: ${JSON.stringify(needle)} not in text`)
  return { start, end: start + needle.length, text: needle }
}

/** A quote whose content is `content` and whose speaker mention is the `mention` nearest to it. */
function quote(text: string, content: string, mention?: string, kind: QuoteKind = 'direct'): Quote {
  const contentSpan = spanOf(text, content)
  const built: Quote = { kind, content: [contentSpan], text: content }
  if (mention !== undefined) {
    const after = text.indexOf(mention, contentSpan.end)
    const before = text.lastIndexOf(mention, contentSpan.start)
    if (after < 0 && before < 0)
      throw new Error(`test setup: ${JSON.stringify(mention)} not in text`)
    const start =
      after < 0 || (before >= 0 && contentSpan.start - before < after - contentSpan.end)
        ? before
        : after
    built.mention = { start, end: start + mention.length, text: mention }
  }
  return built
}

function names(quotes: Quote[]): (string | undefined)[] {
  return quotes.map((q) => q.speaker?.name)
}

describe('resolveSpeakers: names with titles and roles', () => {
  it('separates a long role and a rank from the name', () => {
    const text =
      '“We will hold the line,” Chairman of the US Joint Chiefs of Staff Gen. Joseph Dunford said on Monday.'
    const [result] = resolveSpeakers(text, [
      quote(
        text,
        '“We will hold the line,”',
        'Chairman of the US Joint Chiefs of Staff Gen. Joseph Dunford',
      ),
    ])
    expect(result?.speaker).toEqual({
      name: 'Joseph Dunford',
      kind: 'person',
      role: 'Chairman of the US Joint Chiefs of Staff',
      title: 'Gen.',
    })
  })

  it('reads an appositive role after the name', () => {
    const text =
      '"The convoy reached the bridge at dawn," Brig. Gen. Talal Ali Selo, the spokesman for the SDF, told reporters.'
    const [result] = resolveSpeakers(text, [
      quote(
        text,
        '"The convoy reached the bridge at dawn,"',
        'Brig. Gen. Talal Ali Selo, the spokesman for the SDF',
      ),
    ])
    expect(result?.speaker).toEqual({
      name: 'Talal Ali Selo',
      kind: 'person',
      role: 'spokesman for the SDF',
      title: 'Brig. Gen.',
    })
  })

  it('reads government titles written before the name', () => {
    const text =
      'Italian Foreign Minister Paola Ricci said the talks would resume. Canadian Defence Secretary Tom Hale said the ships were ready.'
    const quotes = [
      quote(text, 'the talks would resume', 'Italian Foreign Minister Paola Ricci', 'indirect'),
      quote(text, 'the ships were ready', 'Canadian Defence Secretary Tom Hale', 'indirect'),
    ]
    const result = resolveSpeakers(text, quotes)
    expect(result.map((q) => q.speaker)).toEqual([
      { name: 'Paola Ricci', kind: 'person', role: 'Italian Foreign Minister' },
      { name: 'Tom Hale', kind: 'person', role: 'Canadian Defence Secretary' },
    ])
  })

  it('reads a lower-case role before a name', () => {
    const text =
      'League commissioner Dana Whitfield met the owners on Friday.\n\n"Nobody wants a lockout," the commissioner said.'
    const [result] = resolveSpeakers(text, [
      quote(text, '"Nobody wants a lockout,"', 'the commissioner'),
    ])
    expect(result?.speaker?.name).toBe('Dana Whitfield')
    expect(result?.speaker?.role).toBe('League commissioner')
  })
})

describe('resolveSpeakers: surnames, pronouns and role nouns', () => {
  it('reads "the Ohio Republican" as the person the text is on, not a Republican named later', () => {
    const text = [
      'Senate Majority Leader Mara Quinlan blamed activists for the threats against the school.',
      '“They cut a few seconds of video from any context,” the Ohio Republican said.',
      '“We stand with the students,” said Tom Reyes, a Republican state representative.',
    ].join('\n\n')
    const results = resolveSpeakers(text, [
      quote(text, '“They cut a few seconds of video from any context,”', 'the Ohio Republican'),
      quote(text, '“We stand with the students,”', 'Tom Reyes, a Republican state representative'),
    ])
    expect(names(results)).toEqual(['Mara Quinlan', 'Tom Reyes'])
  })

  it('reads a description ahead of the name when a later role fits it whole', () => {
    const text = [
      'Mara Quinlan, a lawyer for the players, filed the claim on Monday.',
      'The league has not been served with the claim, the OHL commissioner said.',
      'OHL commissioner Dan Pike met the team owners on Tuesday.',
    ].join('\n\n')
    const [result] = resolveSpeakers(text, [
      quote(
        text,
        'The league has not been served with the claim',
        'the OHL commissioner',
        'indirect',
      ),
    ])
    expect(result?.speaker?.name).toBe('Dan Pike')
  })

  const text = [
    'Gen. Marta Okafor, the commander of the northern task force, visited the port on Tuesday.',
    '"The harbour is secure," Okafor said.',
    '"We expect the first ships by Friday," she added.',
    'Navy spokesman Luis Ferreira said the fleet would wait for her order.',
    '"The general has made her decision," he said.',
    '"We are ready," the general said later.',
  ].join('\n\n')

  it('resolves a surname to the full name introduced earlier', () => {
    const [result] = resolveSpeakers(text, [quote(text, '"The harbour is secure,"', 'Okafor')])
    expect(result?.speaker).toEqual({
      name: 'Marta Okafor',
      kind: 'person',
      role: 'commander of the northern task force',
      title: 'Gen.',
    })
  })

  it('resolves pronouns by the previous speaker and by gender', () => {
    const quotes = [
      quote(text, '"The harbour is secure,"', 'Okafor'),
      quote(text, '"We expect the first ships by Friday,"', 'she'),
      quote(text, 'the fleet would wait for her order', 'Navy spokesman Luis Ferreira', 'indirect'),
      quote(text, '"The general has made her decision,"', 'he'),
    ]
    expect(names(resolveSpeakers(text, quotes))).toEqual([
      'Marta Okafor',
      'Marta Okafor',
      'Luis Ferreira',
      'Luis Ferreira',
    ])
  })

  it('resolves a role noun to the person introduced with that rank', () => {
    const quotes = [
      quote(text, 'the fleet would wait for her order', 'Navy spokesman Luis Ferreira', 'indirect'),
      quote(text, '"We are ready,"', 'the general'),
    ]
    const result = resolveSpeakers(text, quotes)
    expect(result[1]?.speaker?.name).toBe('Marta Okafor')
  })

  it('resolves "the minister" and "the spokesman" to the people introduced with those roles', () => {
    const story = [
      'Dutch Finance Minister Pieter Smit met the unions on Monday.',
      'Hans Vos, the spokesman for the dock workers, said the strike would go on.',
      '"We are not done," the minister said.',
      '"Neither are we," the spokesman replied.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(
        story,
        'the strike would go on',
        'Hans Vos, the spokesman for the dock workers',
        'indirect',
      ),
      quote(story, '"We are not done,"', 'the minister'),
      quote(story, '"Neither are we,"', 'the spokesman'),
    ])
    expect(names(result)).toEqual(['Hans Vos', 'Pieter Smit', 'Hans Vos'])
    expect(result[1]?.speaker?.role).toBe('Dutch Finance Minister')
    expect(result[2]?.speaker?.role).toBe('spokesman for the dock workers')
  })

  it('follows a new person who opens a sentence after the last quote', () => {
    const story = [
      '"Prices will rise again," said economist Priya Raman.',
      'Tomas Lindqvist, who runs a bakery in the old town, disagreed. Lindqvist has kept his prices flat for two years.',
      '"People cannot pay more," he said.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, '"Prices will rise again,"', 'economist Priya Raman'),
      quote(story, '"People cannot pay more,"', 'he'),
    ])
    expect(names(result)).toEqual(['Priya Raman', 'Tomas Lindqvist'])
  })

  it('reads a month as a surname after a given name (Theresa May), not in a date', () => {
    const story =
      'Former prime minister Theresa May spoke in May.\n\n"The vote was a mistake," May said.'
    const [result] = resolveSpeakers(story, [quote(story, '"The vote was a mistake,"', 'May')])
    expect(result?.speaker).toMatchObject({ name: 'Theresa May', kind: 'person' })
  })

  it('resolves a first name used alone', () => {
    const story =
      'Eleven-year-old Nadia Brandt found the dog on the ice.\n\n"He was shaking," Nadia said.'
    const [result] = resolveSpeakers(story, [quote(story, '"He was shaking,"', 'Nadia')])
    expect(result?.speaker?.name).toBe('Nadia Brandt')
  })

  it('keeps an indefinite description as its own speaker', () => {
    const story = 'Mayor Ellen Strand opened the bridge. "It was overdue," a city engineer said.'
    const [result] = resolveSpeakers(story, [quote(story, '"It was overdue,"', 'a city engineer')])
    expect(result?.speaker).toEqual({ name: 'a city engineer', kind: 'person' })
  })
})

describe('resolveSpeakers: who a pronoun can mean', () => {
  it('skips a name in a clause opened by "Although" or "Unlike" for the next "he"', () => {
    const text = [
      'College spokesman Peter Moll said the list drew about 3,000 votes this year.',
      'Although Premier Dana Ruiz has often used the word, its choice is no political statement.',
      'Voters were simply tired of hearing it, he said.',
      'Unlike Sami Haddad, he has not found work since the family arrived.',
      '"My English comes first," he said.',
    ].join('\n\n')
    const results = resolveSpeakers(text, [
      quote(
        text,
        'the list drew about 3,000 votes this year',
        'College spokesman Peter Moll',
        'indirect',
      ),
      quote(text, 'Voters were simply tired of hearing it', 'he', 'indirect'),
      quote(text, '"My English comes first,"', 'he'),
    ])
    expect(names(results)).toEqual(['Peter Moll', 'Peter Moll', 'Peter Moll'])
  })

  it('gives "they" to a plural group that opens a clause since the last quote', () => {
    const story = [
      'The Harbour Authority said the pier would close in June.',
      'Local fishermen are angry about the closure, and they say the town was never consulted.',
      'Several shop owners have joined the protest. They say sales fell by half last summer.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, 'the pier would close in June', 'The Harbour Authority', 'indirect'),
      quote(story, 'the town was never consulted', 'they', 'indirect'),
      quote(story, 'sales fell by half last summer', 'They', 'indirect'),
    ])
    expect(names(result)).toEqual([
      'the Harbour Authority',
      'Local fishermen',
      'Several shop owners',
    ])
  })

  it('takes a name after an inverted speech verb as the new subject for "she"', () => {
    const story = [
      'Maya Chen runs the food bank on Quinpool Road.',
      'The shelves are emptier every week, adds Rana Idris. "We need more donors," she says.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [quote(story, '"We need more donors,"', 'she')])
    expect(result?.speaker?.name).toBe('Rana Idris')
  })

  it('does not take the start of a reported clause after "said" as a subject', () => {
    const story = [
      'Ellen Park leads the carmakers’ association.',
      'Ms. Park said Brexit uncertainty has hurt sales. Sales fell again in March.',
      'Investment is falling too, “and that is the real worry,” she said.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [quote(story, '“and that is the real worry,”', 'she')])
    expect(result?.speaker?.name).toBe('Ellen Park')
  })

  it('knows a single name with an appositive role as a person for "she"', () => {
    const story = [
      'President Ivan Doro visited the coast on Sunday.',
      'Sari, a teacher from the village of Kuala, was marking papers when she heard the water.',
      '"The sea went quiet, then it roared," she said.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [
      quote(story, '"The sea went quiet, then it roared,"', 'she'),
    ])
    expect(result?.speaker?.name).toBe('Sari')
  })

  it('does not take a name after a preposition as a subject, even before a verb', () => {
    const story = [
      'This is a story about Lucia Ferro, who like Marco Brandt was raised in Turin.',
      '"I wanted a shop for local artists," says the 41-year-old owner of Ferro Books.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [
      quote(story, '"I wanted a shop for local artists,"', 'the 41-year-old owner of Ferro Books'),
    ])
    expect(result?.speaker?.name).toBe('Lucia Ferro')
  })

  it('keeps the speaker for a floating quote after "said of X, who …"', () => {
    const story = [
      '"He is a danger to everyone," District Attorney Ana Ruiz said of 52-year-old Ray Lund, who was jailed in 1999.',
      '"He should never walk free."',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, '"He is a danger to everyone,"', 'District Attorney Ana Ruiz'),
      quote(story, '"He should never walk free."'),
    ])
    expect(names(result)).toEqual(['Ana Ruiz', 'Ana Ruiz'])
  })

  it('starts a group after a conjunction ("Though many traders …")', () => {
    const story = [
      'The Harbour Authority said the pier would close in June.',
      'Though many traders expect a delay, they say the date will hold.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, 'the pier would close in June', 'The Harbour Authority', 'indirect'),
      quote(story, 'the date will hold', 'they', 'indirect'),
    ])
    expect(names(result)).toEqual(['the Harbour Authority', 'many traders'])
  })

  it('keeps "they" with the previous organisation when no group opens a clause', () => {
    const story = [
      'The Harbour Authority said the pier would close in June, angering fishermen.',
      'They said the repairs would take a year.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, 'the pier would close in June', 'The Harbour Authority', 'indirect'),
      quote(story, 'the repairs would take a year', 'They', 'indirect'),
    ])
    expect(names(result)).toEqual(['the Harbour Authority', 'the Harbour Authority'])
  })

  it('uses a common given name as a gender prior', () => {
    const story = [
      'Margaret Osei chairs the board. Daniel Kwame runs the clinic.',
      '"We need another nurse," she said.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [quote(story, '"We need another nurse,"', 'she')])
    expect(result?.speaker?.name).toBe('Margaret Osei')
  })

  it('keeps a shared surname with the person introduced first', () => {
    const story = [
      'Chef Irene Castell opened her first bakery in 1998.',
      'Her husband, Paul Castell, keeps the books.',
      '"Bread is patience," Castell said.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [quote(story, '"Bread is patience,"', 'Castell')])
    expect(result?.speaker?.name).toBe('Irene Castell')
  })

  it('takes a name right before a verb as the new subject, mid-sentence', () => {
    const story = [
      '"The bridge is safe," said engineer Tom Baird.',
      'The report was never published, historian Ada Lindqvist writes in her book.',
      '"Nobody wanted to read it," she says.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, '"The bridge is safe,"', 'engineer Tom Baird'),
      quote(story, '"Nobody wanted to read it,"', 'she'),
    ])
    expect(result[1]?.speaker?.name).toBe('Ada Lindqvist')
  })

  it('takes a name with an age before its verb as the new subject', () => {
    const story = [
      '"The trains ran on time," said historian Mara Quist.',
      'In an interview, former porter Walter Brand, 81, recalls the night shifts.',
      '"I slept three hours a night," he said.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, '"The trains ran on time,"', 'historian Mara Quist'),
      quote(story, '"I slept three hours a night,"', 'he'),
    ])
    expect(result[1]?.speaker?.name).toBe('Walter Brand')
  })

  it('takes a name before an irregular verb ("gave", "said") as the new subject', () => {
    const story = [
      '"The visit is private," said embassy official Martin Lind.',
      'Foreign ministry spokesman Wei Tan gave no details on Tuesday.',
      'But he said talks "will continue in good faith."',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, '"The visit is private,"', 'embassy official Martin Lind'),
      quote(story, 'talks "will continue in good faith."', 'he', 'mixed'),
    ])
    expect(result[1]?.speaker?.name).toBe('Wei Tan')
  })

  it('does not take a person from a photo caption as the next speaker', () => {
    const story = [
      '"The line will reopen in spring," said transit chief Omar Haddad.',
      'Rail worker Luc Ferrand inspects a switch near the depot. (Staff file photo)',
      '"We have the crews we need," he said.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, '"The line will reopen in spring,"', 'transit chief Omar Haddad'),
      quote(story, '"We have the crews we need,"', 'he'),
    ])
    expect(names(result)).toEqual(['Omar Haddad', 'Omar Haddad'])
  })

  it('does not give "he" to a capitalised day or place', () => {
    const story = [
      '"I sleep in the shelter most nights," said Ray Mercer.',
      'On Christmas Day, he plans to cook for friends.',
      '"Everybody brings something," he said.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, '"I sleep in the shelter most nights,"', 'Ray Mercer'),
      quote(story, '"Everybody brings something,"', 'he'),
    ])
    expect(result[1]?.speaker?.name).toBe('Ray Mercer')
  })

  it("reads a description before a full name as that person's role", () => {
    const story =
      '"The budget is a mess," one veteran Democrat, Ohio Sen. Carla Vance, said on Monday.'
    const [result] = resolveSpeakers(story, [
      quote(story, '"The budget is a mess,"', 'one veteran Democrat, Ohio Sen. Carla Vance'),
    ])
    expect(result?.speaker).toMatchObject({ name: 'Carla Vance', title: 'Sen.' })
  })

  it('resolves a party label used as a role noun to the person it describes', () => {
    const story = [
      'Senate leader Mitch Hale blamed the press on Tuesday.',
      '"They got it wrong," the Kentucky Republican said.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [
      quote(story, '"They got it wrong,"', 'the Kentucky Republican'),
    ])
    expect(result?.speaker?.name).toBe('Mitch Hale')
  })
})

describe('resolveSpeakers: documents speak for their authors', () => {
  it('credits a report to the company that wrote it', () => {
    const text = [
      'Northern Plains Railway runs forty grain trains a day across the prairies.',
      'A report by the railway company details how hard it is to run trains in the cold.',
      'Trains are shortened when temperatures fall below -25 C, the report said.',
    ].join('\n\n')
    const [result] = resolveSpeakers(text, [
      quote(
        text,
        'Trains are shortened when temperatures fall below -25 C',
        'the report',
        'indirect',
      ),
    ])
    expect(result?.speaker).toEqual({ name: 'Northern Plains Railway', kind: 'organisation' })
  })

  it('credits a release to its possessive owner', () => {
    const text =
      'Cooks at both restaurants will be represented from March, according to the union’s Friday release.'
    const [result] = resolveSpeakers(text, [
      quote(
        text,
        'Cooks at both restaurants will be represented from March',
        'the union’s Friday release',
        'indirect',
      ),
    ])
    expect(result?.speaker).toEqual({ name: 'the union', kind: 'organisation' })
  })

  it('keeps the previous speaker for a document with no author in the text', () => {
    const text = [
      '“The figures speak for themselves,” said Mayor Ines Barka.',
      'The report was published on Tuesday.',
      'Rents rose 4 per cent last year, the report said.',
    ].join('\n\n')
    const results = resolveSpeakers(text, [
      quote(text, '“The figures speak for themselves,”', 'Mayor Ines Barka'),
      quote(text, 'Rents rose 4 per cent last year', 'the report', 'indirect'),
    ])
    expect(names(results)).toEqual(['Ines Barka', 'Ines Barka'])
  })
})

describe('resolveSpeakers: organisations', () => {
  const text = [
    'The Northern Rivers Alliance (NRA) said in a statement that it had taken the dam.',
    '"Our forces control the spillway," the NRA said.',
    'The Turkish army said its units had crossed the border.',
    '"The operation is limited in scope," it said.',
    'The figures were confirmed by Harbour News, according to the report.',
  ].join('\n\n')

  it('names an organisation and resolves its bracketed acronym', () => {
    const result = resolveSpeakers(text, [
      quote(text, 'it had taken the dam', 'The Northern Rivers Alliance (NRA)', 'indirect'),
      quote(text, '"Our forces control the spillway,"', 'the NRA'),
    ])
    expect(result.map((q) => q.speaker)).toEqual([
      { name: 'the Northern Rivers Alliance', kind: 'organisation' },
      { name: 'the Northern Rivers Alliance', kind: 'organisation' },
    ])
  })

  it('keeps a described organisation and resolves "it" to it', () => {
    const quotes = [
      quote(text, 'its units had crossed the border', 'The Turkish army', 'indirect'),
      quote(text, '"The operation is limited in scope,"', 'it'),
    ]
    expect(resolveSpeakers(text, quotes).map((q) => q.speaker)).toEqual([
      { name: 'the Turkish army', kind: 'organisation' },
      { name: 'the Turkish army', kind: 'organisation' },
    ])
  })

  it('reads a news outlet as an organisation', () => {
    const story = '"Talks will resume in March," Harbour News reported.'
    const [result] = resolveSpeakers(story, [
      quote(story, '"Talks will resume in March,"', 'Harbour News'),
    ])
    expect(result?.speaker).toEqual({ name: 'Harbour News', kind: 'organisation' })
  })

  it('reads a name ending in a company word as a company, and its brand word alone as it', () => {
    const story = [
      'Halvorsen Energy shares fell 4 per cent on Tuesday.',
      'Halvorsen said its refinery in Red Deer would reopen in May.',
      '"We expect a strong second half," the company said in a statement.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(story, 'its refinery in Red Deer would reopen in May', 'Halvorsen', 'indirect'),
      quote(story, '"We expect a strong second half,"', 'the company'),
    ])
    expect(result.map((q) => q.speaker)).toEqual([
      { name: 'Halvorsen Energy', kind: 'organisation' },
      { name: 'Halvorsen Energy', kind: 'organisation' },
    ])
  })

  it('keeps a body named by a proper modifier ("The Greek navy") as itself', () => {
    const story = [
      'The Free Coast Army said its boats had reached the island before dawn.',
      'The Greek navy said in a statement that two frigates would join the search on Monday.',
    ].join('\n\n')
    const result = resolveSpeakers(story, [
      quote(
        story,
        'its boats had reached the island before dawn',
        'The Free Coast Army',
        'indirect',
      ),
      quote(story, 'two frigates would join the search on Monday', 'The Greek navy', 'indirect'),
    ])
    expect(result.map((q) => q.speaker)).toEqual([
      { name: 'the Free Coast Army', kind: 'organisation' },
      { name: 'the Greek navy', kind: 'organisation' },
    ])
  })

  it('keeps a body that belongs to someone ("his office") as written', () => {
    const story = [
      'The Export Credit Agency insured the project in 2012.',
      'Trade Minister Paul Roy oversees the Crown corporation.',
      'In a statement, his office said the payments followed the contracts.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [
      quote(story, 'the payments followed the contracts', 'his office', 'indirect'),
    ])
    expect(result?.speaker).toEqual({ name: 'his office', kind: 'organisation' })
  })

  it('reads a name joined by "&" as one company', () => {
    const story = [
      'Harlow & Finch rallied 6 per cent after its profit beat forecasts.',
      'The company said its annual sales could be stronger than expected.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [
      quote(story, 'its annual sales could be stronger than expected', 'The company', 'indirect'),
    ])
    expect(result?.speaker).toEqual({ name: 'Harlow & Finch', kind: 'organisation' })
  })

  it('resolves "the agency" to the latest government body, not a bare acronym', () => {
    const story = [
      'The US and the EU have both raised the case.',
      'The Federal Aviation Department grounded the fleet on Friday.',
      '"Safety comes first," the agency said.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [quote(story, '"Safety comes first,"', 'the agency')])
    expect(result?.speaker).toEqual({
      name: 'the Federal Aviation Department',
      kind: 'organisation',
    })
  })

  it('takes the family of an organisation from the last noun of its name', () => {
    const story = [
      'The state fined Public Service Electric and Gas Company on Monday.',
      '"The order sets strict standards," the ratings agency said.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [
      quote(story, '"The order sets strict standards,"', 'the ratings agency'),
    ])
    expect(result?.speaker).toEqual({ name: 'the ratings agency', kind: 'organisation' })
  })

  it('does not give "the union" to a company named by a company word', () => {
    const story = [
      'Northline Airlines cut 400 jobs in March.',
      '"Our members were never consulted," the union said.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [
      quote(story, '"Our members were never consulted,"', 'the union'),
    ])
    expect(result?.speaker).toEqual({ name: 'the union', kind: 'organisation' })
  })

  it('reads a company name after other words as the company alone', () => {
    const story = [
      'The stake was bought by Jon Googel and Ben Sisti of Harbourview Realty on Friday.',
      'The company said it now owns 5.2 per cent of the shares.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [
      quote(story, 'it now owns 5.2 per cent of the shares', 'The company', 'indirect'),
    ])
    expect(result?.speaker).toEqual({ name: 'Harbourview Realty', kind: 'organisation' })
  })

  it('keeps "the ministry" as written when only a company came before', () => {
    const story = [
      'Marlow Technologies shut its plant in March.',
      '"The plant broke no rules," the ministry said.',
    ].join('\n\n')
    const [result] = resolveSpeakers(story, [
      quote(story, '"The plant broke no rules,"', 'the ministry'),
    ])
    expect(result?.speaker).toEqual({ name: 'the ministry', kind: 'organisation' })
  })
})

describe('resolveSpeakers: floating quotes', () => {
  it('gives a quoted paragraph with no cue to the previous speaker', () => {
    const text = [
      'Coach Ray Alvarez said: "We lost our shape in the second half.',
      '"We will fix it before Saturday."',
      '"The fans deserve better." Alvarez later apologised.',
    ].join('\n\n')
    const quotes = [
      quote(text, '"We lost our shape in the second half.', 'Coach Ray Alvarez'),
      quote(text, '"We will fix it before Saturday."'),
      quote(text, '"The fans deserve better."'),
    ]
    const result = resolveSpeakers(text, quotes)
    expect(names(result)).toEqual(['Ray Alvarez', 'Ray Alvarez', 'Ray Alvarez'])
    expect(result[1]?.speaker?.role).toBe('Coach')
  })

  it('gives a quote with no cue to a person named earlier in its own sentence', () => {
    const text = [
      '"We will rebuild," Mayor Ana Ruiz said.',
      'Rather than wait, asks festival director Tomas Eklund, "why not hold it in the park this year?"',
    ].join('\n\n')
    const result = resolveSpeakers(text, [
      quote(text, '"We will rebuild,"', 'Mayor Ana Ruiz'),
      quote(text, '"why not hold it in the park this year?"'),
    ])
    expect(names(result)).toEqual(['Ana Ruiz', 'Tomas Eklund'])
  })

  it('leaves a floating quote with no earlier speaker unresolved', () => {
    const text = '"Nobody saw it coming." The storm hit at noon.'
    const [result] = resolveSpeakers(text, [quote(text, '"Nobody saw it coming."')])
    expect(result?.speaker).toBeUndefined()
  })

  it('returns new objects in the input order and leaves the input alone', () => {
    const text = '"First," Ana Silva said. "Second," she said.'
    const quotes = [quote(text, '"Second,"', 'she'), quote(text, '"First,"', 'Ana Silva')]
    const result = resolveSpeakers(text, quotes)
    expect(names(result)).toEqual(['Ana Silva', 'Ana Silva'])
    expect(quotes[0]?.speaker).toBeUndefined()
  })
})

describe('resolveSpeakers: seed articles', () => {
  it('resolves every Dunford quote in 001, "he said" included', () => {
    const text = readSeed('001')
    const quotes = [
      quote(
        text,
        '“The coalition and Turkey will work together',
        'Chairman of the US Joint Chiefs of Staff Gen. Joseph Dunford',
      ),
      quote(
        text,
        '“without incorporating the Turks and their perspective into our plans,”',
        'Dunford',
      ),
      quote(text, '“We always knew the SDF wasn’t the solution', 'Dunford'),
      quote(text, '“What we are working on right now'),
      quote(text, '“[The operation needs] a predominantly Arab and Sunni Arab force,”', 'he'),
    ]
    const result = resolveSpeakers(text, quotes)
    expect(names(result)).toEqual(Array(5).fill('Joseph Dunford'))
    expect(result[0]?.speaker?.role).toBe('Chairman of the US Joint Chiefs of Staff')
  })

  it('keeps the surname in 000, where no full name is given', () => {
    const text = readSeed('000')
    const quotes = [
      quote(
        text,
        '"without incorporating the Turks and their perspective into our plans,"',
        'Dunford',
      ),
      quote(text, '"[The operation needs] a predominantly Arab and Sunni Arab force,"', 'he'),
    ]
    expect(names(resolveSpeakers(text, quotes))).toEqual(['Dunford', 'Dunford'])
  })

  it('resolves Selo in 003 to Talal Ali Selo with his role', () => {
    const text = readSeed('003')
    const quotes = [
      quote(
        text,
        '"We are starting an operation to liberate Raqqa',
        'Brig. Gen. Talal Ali Selo, the spokesman for the SDF',
      ),
      quote(text, '"[The operation] will start by taking Raqqa countryside', 'Selo'),
    ]
    const result = resolveSpeakers(text, quotes)
    expect(names(result)).toEqual(['Talal Ali Selo', 'Talal Ali Selo'])
    expect(result[1]?.speaker?.role).toBe('spokesman for the SDF')
  })
})

describe('resolveSpeakers: bad input', () => {
  it('throws a TypeError for text that is not a string', () => {
    expect(() => resolveSpeakers(42 as unknown as string, [])).toThrow(
      /Cannot `resolveSpeakers` without text: expected the document as a string, got the number 42/,
    )
  })

  it('rejects unknown options with a did-you-mean', () => {
    expect(() => resolveSpeakers('Ana Ruiz spoke.', [], { paragraph: [] } as never)).toThrow(
      /Unknown option `paragraph` for `resolveSpeakers`: did you mean `paragraphs`\?/,
    )
    expect(() => resolveSpeakers('Ana Ruiz spoke.', [], { paragraphs: 'all' } as never)).toThrow(
      /Option `paragraphs` for `resolveSpeakers` must be an array, not the string "all"/,
    )
  })

  it('throws a TypeError for quotes that are not an array', () => {
    expect(() => resolveSpeakers('text', {} as unknown as Quote[])).toThrow(
      /expected an array of Quote objects, got an object/,
    )
  })

  it('throws a RangeError for a span outside the text', () => {
    const bad: Quote = { kind: 'direct', content: [{ start: 5, end: 99, text: 'x' }], text: 'x' }
    expect(() => resolveSpeakers('short text', [bad])).toThrow(
      /quote 0: span .* is not within the text \(0–10\)/,
    )
  })
})

describe('resolveSpeakers: any input (property)', () => {
  const word = fc.constantFrom(
    'Gen.',
    'Joseph',
    'Dunford',
    'said',
    'he',
    'she',
    'the',
    'general',
    'army',
    'The',
    'SDF',
    '(SDF)',
    ',',
    '.',
    '"',
    '“',
    '”',
    'Mr.',
    'O’Brien',
    'Jean-Yves',
    'of',
    'spokesman',
    '\n\n',
    'it',
    'they',
    'Ministry',
    'a',
    'Sunday',
    'US-backed',
    '’s',
    'é',
    '🙂',
  )
  const document = fc.array(word, { maxLength: 60 }).map((words) => words.join(' '))

  it('never throws on valid spans, keeps the order and names every resolved speaker', () => {
    fc.assert(
      fc.property(
        document,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }),
        (text, picks) => {
          const quotes: Quote[] = picks.map(([a, b, c, d, withMention]) => {
            const start = a % (text.length + 1)
            const end = start + (b % (text.length - start + 1))
            const built: Quote = {
              kind: 'direct',
              content: [{ start, end, text: text.slice(start, end) }],
              text: text.slice(start, end),
            }
            if (withMention) {
              const mentionStart = c % (text.length + 1)
              const mentionEnd = mentionStart + (d % (text.length - mentionStart + 1))
              built.mention = {
                start: mentionStart,
                end: mentionEnd,
                text: text.slice(mentionStart, mentionEnd),
              }
            }
            return built
          })
          const result = resolveSpeakers(text, quotes)
          expect(result).toHaveLength(quotes.length)
          result.forEach((quote, index) => {
            expect(quote.content).toBe(quotes[index]?.content)
            if (quote.speaker) expect(quote.speaker.name.length).toBeGreaterThan(0)
          })
        },
      ),
      { numRuns: 300 },
    )
  })

  it('resolves every quote of a long document', () => {
    const paragraph =
      'Gen. Joseph Dunford, the chairman, met Army Gen. Hulusi Akar in Ankara. "We agree," he said.\n\n'
    const text = paragraph.repeat(2000)
    const quotes: Quote[] = []
    for (let start = text.indexOf('"We'); start >= 0; start = text.indexOf('"We', start + 1)) {
      const end = start + '"We agree,"'.length
      quotes.push({
        kind: 'direct',
        content: [{ start, end, text: text.slice(start, end) }],
        text: '"We agree,"',
        mention: { start: end + 1, end: end + 3, text: 'he' },
      })
    }
    const result = resolveSpeakers(text, quotes)
    expect(result.every((quote) => quote.speaker?.name === 'Joseph Dunford')).toBe(true)
  })

  it('grows linearly with the length of the document (CPU time at n and 4n)', () => {
    const paragraph =
      'Gen. Joseph Dunford, the chairman, met Army Gen. Hulusi Akar in Ankara. "We agree," he said.\n\n'
    const growth = measureGrowth({
      n: 200,
      make: (count) => {
        const text = paragraph.repeat(count)
        const quotes: Quote[] = []
        for (let start = text.indexOf('"We'); start >= 0; start = text.indexOf('"We', start + 1)) {
          const end = start + '"We agree,"'.length
          quotes.push({
            kind: 'direct',
            content: [{ start, end, text: text.slice(start, end) }],
            text: '"We agree,"',
            mention: { start: end + 1, end: end + 3, text: 'he' },
          })
        }
        return { text, quotes }
      },
      run: ({ text, quotes }) => resolveSpeakers(text, quotes),
    })
    expect(growth.linear, growth.summary).toBe(true)
  })
})
