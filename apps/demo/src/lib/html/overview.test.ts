import { describe, expect, it } from 'vitest'
import { analyseDocument } from '../process/document.js'
import type { ReportDocument } from '../report/types.js'
import { createOverview } from './overview.js'
import { renderReportHtml } from './page.js'

const floods = (town: string) =>
  `Rivers burst their banks across the north on Monday, and ${town} was cut off by noon. The county council said on Tuesday that schools would stay closed until March 12, and the army was called in on March 4.`

function analysed(id: string, text: string, date?: string): ReportDocument {
  return analyseDocument({ id, text, bytes: text.length, ...(date ? { date } : {}) }).record
}

describe('the corpus overview', () => {
  it('counts every document by month and by day, with the first sentence naming each day', () => {
    const overview = createOverview()
    overview.add(analysed('a', floods('Hexham'), '2024-03-04'))
    overview.add(analysed('b', floods('Alnwick'), '2024-03-04'))
    overview.add(analysed('c', 'The new season of the league opens in August, the chairman said.'))
    const result = overview.finish(2)
    expect(result.documents).toBe(3)
    expect(result.undated).toBe(1)
    // "said on Tuesday" in an article of Monday, March 4 is the Tuesday before.
    expect(result.months).toEqual([
      { month: '2024-02', published: 0, mentioned: 2 },
      { month: '2024-03', published: 2, mentioned: 2 },
    ])
    // The league article's "August" has no day; nothing is left out.
    expect(result).toMatchObject({ minMentions: 2, otherMonths: 0 })
    // A month one article mentions, with nothing published in it, is left out.
    overview.add(
      analysed('d', 'The bridge opened on June 3, 1931, the historian said.', '2024-03-05'),
    )
    expect(overview.finish(2)).toMatchObject({ otherMonths: 1, documents: 4 })
    // The two densest days (a tie: calendar order), each with the first sentence naming it.
    expect(result.days.map(({ day, documents }) => [day, documents])).toEqual([
      ['2024-02-27', 2],
      ['2024-03-04', 2],
    ])
    expect(result.days[1]!.example).toEqual({
      document: 'a',
      text: 'Rivers burst their banks across the north on Monday, and Hexham was cut off by noon.',
    })
  })

  it('the page shows the overview, the stories by title, and one speaker count', () => {
    const documents = [
      analysed('a', floods('Hexham'), '2024-03-04'),
      analysed('b', floods('Alnwick'), '2024-03-04'),
    ]
    const overview = createOverview()
    for (const document of documents) overview.add(document)
    const page = renderReportHtml({
      report: {
        schema: 'test',
        generated: '2024-03-05T00:00:00Z',
        input: { path: '/data/floods', kind: 'folder' },
        duplicates: { threshold: 0.5, clusters: [], pairs: [] },
        reuse: [],
        stories: [
          {
            id: 'story-1',
            members: ['a', 'b'],
            representative: 'a',
            title: 'Floods cut off Hexham',
            first: '2024-03-04',
            last: '2024-03-04',
          },
        ],
        quotes: [],
        errors: [],
        stats: {
          inputs: 2,
          documents: 2,
          errors: 0,
          bytes: 400,
          workers: 1,
          elapsedMs: 10,
          phases: {},
        },
      } as never,
      documents,
      totalDocuments: 2,
      overview: overview.finish(30),
      limits: { documents: 200, timelineEvents: 400, speakers: 150, pairs: 200 },
    })
    expect(page).toContain('<title>copydesk report — 2 articles from floods</title>')
    expect(page).toContain('<section id="corpus">')
    expect(page).toMatch(/<code>2024-03<\/code><\/td><td>2 /)
    expect(page).toContain('<a href="#story-1">Floods cut off Hexham</a>')
    expect(page).toContain('<div class="card story" id="story-1">')
  })
})
