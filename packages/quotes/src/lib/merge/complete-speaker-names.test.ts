import { seeds } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../extract-quotes.js'
import type { Quote, SpeakerEntity } from '../types.js'
import { completeSpeakerNames } from './index.js'

function quote(text: string, speaker: SpeakerEntity): Quote {
  return { kind: 'direct', content: [{ start: 0, end: text.length, text }], text, speaker }
}

const person = (name: string): SpeakerEntity => ({ name, kind: 'person' })

const speakers = (quotes: readonly Quote[]) => quotes.map((entry) => entry.speaker?.name)

describe('completeSpeakerNames', () => {
  it('gives a surname the full name another document of the story uses', () => {
    const wire = '"The bridge will reopen in May," Gen. Maria Lopez told reporters on Monday.'
    const rewrite = [
      'Army engineers began work on the bridge on Monday.',
      '"The bridge will reopen in May," Lopez said.',
      '"We have the steel we need," she added.',
    ].join('\n\n')
    const [completedWire, completedRewrite] = completeSpeakerNames([
      { id: 'wire', quotes: extractQuotes(wire) },
      { id: 'rewrite', quotes: extractQuotes(rewrite) },
    ])
    expect(speakers(completedWire?.quotes ?? [])).toEqual(['Maria Lopez'])
    expect(speakers(completedRewrite?.quotes ?? [])).toEqual(['Maria Lopez', 'Maria Lopez'])
    expect(completedRewrite?.quotes[0]?.speaker?.title).toBe('Gen.')
    expect(completedRewrite?.quotes[0]?.mention?.text).toBe('Lopez')
  })

  it('leaves a surname that names two different people in the story', () => {
    const [, short] = completeSpeakerNames([
      { id: 'a', quotes: [quote('"We will rebuild."', { name: 'Maria Lopez', kind: 'person' })] },
      { id: 'b', quotes: [quote('"Not this year."', { name: 'Lopez', kind: 'person' })] },
      { id: 'c', quotes: [quote('"Next spring."', { name: 'Tomas Lopez', kind: 'person' })] },
    ])
    expect(short?.quotes[0]?.speaker?.name).toBe('Lopez')
  })

  it('takes the fullest of compatible names and leaves organisations alone', () => {
    const [short, , , body] = completeSpeakerNames([
      { id: 'a', quotes: [quote('"Not this year."', { name: 'Lopez', kind: 'person' })] },
      { id: 'b', quotes: [quote('"We will rebuild."', { name: 'Maria Lopez', kind: 'person' })] },
      { id: 'c', quotes: [quote('"Soon."', { name: 'Maria Elena Lopez', kind: 'person' })] },
      {
        id: 'd',
        quotes: [quote('"Closed."', { name: 'the Transport Ministry', kind: 'organisation' })],
      },
    ])
    expect(short?.quotes[0]?.speaker?.name).toBe('Maria Elena Lopez')
    expect(body?.quotes[0]?.speaker?.name).toBe('the Transport Ministry')
  })

  it('returns the names it applied, one per name the document gives', () => {
    const [wire, rewrite] = completeSpeakerNames([
      {
        id: 'wire',
        quotes: [
          quote('"The levee held."', {
            name: 'Priya Raman',
            kind: 'person',
            role: 'head of the flood agency',
          }),
        ],
      },
      {
        id: 'rewrite',
        quotes: [
          quote('"The levee held."', { name: 'Raman', kind: 'person' }),
          quote('"Crews stay on site."', { name: 'Raman', kind: 'person' }),
          quote('"Roads reopen at noon."', { name: 'the county', kind: 'organisation' }),
        ],
      },
    ])
    expect(wire?.completions).toEqual([])
    expect(rewrite?.completions).toEqual([
      { from: 'Raman', name: 'Priya Raman', role: 'head of the flood agency' },
    ])
    expect(rewrite?.quotes[1]?.speaker).toEqual({
      name: 'Priya Raman',
      kind: 'person',
      role: 'head of the flood agency',
    })
  })

  it('completes names only within related documents with `related`', () => {
    const documents = [
      { id: 'storm-1', quotes: [quote('"The levee held."', person('Raman'))] },
      { id: 'storm-2', quotes: [quote('"It held."', person('Priya Raman'))] },
      { id: 'budget', quotes: [quote('"We cut nothing."', person('Raman'))] },
      { id: 'budget-2', quotes: [quote('"Nothing at all."', person('Arjun Raman'))] },
    ]
    const completed = completeSpeakerNames(documents, {
      related: [
        ['storm-1', 'storm-2'],
        ['budget', 'budget-2'],
      ],
    })
    expect(completed.map((document) => speakers(document.quotes))).toEqual([
      ['Priya Raman'],
      ['Priya Raman'],
      ['Arjun Raman'],
      ['Arjun Raman'],
    ])
    // Without the stories, "Raman" names two people and stays as given.
    expect(speakers(completeSpeakerNames(documents)[0]?.quotes ?? [])).toEqual(['Raman'])
    // A document in no group keeps its names.
    const alone = completeSpeakerNames(documents, { related: [['storm-2', 'budget-2']] })
    expect(alone[0]?.completions).toEqual([])
  })

  it('throws a typed error for bad documents', () => {
    expect(() => completeSpeakerNames('doc' as never)).toThrow(
      /Cannot `completeSpeakerNames` without documents/,
    )
    expect(() =>
      completeSpeakerNames([
        { id: 'a', quotes: [] },
        { id: 'a', quotes: [] },
      ]),
    ).toThrow(RangeError)
    expect(() => completeSpeakerNames([], { stories: [] } as never)).toThrow(
      /^Unknown option `stories` for `completeSpeakerNames`/,
    )
  })

  it('names Dunford in full in every seed article of the story', () => {
    const documents = seeds().map((seed) => ({ id: seed.id, quotes: extractQuotes(seed.text) }))
    const completed = completeSpeakerNames(documents)
    const dunford = completed.flatMap((document) =>
      document.quotes.filter((entry) => entry.speaker?.name.endsWith('Dunford')),
    )
    expect(dunford.length).toBeGreaterThanOrEqual(18)
    expect(new Set(dunford.map((entry) => entry.speaker?.name))).toEqual(
      new Set(['Joseph Dunford']),
    )
    expect(completed[0]?.completions).toContainEqual({
      from: 'Dunford',
      name: 'Joseph Dunford',
      role: 'Chairman of the US Joint Chiefs of Staff',
      title: 'Gen.',
    })
    const seed000 = completed[0]?.quotes ?? []
    expect(
      seed000.find((entry) => entry.text.includes('[The operation needs]'))?.speaker,
    ).toMatchObject({ name: 'Joseph Dunford', role: 'Chairman of the US Joint Chiefs of Staff' })
  })
})
