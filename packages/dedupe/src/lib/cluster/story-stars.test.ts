import { describe, expect, test } from 'vitest'
import { storyClustersFromLinks } from './story-stars.js'

const ids = (stories: { members: string[] }[]) => stories.map((story) => story.members)

describe('storyClustersFromLinks', () => {
  test('a chain A ~ B ~ C ~ D does not become one story: B takes its neighbours, D stays out', () => {
    const stories = storyClustersFromLinks(
      ['a', 'b', 'c', 'd'],
      [
        { a: 'a', b: 'b' },
        { a: 'b', b: 'c' },
        { a: 'c', b: 'd' },
      ],
    )
    expect(ids(stories)).toEqual([['a', 'b', 'c'], ['d']])
    expect(stories.map((story) => story.representative)).toEqual(['b', 'd'])
    // Links kept are those inside a story; the c ~ d link crosses two stories.
    expect(stories[0]!.links).toEqual([
      { a: 'a', b: 'b' },
      { a: 'b', b: 'c' },
    ])
    expect(stories[1]!.links).toEqual([])
    // Stories of one left out on request (the links are the same).
    const multi = storyClustersFromLinks(['a', 'b', 'c', 'd'], stories[0]!.links, { minSize: 2 })
    expect(ids(multi)).toEqual([['a', 'b', 'c']])
  })

  test('the best-connected document is the centre, and a document linked only to a member stays out', () => {
    // wire ~ rewrite1, rewrite2, rewrite3; rewrite3 ~ column, which does not link to wire.
    const stories = storyClustersFromLinks(
      ['column', 'rewrite1', 'wire', 'rewrite2', 'rewrite3', 'alone'],
      [
        { a: 'rewrite1', b: 'wire' },
        { a: 'wire', b: 'rewrite2' },
        { a: 'rewrite3', b: 'wire' },
        { a: 'rewrite3', b: 'column' },
        { a: 'rewrite1', b: 'rewrite2' },
      ],
    )
    expect(ids(stories)).toEqual([
      ['column'],
      ['rewrite1', 'wire', 'rewrite2', 'rewrite3'],
      ['alone'],
    ])
    expect(stories[1]!.representative).toBe('wire')
    expect(stories[1]!.links).toHaveLength(4)
  })

  test('a clique is one story; repeated and self links change nothing; extra link fields are kept', () => {
    const links = [
      { a: 'x', b: 'y', weight: 0.4 },
      { a: 'y', b: 'z', weight: 0.3 },
      { a: 'x', b: 'z', weight: 0.5 },
      { a: 'y', b: 'x', weight: 0.4 },
      { a: 'z', b: 'z', weight: 1 },
    ]
    const [story, ...rest] = storyClustersFromLinks(['x', 'y', 'z'], links)
    expect(rest).toEqual([])
    expect(story!.members).toEqual(['x', 'y', 'z'])
    expect(story!.representative).toBe('x')
    expect(story!.links.map((link) => link.weight)).toEqual([0.4, 0.3, 0.5, 0.4])
  })

  test('with dates, no story spans more than `windowDays` (14 by default) between dated members', () => {
    const ids = ['mon', 'tue', 'later', 'undated', 'wed']
    const links = [
      { a: 'mon', b: 'tue' },
      { a: 'tue', b: 'later' },
      { a: 'tue', b: 'undated' },
      { a: 'tue', b: 'wed' },
      { a: 'later', b: 'wed' },
    ]
    const dates = new Map<string, string | number | Date>([
      ['mon', '2024-03-04'],
      ['tue', Date.parse('2024-03-05T09:00:00Z')],
      ['wed', new Date('2024-03-06')],
      ['later', '2024-03-15'],
    ])
    // Without dates `tue` (four links) takes everyone.
    expect(storyClustersFromLinks(ids, links).map((story) => story.members)).toEqual([ids])
    // 14 days: `later` is 11 days after `mon`, within the window.
    expect(storyClustersFromLinks(ids, links, { dates }).map((story) => story.members)).toEqual([
      ids,
    ])
    // A week: `later` is linked to `tue` (10 days) but would stretch the story past 7 days.
    const week = storyClustersFromLinks(ids, links, { dates, windowDays: 7 })
    expect(week.map((story) => story.members)).toEqual([
      ['mon', 'tue', 'undated', 'wed'],
      ['later'],
    ])
    // Two days: mon (03-04) to wed (03-06) is exactly two days, within; the undated member is
    // never limited by the window.
    const two = storyClustersFromLinks(ids, links, { dates, windowDays: 2 })
    expect(two.map((story) => story.members)).toEqual([['mon', 'tue', 'undated', 'wed'], ['later']])
    const one = storyClustersFromLinks(ids, links, { dates, windowDays: 1 })
    for (const story of one) {
      const times = story.members.flatMap((id) => {
        const date = dates.get(id)
        return date === undefined ? [] : [new Date(date).getTime()]
      })
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(86_400_000)
    }
    expect(() => storyClustersFromLinks(ids, links, { dates, windowDays: -2 })).toThrow(
      /`windowDays` -2: expected a number of days ≥ 0/,
    )
    expect(() => storyClustersFromLinks(ids, links, { dates: new Map([['mon', 'soon']]) })).toThrow(
      /the date of `mon` is .*soon.*expected a Date/,
    )
    expect(() =>
      storyClustersFromLinks(ids, links, { dates: { mon: '2024-03-04' } as never }),
    ).toThrow(/`dates` for `storyClustersFromLinks` must be a Map/)
  })

  test('bad input gets a clear error', () => {
    expect(() => storyClustersFromLinks(['a'], [], { minSize: 0 })).toThrow(
      /`minSize` 0: expected a whole number ≥ 1/,
    )
    expect(() => storyClustersFromLinks(5 as unknown as string[], [])).toThrow(
      /`storyClustersFromLinks` with ids the number 5: expected an iterable of document ids/,
    )
    expect(() => storyClustersFromLinks(['a'], null as unknown as [])).toThrow(
      /with links null: expected an iterable of links/,
    )
    expect(() => storyClustersFromLinks(['a', 'a'], [])).toThrow(/id `a` is given twice/)
    expect(() => storyClustersFromLinks(['a', 7 as unknown as string], [])).toThrow(
      /id 1 is the number \d+, expected a non-empty string/,
    )
    expect(() =>
      storyClustersFromLinks(
        ['a', 'b'],
        [
          { a: 'a', b: 'b' },
          { a: 'a', b: 'c' },
        ],
      ),
    ).toThrow(/link 1 has `b` `c`, which is not among the ids/)
    expect(() =>
      storyClustersFromLinks(['a'], [{ a: 3, b: 'a' } as unknown as { a: string; b: string }]),
    ).toThrow(/link 0 has `a` the number \d+/)
  })
})
