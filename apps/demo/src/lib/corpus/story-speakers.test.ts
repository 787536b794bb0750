import { completeSpeakerNames, digestQuote, extractQuotes } from '@copydesk/quotes'
import { describe, expect, it } from 'vitest'
import type { ReportDocument } from '../report/types.js'
import { withStoryNames } from './story-speakers.js'

const wire = '"The bridge will reopen in May," Transport Minister Ana Ruiz told reporters.'
const local = 'Repairs began on Monday. "We have the steel we need," Ruiz said.'

describe('withStoryNames', () => {
  const [, completed] = completeSpeakerNames([
    { id: 'wire', quotes: extractQuotes(wire).map(digestQuote) },
    { id: 'local', quotes: extractQuotes(local).map(digestQuote) },
  ])
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

  it('renames the document’s quotes with the completions its story gave, keeping their mentions', () => {
    expect(completed?.completions).toEqual([
      { from: 'Ruiz', name: 'Ana Ruiz', role: 'Transport Minister' },
    ])
    const [quote] = withStoryNames(document, completed?.completions).quotes
    expect(quote?.speaker).toEqual({
      name: 'Ana Ruiz',
      kind: 'person',
      role: 'Transport Minister',
      mention: { start: 54, end: 58, text: 'Ruiz' },
    })
  })

  it('leaves a document without completions as it is', () => {
    expect(withStoryNames(document, undefined)).toBe(document)
    expect(withStoryNames(document, [])).toBe(document)
  })
})
