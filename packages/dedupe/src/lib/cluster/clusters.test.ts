import { seedDocuments } from '@copydesk/test-utils'
import { describe, expect, test } from 'vitest'
import {
  harbourRewrite,
  harbourStory,
  harbourStoryEdited,
  harbourStoryRescraped,
  orchardStory,
} from '../../../test/fixtures/news.js'
import { duplicateClusters } from './duplicate-clusters.js'
import { storyClusters } from './story-clusters.js'

/** Sentences of a made-up council report, to build texts of controlled overlap. */
const councilSentences = Array.from(
  { length: 20 },
  (_, index) =>
    `Councillor number ${index + 1} told the budget committee that the library in ward ${index + 1} needed new heating before winter.`,
)

describe('duplicateClusters', () => {
  test('seeds: 000 and 001 (two scrapes of one CNN article) are duplicates; 002 and 003 are not', () => {
    const clusters = duplicateClusters(seedDocuments(), { threshold: 0.5 })
    expect(clusters.map((c) => c.members)).toEqual([['000', '001'], ['002'], ['003']])
    expect(clusters[0]!.matches[0]!.similarity).toBeGreaterThan(0.5)
  })

  test('re-scrapes and edits join the original; a rewrite and another story do not', () => {
    const clusters = duplicateClusters(
      [
        { id: 'original', text: harbourStory },
        { id: 'orchard', text: orchardStory },
        { id: 'rescraped', text: harbourStoryRescraped },
        { id: 'edited', text: harbourStoryEdited },
        { id: 'rewrite', text: harbourRewrite },
      ],
      { threshold: 0.7 },
    )
    expect(clusters.map((c) => c.members)).toEqual([
      ['original', 'rescraped', 'edited'],
      ['orchard'],
      ['rewrite'],
    ])
  })

  test('no chaining through a weak link: A≈B and B≈C but A≉C stay apart', () => {
    const a = councilSentences.slice(0, 12).join(' ')
    const b = councilSentences.slice(3, 15).join(' ')
    const c = councilSentences.slice(6, 18).join(' ')
    const clusters = duplicateClusters(
      [
        { id: 'a', text: a },
        { id: 'b', text: b },
        { id: 'c', text: c },
      ],
      { threshold: 0.5 },
    )
    // b is within 0.5 of a (and of c), but c is not within 0.5 of a: c founds its own cluster.
    expect(clusters.map((cluster) => cluster.members)).toEqual([['a', 'b'], ['c']])
  })

  test('bad input', () => {
    expect(() =>
      duplicateClusters([
        { id: 'x', text: harbourStory },
        { id: 'x', text: orchardStory },
      ]),
    ).toThrow(/id `x` appears twice/)
    expect(() => duplicateClusters([{ id: 'e', text: ' ... ' }])).toThrow(
      /document `e`: its text is empty/,
    )
    expect(() => duplicateClusters([{ id: 'n', text: null as unknown as string }])).toThrow(
      /`text` must be a string or an Article from `parseArticle\(text\)`, got null/,
    )
    expect(() => duplicateClusters(5 as unknown as [])).toThrow(/expected an iterable of documents/)
  })
})

/** Four made-up reports where each shares one passage with the next only: a chain. */
const floodSentence =
  'Water from the swollen river reached the steps of the town hall on Tuesday night and forced forty families from their homes in the lower streets.'
const insurerSentence =
  'Claims adjusters from three regional insurers arrived on Thursday morning and said most policies in the valley did not cover rising groundwater.'
const councilSentence =
  'The council treasurer told reporters that the emergency fund would run dry within a fortnight unless the national government released its reserve.'
const chainReports = [
  {
    id: 'flood',
    text: `${floodSentence} Volunteers stacked sandbags along the old bridge while police closed the ring road to lorries. The mayor thanked the fire brigade and asked residents to boil tap water until further notice.`,
  },
  {
    id: 'follow-up',
    text: `A day after the river burst its banks, the clean-up began in earnest. ${floodSentence} ${insurerSentence} Shopkeepers on the high street pumped mud out of their cellars by hand.`,
  },
  {
    id: 'insurance',
    text: `Homeowners queued outside a church hall to file their paperwork. ${insurerSentence} ${councilSentence} A spokesman for the insurers' association promised quicker payments for the elderly.`,
  },
  {
    id: 'budget',
    text: `Opposition members demanded an urgent debate on local finances. ${councilSentence} The finance committee will meet again on Monday to consider cutting the bus subsidy and closing two swimming pools.`,
  },
]

describe('storyClusters', () => {
  test('seeds: all four articles form one story', () => {
    const [story, ...rest] = storyClusters(seedDocuments())
    expect(rest).toEqual([])
    expect(story!.members).toEqual(['000', '001', '002', '003'])
    // Every member links directly to the centre.
    for (const id of story!.members.filter((id) => id !== story!.representative)) {
      expect(
        story!.links.some(
          (l) => [l.a, l.b].includes(id) && [l.a, l.b].includes(story!.representative),
        ),
      ).toBe(true)
    }
    const link = (a: string, b: string) => story!.links.find((l) => l.a === a && l.b === b)
    expect(link('000', '001')!.similarity).toBeGreaterThan(0.5)
    expect(link('001', '002')!.sharedWords).toBeGreaterThanOrEqual(36)
    expect(link('000', '003')!.sharedWords).toBeGreaterThanOrEqual(12)
  })

  test('a rewrite joins its story; an unrelated story stays apart', () => {
    const stories = storyClusters([
      { id: 'original', text: harbourStory },
      { id: 'rewrite', text: harbourRewrite },
      { id: 'orchard', text: orchardStory },
    ])
    expect(stories.map((story) => story.members)).toEqual([['original', 'rewrite'], ['orchard']])
  })

  test('stories do not chain: flood ~ follow-up ~ insurance ~ budget is not one story', () => {
    const stories = storyClusters(chainReports)
    const [first] = stories
    // Each report shares one passage with the next, so all three links exist ...
    expect(first!.links.map((link) => [link.a, link.b])).toEqual([
      ['flood', 'follow-up'],
      ['follow-up', 'insurance'],
    ])
    // ... but the budget report is linked only to the insurance report, not to the follow-up at
    // the centre, so it is a story of its own rather than joined to the flood through two hops.
    expect(stories.map((story) => story.members)).toEqual([
      ['flood', 'follow-up', 'insurance'],
      ['budget'],
    ])
    expect(stories.map((story) => story.representative)).toEqual(['follow-up', 'budget'])
    // With the budget report linked to the follow-up as well, the four are one story around it.
    const linked = chainReports.map((report) =>
      report.id === 'budget' ? { ...report, text: `${report.text} ${insurerSentence}` } : report,
    )
    expect(storyClusters(linked).map((story) => story.members)).toEqual([
      ['flood', 'follow-up', 'insurance', 'budget'],
    ])
  })

  test('templated wire phrases shared by many reports do not chain them into one story', () => {
    const companies = ['Acme', 'Borealis', 'Cobalt', 'Dunmore', 'Eastgate', 'Fairhaven']
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
    ]
    const reports = companies.flatMap((company, c) =>
      months.map((month, m) => {
        const n = c * 10 + m + 2
        return {
          id: `${company}-${month}`,
          text: [
            `${company} Holdings said it plans to sell ${n} mln shares in ${month}.`,
            'The company said the offering would be made through an underwriting group led by its usual investment bankers in New York.',
            `Sales rose ${n + 1} pct to ${n * 3} mln dlrs from ${n * 2} mln, profit was ${n + 7} mln against ${n + 5} mln, and ${n + 11} stores opened.`,
            `It employs ${n * 100} people at ${n + 3} plants in ${n + 4} states and expects ${n + 9} pct growth in ${1900 + n}.`,
            `Its debt of ${n * 7} mln dlrs falls due in ${n + 12} years, the ${company} filing said on ${month} ${n + 40}.`,
          ].join(' '),
        }
      }),
    )
    expect(reports).toHaveLength(60)
    const stories = storyClusters(reports)
    expect(Math.max(...stories.map((story) => story.members.length))).toBeLessThan(5)
    // Under `maxShingleDocuments` the template is no longer boilerplate, but it is carried by 20
    // unrelated reports, so each of its 5-grams weighs 1/19 in a pair: they still do not link.
    // (A company's own reports a month apart are similar enough to pair by Jaccard.)
    const weighted = storyClusters(reports.slice(0, 20)).map((story) => story.members.length)
    expect(Math.max(...weighted)).toBeLessThan(5)
    // Counting shingles without weights (every shared 5-gram weighs at least 1/19) links them.
    expect(
      storyClusters(reports.slice(0, 20), { minSharedShingles: 0.5 }).map(
        (story) => story.members.length,
      ),
    ).toEqual([20])
  })

  test('a passage two reports share links them although a template links every report', () => {
    const template =
      'The company said the offering would be made through an underwriting group led by its usual investment bankers in New York.'
    const companies = ['Acme', 'Borealis', 'Cobalt', 'Dunmore', 'Eastgate', 'Fairhaven']
    const reports = [...companies, ...companies.map((company) => `${company} West`)].map(
      (company, c) => ({
        id: company,
        text: [
          `${company} Holdings said it plans to sell ${c + 2} mln shares in the spring.`,
          template,
          `Sales rose ${c + 11} pct to ${c * 3 + 40} mln dlrs from ${c * 2 + 30} mln, profit was ${c + 7} mln against ${c + 5} mln, and ${c + 11} stores opened.`,
          `It employs ${c * 100 + 50} people at ${c + 3} plants in ${c + 4} states and expects ${c + 9} pct growth in ${1990 + c}.`,
        ].join(' '),
      }),
    )
    const lifted =
      'Regulators in Ohio will review whether the plant closures broke the state law on notice to workers, a spokeswoman for the attorney general said on Friday.'
    reports[1]!.text += ` ${lifted}`
    reports[4]!.text += ` Eastgate added that ${lifted}`
    const stories = storyClusters(reports, { threshold: 0.9 }).map((story) => story.members)
    expect(stories.filter((story) => story.length > 1)).toEqual([['Borealis', 'Eastgate']])
    expect(stories).toHaveLength(11)
    // Without weights the template alone links every report to one centre.
    const counted = storyClusters(reports, { threshold: 0.9, minSharedShingles: 0.01 })
    expect(counted.map((story) => story.members.length)).toEqual([12])
  })

  test('a time window keeps stories apart that are too far apart in time', () => {
    const documents = [
      { id: 'monday', text: harbourStory, date: '2024-03-04' },
      { id: 'tuesday', text: harbourRewrite, date: '2024-03-05T09:00:00Z' },
      { id: 'next-month', text: harbourStoryEdited, date: new Date('2024-04-10') },
    ]
    expect(storyClusters(documents, { windowDays: 3 }).map((story) => story.members)).toEqual([
      ['monday', 'tuesday'],
      ['next-month'],
    ])
    // By default a story spans at most 14 days.
    expect(storyClusters(documents).map((story) => story.members)).toEqual([
      ['monday', 'tuesday'],
      ['next-month'],
    ])
    expect(storyClusters(documents, { windowDays: 60 }).map((story) => story.members)).toEqual([
      ['monday', 'tuesday', 'next-month'],
    ])
    // An undated document is not limited by the window (a story never forces a date on it).
    const undated = documents.map(({ id, text }, index) =>
      index === 1 ? { id, text } : { id, text, date: documents[index]!.date },
    )
    expect(storyClusters(undated).map((story) => story.members)).toEqual([
      ['monday', 'tuesday'],
      ['next-month'],
    ])
    expect(() => storyClusters(documents, { windowDays: -1 })).toThrow(/`windowDays` -1/)
    expect(() => storyClusters([{ id: 'x', text: harbourStory, date: 'soon' }])).toThrow(
      /`date` "soon" is not a date/,
    )
  })
})
