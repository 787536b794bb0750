import { describe, expect, it } from 'vitest'
import { documentAuthor } from './document-author.js'

function authorOf(text: string, description: string, head: string): string | undefined {
  const start = text.lastIndexOf(description)
  if (start < 0) throw new Error(`test setup: ${JSON.stringify(description)} not in text`)
  const span = documentAuthor(text, start, start + description.length, head)
  return span && text.slice(span.start, span.end)
}

describe('documentAuthor', () => {
  it('reads a possessive owner', () => {
    const text = 'Cooks will get a raise, according to the union’s Friday release.'
    expect(authorOf(text, 'the union’s Friday release', 'release')).toBe('the union')
    const named = 'The line will close, Harbour Transit’s annual report said.'
    expect(authorOf(named, 'Harbour Transit’s annual report', 'report')).toBe('Harbour Transit')
  })

  it('reads "by" or "released by" inside the description', () => {
    const text =
      'The two leaders spoke on Monday, said a statement released by the Prime Minister’s Office.'
    expect(authorOf(text, 'a statement released by the Prime Minister’s Office', 'statement')).toBe(
      'the Prime Minister’s Office',
    )
  })

  it('finds the author where the document was introduced', () => {
    const text = [
      'A report by the railway company details how hard it is to run trains in the cold.',
      'Trains are shortened when temperatures fall below -25 C, the report said.',
    ].join('\n\n')
    expect(authorOf(text, 'the report', 'report')).toBe('the railway company')
    const players =
      'A lawsuit by former hockey players was filed last week. The suit says the league ignored the risks, the lawsuit argues.'
    expect(authorOf(players, 'the lawsuit', 'lawsuit')).toBe('former hockey players')
  })

  it('finds no author when the text names none', () => {
    const text = 'The report was published on Tuesday. Rents rose 4 per cent, the report said.'
    expect(authorOf(text, 'the report', 'report')).toBeUndefined()
    const study = 'A report by the study group was late. Rents rose, the report said.'
    expect(authorOf(study, 'the report', 'report')).toBe('the study group')
    const circular = 'A report by the survey found little. Rents rose, the report said.'
    expect(authorOf(circular, 'the report', 'report')).toBeUndefined()
    const dated = 'Rents rose 4 per cent last year, according to a report from Monday.'
    expect(authorOf(dated, 'a report', 'report')).toBeUndefined()
  })
})
