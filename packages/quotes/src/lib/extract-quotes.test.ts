import { type Article, parseArticle } from '@copydesk/parse'
import { seeds as seedTexts } from '@copydesk/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as api from '../index.js'
import { analyseQuotes, analyzeQuotes, extractQuotes, findNonQuotes } from './extract-quotes.js'
import type { Quote } from './types.js'

const quotesOnly = { resolveSpeakers: false } as const

function only(text: string): Quote {
  const quotes = extractQuotes(text, quotesOnly)
  expect(quotes).toHaveLength(1)
  return quotes[0] as Quote
}

describe('public API', () => {
  it('exports the extraction functions and the plugin', () => {
    expect(typeof api.extractQuotes).toBe('function')
    expect(typeof api.analyseQuotes).toBe('function')
    expect(api.analyzeQuotes).toBe(api.analyseQuotes)
    expect(typeof api.findNonQuotes).toBe('function')
    expect(typeof api.classifyQuoted).toBe('function')
    expect(typeof api.default).toBe('function')
    expect(api.copydeskQuotes).toBe(api.default)
  })
})

describe('direct quotes', () => {
  it('reads a quote with the speaker after it, straight marks', () => {
    const text = '"The bridge will reopen in May," Mayor Ana Ruiz said on Tuesday.'
    const quote = only(text)
    expect(quote.kind).toBe('direct')
    expect(quote.text).toBe('"The bridge will reopen in May,"')
    expect(quote.cue).toMatchObject({ text: 'said', lemma: 'say' })
    expect(quote.mention?.text).toBe('Mayor Ana Ruiz')
  })

  it('reads curly double marks and an inverted cue with an appositive', () => {
    const text = '“We are not leaving,” said Tom Okafor, the union’s chief negotiator.'
    const quote = only(text)
    expect(quote.text).toBe('“We are not leaving,”')
    expect(quote.mention?.text).toBe('Tom Okafor, the union’s chief negotiator')
  })

  it('reads single quotes used as quotation marks, and keeps apostrophes inside', () => {
    const text = "'We don't expect the players' union to agree,' the league's lawyer said."
    const quote = only(text)
    expect(quote.kind).toBe('direct')
    expect(quote.mention?.text).toBe("the league's lawyer")
  })

  it('reads a colon introduction', () => {
    const text = 'The coach said: "We played our best game of the season."'
    const quote = only(text)
    expect(quote.text).toBe('"We played our best game of the season."')
    expect(quote.mention?.text).toBe('The coach')
  })

  it('reads a speaker in the middle as one quote with two content spans', () => {
    const text = '"The water is safe," she said, "but we will keep testing it every week."'
    const quote = only(text)
    expect(quote.content.map((span) => span.text)).toEqual([
      '"The water is safe,"',
      '"but we will keep testing it every week."',
    ])
    expect(quote.mention?.text).toBe('she')
  })

  it('ends an inverted speaker at a party-state label that closes the sentence', () => {
    const text =
      '“It is the old hearts and minds thing,” said Sen. Ruth Calder, D-Vt. Marsh, she said, “knows every vote in the room.”'
    const quotes = extractQuotes(text)
    expect(quotes.map((quote) => quote.mention?.text)).toEqual(['Sen. Ruth Calder, D-Vt.', 'she'])
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Ruth Calder', 'Ruth Calder'])
  })

  it('reads a speaker with title and appositive before the verb', () => {
    const text =
      '"The ceasefire is holding," Col. Maya Brandt, the spokeswoman for the mission, told reporters Monday.'
    const quote = only(text)
    expect(quote.mention?.text).toBe('Col. Maya Brandt, the spokeswoman for the mission')
    expect(quote.cue?.lemma).toBe('tell')
  })

  it('keeps a quote within a quote inside the outer quote', () => {
    const text = '"He looked at me and said \'go home\', so I did," the witness told the court.'
    const quote = only(text)
    expect(quote.text).toBe('"He looked at me and said \'go home\', so I did,"')
  })

  it('reads two quotes joined by "and" as one direct quote with two spans', () => {
    const quotes = extractQuotes(
      'Witnesses said the crowd chanted “No more cuts” and “Save our clinic.”',
      quotesOnly,
    )
    const chant = quotes.find((quote) => quote.cue?.lemma === 'chant')
    expect(chant?.kind).toBe('direct')
    expect(chant?.content.map((span) => span.text)).toEqual([
      '“No more cuts”',
      '“Save our clinic.”',
    ])
    expect(chant?.mention?.text).toBe('the crowd')
  })

  it('keeps bracketed insertions in the content', () => {
    const text = '"[The new plant] will employ 400 people," the minister said.'
    expect(only(text).text).toBe('"[The new plant] will employ 400 people,"')
  })

  it('continues a quote into the next paragraph that opens with a mark again', () => {
    const text =
      'The director said: "We knew the first season would be hard.\n\n"What matters now is that the audience keeps coming back."\n\nTickets went on sale Friday.'
    const quote = only(text)
    expect(quote.content).toHaveLength(2)
    expect(quote.content[1]?.text).toBe(
      '"What matters now is that the audience keeps coming back."',
    )
    expect(quote.mention?.text).toBe('The director')
  })

  it('splits a following sentence of quotation into a floating quote', () => {
    const text = '"Prices will fall," Lee said. "They always do after a harvest like this one."'
    const quotes = extractQuotes(text, quotesOnly)
    expect(quotes).toHaveLength(2)
    expect(quotes[1]?.cue).toBeUndefined()
    expect(quotes[1]?.mention).toBeUndefined()
  })
})

describe('partial, mixed and indirect quotes', () => {
  it('reads indirect speech after the cue', () => {
    const text = 'Police Chief Dana Moss said the suspect had fled north before dawn.'
    const quote = only(text)
    expect(quote.kind).toBe('indirect')
    expect(quote.text).toBe('the suspect had fled north before dawn')
    expect(quote.mention?.text).toBe('Police Chief Dana Moss')
  })

  it('skips "in a statement" and "that" before the reported clause', () => {
    const text = 'The health ministry said in a statement that two clinics would close in March.'
    const quote = only(text)
    expect(quote.text).toBe('two clinics would close in March')
    expect(quote.mention?.text).toBe('The health ministry')
  })

  it('skips the hearer after "told"', () => {
    const text = 'The senator told reporters that the bill lacked the votes to pass.'
    const quote = only(text)
    expect(quote.text).toBe('the bill lacked the votes to pass')
    expect(quote.cue?.lemma).toBe('tell')
  })

  it('reads reported speech before the cue', () => {
    const text = 'The factory will close by the end of the year, a company spokesman said.'
    const quote = only(text)
    expect(quote.kind).toBe('indirect')
    expect(quote.text).toBe('The factory will close by the end of the year')
  })

  it('reads "according to" as the cue', () => {
    const text = 'More than 300 homes lost power overnight, according to the utility.'
    const quote = only(text)
    expect(quote.cue).toMatchObject({ text: 'according to', lemma: 'according to' })
    expect(quote.mention?.text).toBe('the utility')
  })

  it('ends a sentence-opening "according to" source at its comma, before the clause', () => {
    const quote = only(
      'According to the report, the Harbour Safety Board (HSB) found two cracks in the hull.',
    )
    expect(quote.mention?.text).toBe('the report')
    expect(quote.text).toBe('the Harbour Safety Board (HSB) found two cracks in the hull')
    const appositive = only(
      'According to Mara Quist, the board’s chief inspector, the ferry was never at risk.',
    )
    expect(appositive.mention?.text).toBe('Mara Quist, the board’s chief inspector')
    expect(appositive.text).toBe('the ferry was never at risk')
  })

  it('keeps what an anonymous source is familiar with or close to in the mention', () => {
    const talks = only(
      'The two leaders spoke twice last week, according to a person familiar with the talks.',
    )
    expect(talks.mention?.text).toBe('a person familiar with the talks')
    const minister = only('The budget will be delayed, according to sources close to the minister.')
    expect(minister.mention?.text).toBe('sources close to the minister')
  })

  it('keeps an -ing or -ed word before a role noun in the mention', () => {
    const before = only('“Orders are down,” the firm’s managing director Lea Hart said on Monday.')
    expect(before.mention?.text).toBe('the firm’s managing director Lea Hart')
    const after = only('“Orders are down,” said acting president Omar Haddad.')
    expect(after.mention?.text).toBe('acting president Omar Haddad')
  })

  it('keeps an organisation whose name lists fields with commas in one mention', () => {
    const text =
      'The quake struck at dawn, according to the Ocean, Weather and Seismology Institute (OWSI).'
    const [quote] = extractQuotes(text)
    expect(quote?.mention?.text).toBe('the Ocean, Weather and Seismology Institute')
    expect(quote?.speaker).toEqual({
      name: 'the Ocean, Weather and Seismology Institute',
      kind: 'organisation',
    })
  })

  it('reads a quoted fragment inside reported speech as partial', () => {
    const text = 'The mayor said the plan was "dead on arrival" and would not be revived.'
    const quote = only(text)
    expect(quote.kind).toBe('partial')
    expect(quote.text).toBe('the plan was "dead on arrival" and would not be revived')
  })

  it('reads a quoted sentence with unquoted material as mixed', () => {
    const text =
      'Ortiz said the team had improved, adding: "We are faster than last year" and stronger too.'
    const quotes = extractQuotes(text, quotesOnly)
    expect(quotes.map((quote) => quote.kind)).toEqual(['indirect', 'mixed'])
  })

  it('names the outlet a quote came through as `via`', () => {
    const text = '"We will rebuild the port," he said, according to state television.'
    const quote = only(text)
    expect(quote.via?.text).toBe('state television')
    expect(quote.mention?.text).toBe('he')
  })

  it('credits the speaker named after "according to" when an outlet reported it', () => {
    const text =
      'The agency reported that the talks would resume, "as long as both sides keep their word," according to Ramos.'
    const quote = only(text)
    expect(quote.mention?.text).toBe('Ramos')
    expect(quote.via?.text).toBe('The agency')
  })
})

describe('not speech', () => {
  it('classifies names and titles in quotes as titles, not quotes', () => {
    const text = 'The army launched the operation "Northern Shield" on Monday.'
    expect(extractQuotes(text, quotesOnly)).toEqual([])
    expect(findNonQuotes(text)).toMatchObject([{ text: '"Northern Shield"', kind: 'title' }])
  })

  it('classifies a show title after an attribution as a title', () => {
    const text = '"We need a deal this week," Senator Hale said on "Meet the Voters."'
    const { quotes, nonQuotes } = analyseQuotes(text, quotesOnly)
    expect(quotes).toHaveLength(1)
    expect(nonQuotes).toMatchObject([{ kind: 'title' }])
  })

  it('classifies a short quoted word with no speaker as a scare quote', () => {
    const text = "Critics mocked the town's new 'smart' parking meters."
    expect(extractQuotes(text, quotesOnly)).toEqual([])
    expect(findNonQuotes(text)).toMatchObject([{ text: "'smart'", kind: 'scare' }])
  })

  it('classifies a nickname after "dubbed" as a title', () => {
    const text = 'The striker, dubbed "the Hammer" by fans, scored twice.'
    expect(findNonQuotes(text)).toMatchObject([{ text: '"the Hammer"', kind: 'title' }])
  })
})

describe('unbalanced marks', () => {
  it('cuts an unclosed quote at the end of its paragraph and reports it', () => {
    const text =
      'The chef said: "Nobody orders the soup anymore.\n\nThe restaurant closes on Sunday, the owner said.'
    const { quotes, problems } = analyseQuotes(text, quotesOnly)
    expect(problems).toMatchObject([{ ruleId: 'unclosed-quote', start: 15 }])
    expect(quotes[0]?.content[0]?.end).toBe(text.indexOf('\n'))
    expect(quotes[1]?.text).toBe('The restaurant closes on Sunday')
  })

  it('reports a closing mark with no opening one', () => {
    const { problems } = analyseQuotes('The vote was close.” Counting went on.', quotesOnly)
    expect(problems).toMatchObject([{ ruleId: 'unmatched-closing-quote' }])
  })
})

describe('input checks', () => {
  const story = '"We will reopen the bridge by Friday," Mayor Lena Ortiz said on Tuesday.'

  it('rejects an unknown option with the name it most likely meant', () => {
    expect(() => extractQuotes(story, { belief: true } as never)).toThrow(
      /Unknown option `belief` for `extractQuotes`: did you mean `beliefs`\?/,
    )
    expect(() => analyseQuotes(story, { resolveSpeaker: false } as never)).toThrow(
      /Unknown option `resolveSpeaker` for `analyseQuotes`: did you mean `resolveSpeakers`\?/,
    )
    expect(() => findNonQuotes(story, { trees: false } as never)).toThrow(
      /Unknown option `trees` for `findNonQuotes`/,
    )
  })

  it('rejects an option of the wrong type, naming what it got', () => {
    expect(() => extractQuotes(story, { beliefs: 'yes' } as never)).toThrow(
      /Option `beliefs` for `extractQuotes` must be a boolean, not the string "yes"/,
    )
  })

  it('keeps analyzeQuotes as a deprecated alias of analyseQuotes', () => {
    expect(analyzeQuotes(story, quotesOnly)).toEqual(analyseQuotes(story, quotesOnly))
    expect(analyseQuotes(story, { beliefs: undefined }).quotes[0]?.speaker?.name).toBe('Lena Ortiz')
  })

  it('throws a TypeError naming the function for bad input', () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(
      /Cannot `extractQuotes` without text: expected a string or an Article.*got the number 42/,
    )
    expect(() => extractQuotes('x', 'fast' as never)).toThrow(
      /Options for `extractQuotes` must be an object such as \{beliefs: …\}, not the string "fast"/,
    )
  })

  it('reads a paragraph of an Article whole when its body blocks split it at a line break', () => {
    const text =
      'Harbour Mills Inc said\nits board approved a three-for-two stock split, the company said.'
    const lineBreak = text.indexOf('\n')
    const parsed = parseArticle(text, { tree: false })
    expect(parsed.paragraphs).toHaveLength(1)
    const article = {
      ...parsed,
      blocks: [
        { role: 'body', paragraph: 0, start: 0, end: lineBreak, text: text.slice(0, lineBreak) },
        {
          role: 'body',
          paragraph: 0,
          start: lineBreak + 1,
          end: text.length,
          text: text.slice(lineBreak + 1),
        },
      ] as const,
    }
    const [quote] = extractQuotes(article as unknown as Article)
    expect(quote?.text).toBe('its board approved a three-for-two stock split')
    expect(quote?.mention?.text).toBe('Harbour Mills Inc')
  })

  it('reads an Article from its body paragraphs only, by the paragraphs it carries', () => {
    const text = 'Drought hits "breadbasket" region\n\n"The wells are dry," a farmer said.'
    const article = parseArticle(text, { tree: false })
    expect(article.headline?.text).toBe('Drought hits "breadbasket" region')
    const quotes = extractQuotes(article, quotesOnly)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.content[0]?.start).toBe(text.indexOf('"The'))
    expect(extractQuotes(text, quotesOnly)).toEqual(quotes)
  })

  it('rejects a body block outside the paragraph it names', () => {
    const article = parseArticle('"The wells are dry," a farmer said.', { tree: false })
    const block = { ...(article.blocks[0] as Article['blocks'][number]), paragraph: 3 }
    expect(() => extractQuotes({ ...article, blocks: [block] })).toThrow(
      /Cannot `extractQuotes` with article body block \{"start":0,"end":35,"paragraph":3\}/,
    )
    expect(() => extractQuotes({ text: 'x', body: [] } as unknown as Article)).toThrow(
      /expected a string or an Article .*with `blocks` and `paragraphs`/,
    )
  })
})

describe('properties', () => {
  it('never throws and every span matches the text', () => {
    const pieces = fc.constantFrom(
      '"',
      '“',
      '”',
      "'",
      '‘',
      '’',
      ' said ',
      ' he said. ',
      ', according to ',
      'The mayor',
      ' told reporters that ',
      '\n\n',
      '\n',
      ': ',
      ', ',
      '. ',
      'We will win',
      '(AP)',
      '[sic]',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const { quotes, nonQuotes } = analyseQuotes(text)
        for (const quote of quotes) {
          for (const span of [...quote.content, quote.cue, quote.mention, quote.via]) {
            if (span) expect(text.slice(span.start, span.end)).toBe(span.text)
          }
        }
        for (const span of nonQuotes) expect(text.slice(span.start, span.end)).toBe(span.text)
      }),
      { numRuns: 400 },
    )
  })

  // No wall-clock limit here: a timing assertion would fail on a loaded machine. How the cost
  // grows is for CPU-time growth tests (measureGrowth); this checks the result on a large input.
  it('reports problems on long unbalanced input', () => {
    const text = `${'"He said '.repeat(20000)}\n${'“x '.repeat(20000)}`
    const { problems } = analyseQuotes(text, quotesOnly)
    expect(problems.length).toBeGreaterThan(0)
  })

  it('resolves speakers on a long story full of names and no brackets', () => {
    const paragraph =
      'Harbour Board chair Ines Barka met Mayor Tomas Reyes and Councillor Ada Quinn on Monday. "We will rebuild the pier," Barka said.'
    const text = Array.from({ length: 6000 }, () => paragraph).join('\n\n')
    const quotes = extractQuotes(text)
    expect(quotes).toHaveLength(6000)
    expect(quotes.at(-1)?.speaker?.name).toBe('Ines Barka')
  })
})

const seeds = seedTexts().map((seed) => seed.text)

describe('names with lower-case words, confirmed by their acronym', () => {
  it('keeps the whole name after "according to" when the acronym spells it', () => {
    const text =
      'Two clinics closed in the east of the city, according to the monitoring group Darfur is Watching Closely (DWC).'
    const [quote] = extractQuotes(text)
    expect(quote?.mention?.text).toBe('the monitoring group Darfur is Watching Closely (DWC)')
    expect(quote?.speaker).toEqual({ name: 'Darfur is Watching Closely', kind: 'organisation' })
  })

  it('keeps the whole name before the cue', () => {
    const text =
      'Families Are Still Waiting (FASW) said in a statement that the ferry was overloaded.'
    const [quote] = extractQuotes(text)
    expect(quote?.mention?.text).toBe('Families Are Still Waiting (FASW)')
    expect(quote?.speaker).toEqual({ name: 'Families Are Still Waiting', kind: 'organisation' })
  })

  it('names the group for its acronym and its initials later in the text', () => {
    const text = [
      'Two clinics closed in the east of the city, according to the monitoring group Darfur is Watching Closely (DWC).',
      'The DWC said the road to the airport was shut.',
      '"We counted forty trucks," DiWC said.',
    ].join('\n\n')
    const speakers = extractQuotes(text).map((quote) => quote.speaker?.name)
    expect(speakers.slice(0, 2)).toEqual([
      'Darfur is Watching Closely',
      'Darfur is Watching Closely',
    ])
  })

  it('does not join a clause to a name when the acronym spells only the name', () => {
    const text =
      'Mosul was calm on Tuesday night, according to a reporter for the Associated Press (AP).'
    const [quote] = extractQuotes(text)
    expect(quote?.mention?.text).toBe('a reporter for the Associated Press (AP)')
    const clause = extractQuotes(
      'The hospital is being rebuilt, according to Amal Haddad (AH), a nurse.',
    )
    expect(clause[0]?.speaker?.name).toBe('Amal Haddad')
  })
})

describe('documents and offices as speakers', () => {
  it('keeps "released by" and its author in an inverted mention', () => {
    const [quote] = extractQuotes(
      '"The talks were frank and useful," said a statement released by the Premier’s Office.',
    )
    expect(quote?.kind).toBe('direct')
    expect(quote?.mention?.text).toBe('a statement released by the Premier’s Office')
    expect(quote?.speaker).toEqual({ name: 'the Premier’s Office', kind: 'organisation' })
  })

  it('names an office after a possessive as one body', () => {
    const [quote] = extractQuotes('"No decision has been made," the Mayor’s Office said.')
    expect(quote?.speaker).toEqual({ name: 'the Mayor’s Office', kind: 'organisation' })
  })

  it('credits a document on a website to the site’s owner, and an unowned one to no one', () => {
    const [owned] = extractQuotes(
      '"Cold weather slows every train," says a report on the railway company’s website.',
    )
    expect(owned?.speaker).toEqual({ name: 'the railway company', kind: 'organisation' })
    const [unowned] = extractQuotes('"Cold weather slows every train," says a report.')
    expect(unowned?.speaker).toEqual({ name: 'a report', kind: 'unknown' })
  })
})

describe('quantifiers as speakers', () => {
  it('reads "Many in Raqqa" as a group, not as a person named Raqqa', () => {
    const text = 'Many in Tikrit say they cannot afford to rebuild their homes.'
    const [quote] = extractQuotes(text)
    expect(quote?.mention?.text).toBe('Many in Tikrit')
    expect(quote?.speaker).toEqual({ name: 'Many in Tikrit', kind: 'unknown' })
  })
})

describe('seed articles', () => {
  it('does not report "Euphrates Rage" or \'capital\' as speech', () => {
    for (const text of seeds) {
      const { quotes, nonQuotes } = analyseQuotes(text)
      for (const quote of quotes) {
        if (quote.kind !== 'indirect') {
          expect(quote.text).not.toMatch(/^.?Euphrates Rage/)
          expect(quote.text).not.toMatch(/^.?capital.?$/)
        }
      }
      if (text.includes('Euphrates Rage')) {
        expect(nonQuotes.map((span) => span.text)).toContain(
          text.includes('“Euphrates Rage,”') ? '“Euphrates Rage,”' : '"Euphrates Rage,"',
        )
      }
    }
    expect(findNonQuotes(seeds[3] as string).map((span) => span.text)).toContain("'capital'")
  })

  it('finds every Dunford quote in seed 000', () => {
    const quotes = extractQuotes(seeds[0] as string)
    const texts = quotes.map((quote) => quote.text)
    const find = (fragment: string) => quotes.find((quote) => quote.text.includes(fragment))
    expect(find('without incorporating the Turks')?.mention?.text).toBe('Dunford')
    expect(find('We always knew the SDF')?.content).toHaveLength(2)
    expect(find('We always knew the SDF')?.mention?.text).toBe('Dunford')
    expect(find('[The operation needs]')?.mention?.text).toBe('he')
    expect(find('[The operation needs]')?.via?.text).toBe('DoD News')
    expect(find('And there are forces like that')?.kind).toBe('direct')
    expect(find('the SDF were moving south')?.kind).toBe('indirect')
    expect(find('the US would work with Turkey')?.mention?.text).toBe('He')
    expect(texts.some((text) => text.includes('This would ensure that ISIS fighters'))).toBe(true)
  })

  it('credits the activist group in seed 000 by its full name', () => {
    const quote = extractQuotes(seeds[0] as string).find((entry) =>
      entry.text.startsWith('Raqqa is home to nearly 200,000 people'),
    )
    expect(quote?.mention?.text).toBe(
      'the activist group Raqqa is Being Slaughtered Silently (RSS)',
    )
    expect(quote?.speaker).toEqual({
      name: 'Raqqa is Being Slaughtered Silently',
      kind: 'organisation',
    })
  })

  it('reads the spokesman quote of seed 003 with its full mention', () => {
    const quote = extractQuotes(seeds[3] as string).find((entry) =>
      entry.text.includes('We are starting'),
    )
    expect(quote?.kind).toBe('direct')
    expect(quote?.mention?.text).toBe('Brig. Gen. Talal Ali Selo, the spokesman for the SDF')
    expect(quote?.cue?.lemma).toBe('tell')
  })
})

describe('what is not attributed speech', () => {
  it('reads nothing from a denial of speech', () => {
    expect(
      extractQuotes('The governor has not said whether she will sign the bill.', quotesOnly),
    ).toEqual([])
    expect(extractQuotes("The coach won't say who will start in goal.", quotesOnly)).toEqual([])
  })

  it('reads a cue word used as a noun as no cue', () => {
    expect(
      extractQuotes("The company's claims are under review by regulators.", quotesOnly),
    ).toEqual([])
    expect(extractQuotes('A final report is expected in the spring.', quotesOnly)).toEqual([])
  })

  it('needs a clause after a verb that also takes plain objects', () => {
    expect(
      extractQuotes('The club confirmed the signing of two new defenders.', quotesOnly),
    ).toEqual([])
    const [quote] = extractQuotes(
      'The club confirmed the striker would miss the final.',
      quotesOnly,
    )
    expect(quote?.text).toBe('the striker would miss the final')
  })

  it('reads no one as quoted in a headline or a "READ MORE" line', () => {
    const text =
      'READ MORE: Premier says new tolls will "hurt commuters"\n\nThe vote is set for May.'
    const { quotes, nonQuotes } = analyseQuotes(text, quotesOnly)
    expect(quotes).toEqual([])
    expect(nonQuotes.map((span) => span.text)).toEqual(['"hurt commuters"'])
  })

  it('reads a quote signed with a dash', () => {
    const [quote] = extractQuotes(
      '"We have waited long enough for this park." ― Rosa Delgado',
      quotesOnly,
    )
    expect(quote?.kind).toBe('direct')
    expect(quote?.mention?.text).toBe('Rosa Delgado')
  })

  it('reads a colon-introduced quote without a cue as direct', () => {
    const [quote] = extractQuotes('The new campaign has one message: "Vote early."', quotesOnly)
    expect(quote?.kind).toBe('direct')
    expect(quote?.text).toBe('"Vote early."')
  })

  it('reads a subject with appositives before the verb', () => {
    const [quote] = extractQuotes(
      'Lena Park, a nurse at the county hospital who has worked there for 20 years, said the ward was full.',
      quotesOnly,
    )
    expect(quote?.mention?.text).toBe(
      'Lena Park, a nurse at the county hospital who has worked there for 20 years',
    )
    expect(quote?.text).toBe('the ward was full')
  })

  it('reads a relative pronoun subject as the phrase before it', () => {
    const [quote] = extractQuotes(
      'Several farmers who say the rules are unfair met on Monday.',
      quotesOnly,
    )
    expect(quote?.mention?.text).toBe('Several farmers')
  })
})

describe('parsed articles', () => {
  it('reads the seed quotes from the body of a parsed Article, not from the headline', () => {
    const text = seeds[3] as string
    const article = parseArticle(text)
    const { quotes, nonQuotes } = analyzeQuotes(article)
    const headline = article.headline as { start: number; end: number }
    for (const quote of quotes) expect(quote.content[0]?.start).toBeGreaterThanOrEqual(headline.end)
    expect(nonQuotes.map((span) => span.text)).toContain('"Euphrates Rage,"')
    const selo = quotes.find((quote) => quote.text.includes('We are starting an operation'))
    expect(selo?.speaker?.name).toBe('Talal Ali Selo')
  })

  it('resolves every Dunford quote of seeds 000 and 001 to Joseph Dunford when the name is given', () => {
    const quotes = extractQuotes(parseArticle(seeds[1] as string))
    const dunford = quotes.filter((quote) =>
      [
        'We always knew',
        '[The operation needs]',
        'without incorporating',
        'the SDF were moving',
      ].some((fragment) => quote.text.includes(fragment)),
    )
    expect(dunford).toHaveLength(4)
    for (const quote of dunford) expect(quote.speaker?.name).toBe('Joseph Dunford')
  })
})

describe('reported clauses', () => {
  it('takes "that" as the clause opener only after the cue or its adjuncts', () => {
    const [quote] = extractQuotes(
      'The organiser said the pact deals with groups that support the plan.',
      quotesOnly,
    )
    expect(quote?.text).toBe('the pact deals with groups that support the plan')
  })

  it('reads a cue joined by "and" with the subject of the sentence', () => {
    const [quote] = extractQuotes(
      'Minister Ruth Abara praised the deal and said she expected more trade.',
      quotesOnly,
    )
    expect(quote?.text).toBe('she expected more trade')
    expect(quote?.mention?.text).toBe('Minister Ruth Abara')
  })

  it('takes the subject after an opening adjunct for a cue joined by "and"', () => {
    const [quote] = extractQuotes(
      'In an interview on Monday, Mayor Dana Cole praised the plan and said it would pass.',
      quotesOnly,
    )
    expect(quote?.mention?.text).toBe('Mayor Dana Cole')
  })

  it('keeps "familiar with" and "close to" inside an anonymous source', () => {
    const [quote] = extractQuotes(
      'Talks will resume on Friday, a person familiar with the talks said.',
      quotesOnly,
    )
    expect(quote?.mention?.text).toBe('a person familiar with the talks')
  })

  it('ignores invisible format characters inside a speaker name', () => {
    const [quote] = extractQuotes(
      'Chief Okoro\u200b said the fire was contained by noon.',
      quotesOnly,
    )
    expect(quote?.mention?.text).toBe('Chief Okoro')
  })

  it('ends a quoted sentence before a following reported clause', () => {
    const quotes = extractQuotes(
      '"We will keep the plant open." He added that a buyer had been found for the site.',
      quotesOnly,
    )
    expect(quotes.map((quote) => quote.kind)).toEqual(['direct', 'indirect'])
  })

  it('reads a progressive cue with its subject before the auxiliary', () => {
    const [quote] = extractQuotes(
      'The senator is telling voters that the tax will be repealed.',
      quotesOnly,
    )
    expect(quote?.mention?.text).toBe('The senator')
    expect(quote?.text).toBe('the tax will be repealed')
  })

  it('reads beliefs and intentions only with `beliefs: true` (the PolNeAR standard)', () => {
    const text = 'The coach believes the team can win the title this year.'
    expect(extractQuotes(text, quotesOnly)).toEqual([])
    const [quote] = extractQuotes(text, { ...quotesOnly, beliefs: true })
    expect(quote).toMatchObject({ kind: 'indirect', text: 'the team can win the title this year' })
    expect(quote?.cue?.lemma).toBe('believe')
  })

  it('reads nothing from empty text', () => {
    expect(analyzeQuotes('')).toEqual({ quotes: [], nonQuotes: [], problems: [] })
  })
})
