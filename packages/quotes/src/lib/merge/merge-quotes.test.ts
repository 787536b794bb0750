import { measureGrowth, readSeed } from '@copydesk/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveSpeakers } from '../speakers/index.js'
import type { Quote, SpeakerEntity } from '../types.js'
import { digestQuote, mergeQuotes, quoteWords, reconcileSpeakers } from './index.js'

function quote(text: string, speaker?: SpeakerEntity, kind: Quote['kind'] = 'direct'): Quote {
  const built: Quote = { kind, content: [{ start: 0, end: text.length, text }], text }
  if (speaker) built.speaker = speaker
  return built
}

const person = (name: string, role?: string): SpeakerEntity =>
  role ? { name, kind: 'person', role } : { name, kind: 'person' }

describe('quoteWords', () => {
  it('reads curly and straight marks, dashes and NFKC forms alike', () => {
    expect(quoteWords('“We won’t back down — not now,” ')).toEqual(
      quoteWords('"We won\'t back down - not now,"'),
    )
    expect(quoteWords('ﬁnal ＲＯＵＮＤ')).toEqual(['final', 'round'])
  })

  it('drops brackets and punctuation but keeps the words', () => {
    expect(quoteWords('"[The plan] needs, above all, patience."')).toEqual([
      'the',
      'plan',
      'needs',
      'above',
      'all',
      'patience',
    ])
  })
})

describe('mergeQuotes', () => {
  it('merges curly and straight versions of a quote', () => {
    const merged = mergeQuotes([
      {
        id: 'a',
        quotes: [quote('“The bridge will reopen by the end of June,” ', person('Laila Noor'))],
      },
      { id: 'b', quotes: [quote('"The bridge will reopen by the end of June."', person('Noor'))] },
    ])
    expect(merged).toHaveLength(1)
    expect(merged[0]?.occurrences.map((occurrence) => occurrence.document)).toEqual(['a', 'b'])
    expect(merged[0]?.speaker).toEqual({ name: 'Laila Noor', kind: 'person' })
    expect(merged[0]?.speakerNames).toEqual(['Laila Noor', 'Noor'])
  })

  it('merges a partial quote into the longer quote that contains it', () => {
    const long =
      '“We will not move on the port without consulting the fishermen and their unions first,” she said.'
    const merged = mergeQuotes([
      { id: 'wire', quotes: [quote(long, person('Harbour Minister Inés Vidal'))] },
      {
        id: 'local',
        quotes: [
          quote('"without consulting the fishermen and their unions"', person('Vidal'), 'partial'),
          quote('"The tide tables are wrong," a pilot said.', person('a pilot')),
        ],
      },
    ])
    const port = merged.find((entry) => entry.occurrences.length === 2)
    expect(port?.text).toBe(long)
    expect(port?.occurrences.map((occurrence) => occurrence.quote.kind)).toEqual([
      'direct',
      'partial',
    ])
    expect(port?.speaker?.name).toBe('Harbour Minister Inés Vidal')
    expect(merged).toHaveLength(2)
  })

  it('merges quotes that differ by a word or by punctuation', () => {
    const merged = mergeQuotes([
      {
        id: 'a',
        quotes: [
          quote('"We have enough water for the summer, but not for a second dry year in a row."'),
        ],
      },
      {
        id: 'b',
        quotes: [
          quote('"We have enough water for this summer but not for a second dry year in a row"'),
        ],
      },
    ])
    expect(merged).toHaveLength(1)
  })

  it('keeps different quotes apart, and does not match a short fragment inside a long quote', () => {
    const merged = mergeQuotes([
      { id: 'a', quotes: [quote('"The capital will fall before winter," the colonel said.')] },
      {
        id: 'b',
        quotes: [quote('"capital"'), quote('"The harvest failed for a third year running."')],
      },
    ])
    expect(merged).toHaveLength(3)
    expect(merged.map((entry) => entry.occurrences.length)).toEqual([1, 1, 1])
  })

  it('merges identical short quotes', () => {
    const merged = mergeQuotes([
      { id: 'a', quotes: [quote('“Never again.”')] },
      { id: 'b', quotes: [quote('"Never again"')] },
    ])
    expect(merged).toHaveLength(1)
  })

  it('reconciles names and lists a disagreeing attribution apart', () => {
    const words = '"The talks are over until the ceasefire holds for a full week."'
    const merged = mergeQuotes([
      { id: 'a', quotes: [quote(words, person('Col. Amir Haddad'))] },
      { id: 'b', quotes: [quote(words, person('Haddad', 'army spokesman'))] },
      { id: 'c', quotes: [quote(words, { name: 'the Defence Ministry', kind: 'organisation' })] },
    ])
    expect(merged[0]?.speaker).toEqual({
      name: 'Col. Amir Haddad',
      kind: 'person',
      role: 'army spokesman',
    })
    expect(merged[0]?.speakerNames).toEqual(['Col. Amir Haddad', 'Haddad'])
    expect(merged[0]?.otherSpeakers).toEqual([
      { name: 'the Defence Ministry', kind: 'organisation' },
    ])
  })

  it('puts every quote in exactly one entry (property)', () => {
    const word = fc.constantFrom(
      'the',
      'port',
      'will',
      'open',
      'soon',
      'we',
      'said',
      'never',
      'again',
      'rain',
    )
    const text = fc
      .array(word, { minLength: 1, maxLength: 12 })
      .map((words) => `"${words.join(' ')}"`)
    const documents = fc.array(fc.array(text, { maxLength: 5 }), { maxLength: 5 })
    fc.assert(
      fc.property(documents, (texts) => {
        const input = texts.map((quotes, index) => ({
          id: `d${index}`,
          quotes: quotes.map((t) => quote(t)),
        }))
        const merged = mergeQuotes(input)
        const total = merged.reduce((sum, entry) => sum + entry.occurrences.length, 0)
        expect(total).toBe(texts.flat().length)
      }),
    )
  })

  it('merges a large corpus (index, not all pairs)', () => {
    const documents = Array.from({ length: 2000 }, (_, index) => ({
      id: `doc-${index}`,
      quotes: [
        quote(
          `"Figure ${index} shows that the ${index % 7} district budget grew by ${index} per cent this year."`,
        ),
        quote('"We will keep the libraries open on Sundays, whatever the council decides."'),
      ],
    }))
    const merged = mergeQuotes(documents)
    expect(merged.find((entry) => entry.occurrences.length === 2000)?.text).toContain('libraries')
  })

  // One quote in every document (a wire story and its reprints) beside one of each document's own.
  // (Templated quotes of distinct wording, "Ticket 1 … / Ticket 2 …" in thousands of documents of
  // one group, are still compared pairwise: not covered here.)
  it('grows linearly with the number of documents carrying one quote (CPU time at n and 4n)', () => {
    const growth = measureGrowth({
      n: 100,
      make: (count) =>
        Array.from({ length: count }, (_, index) => ({
          id: `doc-${index}`,
          quotes: [
            quote(`"Pier ${index} reopens after storm ${index} hit."`),
            quote('"We will keep the libraries open on Sundays, whatever the council decides."'),
          ],
        })),
      run: (documents) => mergeQuotes(documents),
    })
    expect(growth.linear, growth.summary).toBe(true)
  })
})

describe('mergeQuotes: related documents', () => {
  const stock = '"We expect a strong second half of the year," '
  const documents = [
    { id: 'ferry-1', quotes: [quote(`${stock}`, person('Ana Ruiz'))] },
    {
      id: 'ferry-2',
      quotes: [quote('"We expect a strong second half of the year."', person('Ruiz'))],
    },
    { id: 'mine-1', quotes: [quote(stock, person('Tom Hale'))] },
    {
      id: 'mine-2',
      quotes: [quote('"a strong second half of the year"', person('Hale'), 'partial')],
    },
  ]
  const spread = (merged: ReturnType<typeof mergeQuotes>) =>
    merged.map((entry) => entry.occurrences.map((occurrence) => occurrence.document))

  it('lists entries by first occurrence when related groups interleave', () => {
    // ferry-1 and mine-2 are one story, mine-1 and ferry-2 another: each group is merged on
    // its own, and the entries still come in the order of the documents.
    const extra = quote('"The shaft reopens in May," ', person('Tom Hale'))
    const withExtra = documents.map((document) =>
      document.id === 'mine-2' ? { ...document, quotes: [...document.quotes, extra] } : document,
    )
    const merged = mergeQuotes(withExtra, {
      related: [
        ['ferry-1', 'mine-2'],
        ['ferry-2', 'mine-1'],
      ],
    })
    expect(spread(merged)).toEqual([['ferry-1', 'mine-2'], ['ferry-2', 'mine-1'], ['mine-2']])
    expect(merged[0]?.speaker?.name).toBe('Ana Ruiz')
  })

  it('merges quotes only within each group of related documents', () => {
    const merged = mergeQuotes(documents, {
      related: [
        ['ferry-1', 'ferry-2'],
        ['mine-1', 'mine-2'],
      ],
    })
    expect(spread(merged)).toEqual([
      ['ferry-1', 'ferry-2'],
      ['mine-1', 'mine-2'],
    ])
    expect(merged.map((entry) => entry.speaker?.name)).toEqual(['Ana Ruiz', 'Tom Hale'])
    // Without relations, the four are one quote.
    expect(spread(mergeQuotes(documents))).toEqual([['ferry-1', 'ferry-2', 'mine-1', 'mine-2']])
  })

  it('joins pairs that share a document into one group, through ids it was not given', () => {
    const merged = mergeQuotes(documents, {
      related: new Set([
        ['ferry-1', 'wire-9'],
        ['wire-9', 'mine-1'],
      ]),
    })
    expect(spread(merged)).toEqual([['ferry-1', 'mine-1'], ['ferry-2'], ['mine-2']])
  })

  it('keeps a document in no pair apart, its own repeated quotes merged', () => {
    const merged = mergeQuotes(
      [
        { id: 'a', quotes: [quote(stock), quote(stock)] },
        { id: 'b', quotes: [quote(stock)] },
      ],
      { related: [] },
    )
    expect(spread(merged)).toEqual([['a', 'a'], ['b']])
  })

  it('marks as boilerplate the words many unrelated groups carry, and merges them with nothing', () => {
    const issuers = ['Halvor Mining', 'Pell Freight', 'Dorrit Foods', 'Ames Radio']
    const notice = (issuer: string) =>
      `"${issuer} has filed a registration statement with the Securities and Exchange Commission covering a proposed offering of 2.5 mln common shares."`
    const proceeds = (use: string) =>
      `"Proceeds from the offering will be used to ${use} and for general corporate purposes."`
    const uses = ['repay bank debt', 'buy two ships', 'expand a plant', 'fund research']
    const documents = issuers.flatMap((issuer, index) => [
      {
        id: `${index}-a`,
        quotes: [
          quote(notice(issuer), person(issuer)),
          quote(proceeds(uses[index] as string)),
          quote(
            `"Our order book for ${uses[index]} is the fullest in a decade."`,
            person(`${issuer} chief`),
          ),
        ],
      },
      {
        id: `${index}-b`,
        quotes: [
          quote(notice(issuer), person(issuer)),
          quote(
            `"Our order book for ${uses[index]} is the fullest in a decade."`,
            person(`${issuer} chief`),
          ),
        ],
      },
    ])
    const related = issuers.map((_, index) => [`${index}-a`, `${index}-b`])
    const merged = mergeQuotes(documents, { related, boilerplateGroups: 3 })
    const boilerplate = merged.filter((entry) => entry.boilerplate)
    // Four notices twice each and four proceeds sentences: each its own entry.
    expect(boilerplate).toHaveLength(12)
    expect(boilerplate.every((entry) => entry.occurrences.length === 1)).toBe(true)
    // Each company's own quote still merges within its pair.
    const own = merged.filter((entry) => !entry.boilerplate)
    expect(own.map((entry) => entry.occurrences.map((occurrence) => occurrence.document))).toEqual(
      issuers.map((_, index) => [`${index}-a`, `${index}-b`]),
    )
    // Under the default (10 groups) four issuers are too few: the notices merge within each pair.
    const byDefault = mergeQuotes(documents, { related })
    expect(byDefault.some((entry) => entry.boilerplate)).toBe(false)
    expect(byDefault.filter((entry) => entry.occurrences.length === 2)).toHaveLength(8)
    expect(() => mergeQuotes(documents, { boilerplateGroups: 1 })).toThrow(
      /Option `boilerplateGroups` for `mergeQuotes` must be a whole number of at least 2/,
    )
  })

  it('gives every quote one entry with groups too (property)', () => {
    const words = ['port', 'ferry', 'strike', 'will', 'end', 'soon', 'the', 'union', 'said']
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 }), {
            maxLength: 4,
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 6 }),
        (texts, pairs) => {
          const input = texts.map((quotes, index) => ({
            id: `d${index}`,
            quotes: quotes.map((words) => quote(`"${words.join(' ')}"`)),
          }))
          const related = pairs.map(([a, b]) => [`d${a}`, `d${b}`])
          const merged = mergeQuotes(input, { related })
          const total = merged.reduce((sum, entry) => sum + entry.occurrences.length, 0)
          expect(total).toBe(input.reduce((sum, document) => sum + document.quotes.length, 0))
          // Two documents share an entry only when the pairs connect them.
          const groupOf = new Map(input.map((document) => [document.id, document.id]))
          const root = (id: string): string => {
            const up = groupOf.get(id) as string
            return up === id ? id : root(up)
          }
          for (const [a, b] of related) groupOf.set(root(a as string), root(b as string))
          for (const entry of merged) {
            const roots = new Set(entry.occurrences.map((occurrence) => root(occurrence.document)))
            expect(roots.size).toBe(1)
          }
        },
      ),
    )
  })

  it('throws a TypeError naming a `related` entry that is not a list of ids', () => {
    expect(() => mergeQuotes(documents, { related: [['ferry-1', 2]] as never })).toThrow(
      /`mergeQuotes` with `related` entry 0: expected an array of document ids/,
    )
  })
})

describe('digestQuote', () => {
  it('keeps what merging needs, one content span with offsets only', () => {
    const text = '"We will hold the bridge," Dunford said, "whatever it takes."'
    const [full] = resolveSpeakers(text, [
      {
        kind: 'direct',
        content: [
          { start: 0, end: 26, text: text.slice(0, 26) },
          { start: 41, end: text.length, text: text.slice(41) },
        ],
        text: `${text.slice(0, 26)} ${text.slice(41)}`,
        mention: { start: 27, end: 34, text: 'Dunford' },
        cue: { start: 35, end: 39, text: 'said', lemma: 'say' },
      },
    ])
    const digest = digestQuote(full as Quote)
    expect(digest).toEqual({
      kind: 'direct',
      text: '"We will hold the bridge," "whatever it takes."',
      content: [{ start: 0, end: text.length, text: '' }],
      speaker: { name: 'Dunford', kind: 'person' },
      mention: { start: 27, end: 34, text: 'Dunford' },
    })
    const merged = mergeQuotes([
      { id: 'a', quotes: [digest] },
      { id: 'b', quotes: [quote('"We will hold the bridge, whatever it takes."')] },
    ])
    expect(merged).toHaveLength(1)
    expect(merged[0]?.occurrences[0]?.quote).toBe(digest)
  })
})

describe('mergeQuotes: bad input', () => {
  it('throws a TypeError without an array of documents', () => {
    expect(() => mergeQuotes('cnn' as never)).toThrow(
      /Cannot `mergeQuotes` without documents: expected an array .*, not the string "cnn"/,
    )
  })

  it('throws a TypeError naming the document without an id', () => {
    expect(() => mergeQuotes([{ quotes: [] } as never])).toThrow(
      /document 0: expected `id` to be a non-empty string, not undefined/,
    )
  })

  it('throws a TypeError naming the document whose quotes are not an array', () => {
    expect(() => mergeQuotes([{ id: 'x', quotes: null } as never])).toThrow(
      /document "x": expected `quotes` to be an array of Quote objects, not null/,
    )
  })

  it('throws a TypeError naming a quote without text or content', () => {
    expect(() => mergeQuotes([{ id: 'x', quotes: [42] } as never])).toThrow(
      /quote 0 of document "x": expected a Quote with `text` or `content` spans, not the number 42/,
    )
  })

  it('throws a RangeError on two documents with one id', () => {
    expect(() =>
      mergeQuotes([
        { id: 'x', quotes: [] },
        { id: 'x', quotes: [] },
      ]),
    ).toThrow(RangeError)
  })

  it('throws a TypeError on an impossible option', () => {
    expect(() => mergeQuotes([], { minOverlap: 2 })).toThrow(
      'Option `minOverlap` for `mergeQuotes` must be a number from 0 to 1 (default 0.8), not the number 2',
    )
    expect(() => mergeQuotes([], { minWords: 0 })).toThrow(
      /Option `minWords` for `mergeQuotes` must be a whole number of at least 1/,
    )
  })

  it('throws a TypeError on an unknown option, naming the closest one', () => {
    expect(() => mergeQuotes([], { minWord: 8 } as never)).toThrow(
      /^Unknown option `minWord` for `mergeQuotes`: did you mean `minWords`\?/,
    )
    expect(() => mergeQuotes([], { relatd: [] } as never)).toThrow(/did you mean `related`\?/)
    expect(() => mergeQuotes([], { related: 'a,b' } as never)).toThrow(
      /Option `related` for `mergeQuotes` must be an iterable of id pairs or groups/,
    )
  })
})

describe('reconcileSpeakers', () => {
  it('throws a TypeError naming what it was given instead of speakers', () => {
    expect(() => reconcileSpeakers('Dunford' as never)).toThrow(
      /^Cannot `reconcileSpeakers` without speakers: .*not the string "Dunford"/,
    )
    expect(() => reconcileSpeakers([person('Dunford'), 3] as never)).toThrow(
      /`reconcileSpeakers` with speaker 1: .*not the number 3/,
    )
  })

  it('prefers the person most documents name, in the fullest form', () => {
    const result = reconcileSpeakers([
      person('Dunford'),
      person('Joseph Dunford', 'Chairman of the US Joint Chiefs of Staff'),
      undefined,
      { name: 'DoD News', kind: 'organisation' },
    ])
    expect(result.speaker).toEqual({
      name: 'Joseph Dunford',
      kind: 'person',
      role: 'Chairman of the US Joint Chiefs of Staff',
    })
    expect(result.names).toEqual(['Joseph Dunford', 'Dunford'])
  })

  it('keeps two people with one surname apart when their first names differ', () => {
    const result = reconcileSpeakers([
      person('Anna Berg'),
      person('Lars Berg'),
      person('Lars Berg'),
    ])
    expect(result.speaker?.name).toBe('Lars Berg')
    expect(result.others).toEqual([person('Anna Berg')])
  })
})

describe('mergeQuotes: seed articles', () => {
  function quoteIn(text: string, content: string, mention: string): Quote {
    const start = text.indexOf(content)
    const mentionStart = text.indexOf(mention, start)
    return {
      kind: 'partial',
      content: [{ start, end: start + content.length, text: content }],
      text: content,
      mention: { start: mentionStart, end: mentionStart + mention.length, text: mention },
    }
  }

  it('merges "without incorporating the Turks…" across 000, 001 and 002 with Dunford reconciled', () => {
    const ids = ['000', '001', '002']
    const texts = ids.map((id) => readSeed(id))
    const documents = texts.map((text, index) => {
      const straight = '"without incorporating the Turks and their perspective into our plans,"'
      const curly = '“without incorporating the Turks and their perspective into our plans,”'
      const content = text.includes(straight) ? straight : curly
      const mention = index === 2 ? 'the DoD' : 'Dunford'
      const quotes = resolveSpeakers(text, [quoteIn(text, content, mention)])
      return { id: ids[index] as string, quotes }
    })
    const [merged, ...rest] = mergeQuotes(documents)
    expect(rest).toHaveLength(0)
    expect(merged?.occurrences.map((occurrence) => occurrence.document)).toEqual(ids)
    // 000 gives the surname only; 001 resolves it to the full name within the document.
    expect(merged?.speaker?.name).toBe('Joseph Dunford')
    expect(merged?.speakerNames).toEqual(['Joseph Dunford', 'Dunford'])
    expect(merged?.otherSpeakers?.map((speaker) => speaker.name)).toEqual([
      'the US Department of Defense',
    ])
  })
})
