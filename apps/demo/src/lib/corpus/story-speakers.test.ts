import { extractQuotes } from '@copydesk/quotes'
import { describe, expect, it } from 'vitest'
import type { ReportDocument } from '../report/types.js'
import { digestQuote } from './merge-quotes.js'
import { storySpeakerNames, withStoryNames } from './story-speakers.js'

const wire = '"The bridge will reopen in May," Transport Minister Ana Ruiz told reporters.'
const local = 'Repairs began on Monday. "We have the steel we need," Ruiz said.'
const other = 'The council met again. "Not before June," Ruiz said.'

function digests(text: string) {
  return extractQuotes(text).map(digestQuote)
}

describe('storySpeakerNames', () => {
  const documents = [
    { document: 'wire', quotes: digests(wire) },
    { document: 'local', quotes: digests(local) },
    { document: 'other', quotes: digests(other) },
  ]

  it('completes a surname from another article of the same story only', () => {
    const names = storySpeakerNames(documents, [['wire', 'local']])
    expect(names.get('local')?.get('Ruiz')).toEqual({
      name: 'Ana Ruiz',
      role: 'Transport Minister',
    })
    expect(names.has('other')).toBe(false)
    expect(names.has('wire')).toBe(false)
  })

  it('renames the document’s quotes and keeps their mentions', () => {
    const names = storySpeakerNames(documents, [['wire', 'local']])
    const document = {
      id: 'local',
      quotes: [
        {
          text: '"We have the steel we need,"',
          start: 25,
          end: 53,
          content: [],
          kind: 'direct',
          speaker: { name: 'Ruiz', kind: 'person', mention: { start: 54, end: 58, text: 'Ruiz' } },
        },
      ],
    } as unknown as ReportDocument
    const [quote] = withStoryNames(document, names).quotes
    expect(quote?.speaker).toEqual({
      name: 'Ana Ruiz',
      kind: 'person',
      role: 'Transport Minister',
      mention: { start: 54, end: 58, text: 'Ruiz' },
    })
    expect(withStoryNames({ ...document, id: 'other' }, names)).toEqual({
      ...document,
      id: 'other',
    })
  })
})
