import { describe, expect, it } from 'vitest'
import { findDocumentDate, inferDocumentDateFromSiblings, resolveDocumentDate } from './resolve.js'
import { articleOf } from './test-article.js'

const cnnStyle =
  'date 2016-11-07 (CNN) Militia leaders said Sunday they had begun the offensive.\nUpdated 7:53 AM ET, Sun November 6, 2016'

describe('the dates an article states', () => {
  it('takes the metadata date line and says so', () => {
    const article = articleOf('date 2016-11-07 (CNN) Militia leaders said Sunday they had begun.', {
      metadataDate: { text: 'date 2016-11-07', value: '2016-11-07' },
    })
    const date = findDocumentDate(article)
    expect(date).toMatchObject({ value: '2016-11-07', source: 'found' })
    expect(date?.reason).toBe('Taken from the metadata date line "date 2016-11-07".')
    expect(date?.candidates).toEqual([
      { value: '2016-11-07', evidence: 'metadata-date', start: 0, end: 15 },
    ])
    expect(date?.warnings).toBeUndefined()
  })

  it('prefers the metadata date to an updated timestamp and warns where they disagree', () => {
    const article = articleOf(cnnStyle, {
      metadataDate: { text: 'date 2016-11-07', value: '2016-11-07' },
      timestamps: [
        {
          text: 'Updated 7:53 AM ET, Sun November 6, 2016',
          kind: 'updated',
          value: '2016-11-06T07:53:00-05:00',
        },
      ],
    })
    const resolution = resolveDocumentDate(article)
    expect(resolution.documentDate?.value).toBe('2016-11-07')
    expect(resolution.reason).toMatch(
      /disagrees with the updated timestamp \(2016-11-06T07:53:00-05:00\)/,
    )
    expect(resolution.warnings).toEqual([
      {
        reason:
          'The updated timestamp says 2016-11-06T07:53:00-05:00 but the metadata date line says 2016-11-07; using 2016-11-07 (precedence: caller > page metadata > metadata date > published > updated > unlabelled timestamp)',
        ruleId: 'dct-conflict',
        start: cnnStyle.indexOf('Updated'),
        end: cnnStyle.length,
      },
    ])
    expect(resolution.documentDate?.warnings).toEqual(resolution.warnings)
  })

  it('orders published before updated before unlabelled timestamps', () => {
    const text =
      'Posted Nov 4, 2016 | Published 9:00 a.m. Nov 5, 2016 | Updated 6:10 p.m. Nov 5, 2016\nThe port reopened Friday.'
    const article = articleOf(text, {
      timestamps: [
        { text: 'Posted Nov 4, 2016', kind: 'unlabelled', value: '2016-11-04' },
        {
          text: 'Updated 6:10 p.m. Nov 5, 2016',
          kind: 'updated',
          value: '2016-11-05T18:10:00-04:00',
        },
        {
          text: 'Published 9:00 a.m. Nov 5, 2016',
          kind: 'published',
          value: '2016-11-05T09:00:00-04:00',
        },
      ],
    })
    const date = findDocumentDate(article)
    expect(date?.value).toBe('2016-11-05T09:00:00-04:00')
    expect(date?.candidates.map((candidate) => candidate.evidence)).toEqual([
      'timestamp:published',
      'timestamp:updated',
      'timestamp:unlabelled',
    ])
    expect(date?.warnings?.map((warning) => warning.reason)).toEqual([
      'The unlabelled timestamp says 2016-11-04 but the published timestamp says 2016-11-05T09:00:00-04:00; using 2016-11-05T09:00:00-04:00 (precedence: caller > page metadata > metadata date > published > updated > unlabelled timestamp)',
    ])
  })

  it('lets the caller win, warning about the text that disagrees', () => {
    const article = articleOf(cnnStyle, {
      metadataDate: { text: 'date 2016-11-07', value: '2016-11-07' },
    })
    const resolution = resolveDocumentDate(article, { dct: '2016-11-08' })
    expect(resolution.documentDate).toMatchObject({ value: '2016-11-08', source: 'given' })
    expect(resolution.warnings[0]?.reason).toMatch(
      /^The metadata date line says 2016-11-07 but the date given by the caller says 2016-11-08/,
    )
    expect(findDocumentDate(article, { dct: '2016-11-07' })?.warnings).toBeUndefined()
  })

  it('warns about a timestamp it cannot read and falls back to the next evidence', () => {
    const text = 'Updated at press time\nPublished 2016-11-05\nThe port reopened Friday.'
    const article = articleOf(text, {
      timestamps: [
        { text: 'Updated at press time', kind: 'updated' },
        { text: 'Published 2016-11-05', kind: 'published', value: '2016-11-05' },
      ],
    })
    const resolution = resolveDocumentDate(article)
    expect(resolution.documentDate?.value).toBe('2016-11-05')
    expect(resolution.warnings).toEqual([
      {
        reason:
          'Ignored the updated timestamp "Updated at press time": it could not be read as an ISO date',
        ruleId: 'dct-unsupported',
        start: 0,
        end: 21,
      },
    ])
  })
})

describe('inferring the date from the text', () => {
  const meeting =
    'In a meeting on Sunday, November 6, allies agreed a plan for the city.\n\nA photo taken on November 29, 2015, shows the damage.'

  it('pins a weekday-date to the year nearest the latest full date in the text', () => {
    const resolution = resolveDocumentDate(articleOf(meeting))
    const date = resolution.documentDate
    expect(date).toMatchObject({ value: '2016-11-06', source: 'inferred' })
    expect(date?.reason).toBe(
      'Inferred from "Sunday, November 6" (a weekday and date without a year: November 6 is a Sunday in 2005, 2011, 2016, 2022 and years further off): 2016 is the nearest to the latest full date in the text, "November 29, 2015". A story names the weekday of a date near its own, so the text was written within days of 2016-11-06; that day is taken as its date.',
    )
    expect(date?.candidates.map((candidate) => candidate.value)).toEqual([
      '2016-11-06',
      '2011-11-06',
      '2022-11-06',
      '2005-11-06',
    ])
    expect(date?.candidates[0]).toMatchObject({ evidence: 'weekday+date', start: 16, end: 34 })
  })

  it('does not choose a year from a bare year, and says why', () => {
    const text =
      'Allies met on Sunday, November 6, to plan the offensive. The group has fought the government since 1970.'
    const resolution = resolveDocumentDate(articleOf(text))
    expect(resolution.documentDate).toBeUndefined()
    expect(resolution.reason).toMatch(
      /^No date inferred: "Sunday, November 6" \(.*\) fits several years and nothing in the text says which\. The text mentions only bare years \("since 1970"\), too weak to choose\. Pass `near`/,
    )
    expect(resolution.candidates.map((candidate) => candidate.value)).toContain('2016-11-06')
    expect(resolution.candidates.map((candidate) => candidate.value)).toContain('2022-11-06')
  })

  it('takes a bare year only when it is not a bound and exactly one fit falls in it or the next', () => {
    const election = findDocumentDate(
      articleOf('Voters lined up on Sunday, November 6, two days before the 2016 election.'),
    )
    expect(election).toMatchObject({ value: '2016-11-06', source: 'inferred' })
    expect(election?.reason).toMatch(/2016 is the nearest to the year the text names in "the 2016"/)
    const bound = resolveDocumentDate(
      articleOf('Rebels attacked on Sunday, November 6, in a war fought since 2005.'),
    )
    expect(bound.documentDate).toBeUndefined()
    expect(bound.reason).toMatch(/bare years \("since 2005"\), too weak/)
    const twoYears = resolveDocumentDate(
      articleOf('On Sunday, November 6, the 2011 accord and the 2016 budget were both debated.'),
    )
    expect(twoYears.documentDate).toBeUndefined()
  })

  it('uses the caller’s `near` hint, as a year or a date', () => {
    const text = 'Allies met on Sunday, November 6, to plan the offensive.'
    expect(findDocumentDate(articleOf(text), { near: 2016 })).toMatchObject({
      value: '2016-11-06',
      source: 'inferred',
    })
    expect(findDocumentDate(articleOf(text), { near: '2012-03-01' })?.value).toBe('2011-11-06')
    expect(findDocumentDate(articleOf(text), { near: 2016 })?.reason).toMatch(
      /2016 is the nearest to the hint `near: 2016`/,
    )
  })

  it('refuses when the nearest fit is too far from the evidence', () => {
    const text = 'The law took effect on Monday, February 29, replacing the act of January 5, 2001.'
    const resolution = resolveDocumentDate(articleOf(text))
    expect(resolution.documentDate).toBeUndefined()
    expect(resolution.reason).toMatch(/is \d+ years away, too far to be sure/)
  })

  it('says there is no date when the text has nothing to go on', () => {
    const resolution = resolveDocumentDate(articleOf('Militia leaders said Sunday they had begun.'))
    expect(resolution.documentDate).toBeUndefined()
    expect(resolution.candidates).toEqual([])
    expect(resolution.reason).toMatch(/no date line, timestamp or weekday-date/)
  })
})

describe('inferring the date from sibling documents', () => {
  const rewrite =
    'UNITED STATES—In a meeting on Sunday, November 6, allies agreed a plan for Raqqa.'
  const scrape = 'Militia groups said Sunday they had launched an operation to seize the city.'

  it('takes a story sibling’s day when the weekday-date falls in the week before it', () => {
    const date = inferDocumentDateFromSiblings(articleOf(rewrite), [
      { id: '000', dct: '2016-11-07', relation: 'story' },
    ])
    expect(date).toMatchObject({ value: '2016-11-07', source: 'inferred' })
    expect(date?.reason).toBe(
      'Inferred as another report of the story in 000, so it takes sibling 000\'s date 2016-11-07: "Sunday, November 6" in the text fits 2016-11-06, within a week of sibling 000\'s date 2016-11-07.',
    )
  })

  it('shares a duplicate’s full value and names the weekday it resolves', () => {
    const sibling = {
      value: '2016-11-07',
      source: 'found' as const,
      reason: 'Taken from the metadata date line.',
      candidates: [],
    }
    const date = inferDocumentDateFromSiblings(articleOf(scrape), [
      { id: '000', dct: sibling, relation: 'duplicate' },
    ])
    expect(date?.value).toBe('2016-11-07')
    expect(date?.reason).toBe(
      'Inferred as a duplicate of 000, so it shares sibling 000\'s date 2016-11-07 (found); the text\'s weekday "Sunday" then falls on 2016-11-06, in the week before.',
    )
  })

  it('rejects a sibling the text contradicts', () => {
    const resolution = resolveDocumentDate(articleOf(rewrite), {
      siblings: [{ id: '007', dct: '2017-03-01', relation: 'story' }],
    })
    expect(resolution.documentDate).toBeUndefined()
    expect(resolution.reason).toMatch(
      /No sibling fits: "Sunday, November 6" in the text does not fall within a week of sibling 007's date 2017-03-01\.$/,
    )
  })

  it('prefers a duplicate to a story and warns when they disagree', () => {
    const resolution = resolveDocumentDate(articleOf(scrape), {
      siblings: [
        { id: '002', dct: '2016-11-08', relation: 'story' },
        { id: '000', dct: '2016-11-07', relation: 'duplicate' },
      ],
    })
    expect(resolution.documentDate?.value).toBe('2016-11-07')
    expect(resolution.candidates.map((candidate) => candidate.evidence)).toEqual([
      'sibling:duplicate:000',
      'sibling:story:002',
    ])
    expect(resolution.warnings).toEqual([
      expect.objectContaining({
        ruleId: 'dct-conflict',
        reason: expect.stringMatching(
          /^Sibling 002 \(story\) is dated 2016-11-08 but sibling 000 \(duplicate\)/,
        ),
      }),
    ])
  })

  it('uses what the article states before any sibling', () => {
    const article = articleOf('date 2016-11-07 (CNN) Talks ended.', {
      metadataDate: { text: 'date 2016-11-07', value: '2016-11-07' },
    })
    expect(
      findDocumentDate(article, {
        siblings: [{ id: 'x', dct: '2016-11-09', relation: 'duplicate' }],
      })?.source,
    ).toBe('found')
  })
})

describe('bad input', () => {
  it('names the function and what was expected', () => {
    expect(() => findDocumentDate(42 as unknown as string)).toThrow(
      /^Cannot `findDocumentDate` without text: expected a string or an Article \(from `parseArticle`\), not the number 42$/,
    )
    expect(() => resolveDocumentDate(articleOf('Talks.'), { dct: 'Sunday' })).toThrow(
      /^Cannot read `dct` for `resolveDocumentDate` "Sunday": expected an ISO 8601 date/,
    )
    expect(() => resolveDocumentDate(articleOf('Talks.'), { dtc: '2016-11-07' } as never)).toThrow(
      /^Unknown option `dtc` for `resolveDocumentDate`: did you mean `dct`\?/,
    )
    expect(() => resolveDocumentDate(articleOf('Talks.'), { near: 16 })).toThrow(
      /with `near` 16: expected a year from 1800 to 2099/,
    )
    expect(() =>
      inferDocumentDateFromSiblings(articleOf('Talks.'), [
        { id: '000', dct: 'yesterday', relation: 'story' },
      ]),
    ).toThrow(/^Cannot read `siblings\[0\].dct` for `inferDocumentDateFromSiblings` "yesterday"/)
    expect(() =>
      inferDocumentDateFromSiblings(articleOf('Talks.'), 'none' as unknown as []),
    ).toThrow(/expected an array/)
  })
})
