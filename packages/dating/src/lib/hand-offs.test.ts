import { parseArticle } from '@copydesk/parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { runCli } from './cli/run.js'
import { findDocumentDate, resolveDocumentDate } from './dct/resolve.js'
import { extractTimexes } from './extract-timexes.js'
import retextTimexes from './plugin.js'

const emptyTree = { type: 'root', children: [] }
const story = 'Forces said Sunday they had begun the offensive last month.'
const dated = `date 2016-11-07 (CNN) ${story}`
const values = (timexes: { text: string; value: string }[]) =>
  timexes.map((timex) => `${timex.text} = ${timex.value}`)

describe('hand-offs between the document date and the timexes', () => {
  it('takes the DocumentDate resolveDocumentDate decided as `dct`', () => {
    const article = parseArticle(dated, { tree: false })
    const { documentDate } = resolveDocumentDate(article)
    expect(values(extractTimexes(article, { dct: documentDate }))).toEqual([
      '2016-11-07 = 2016-11-07',
      'Sunday = 2016-11-06',
      'last month = 2016-10',
    ])
    expect(() => extractTimexes(article, { dct: resolveDocumentDate(article) as never })).toThrow(
      /it is a `DocumentDateResolution`; pass its `documentDate`/,
    )
  })

  it('reads every date readDate reads, in both functions', () => {
    for (const [dct, value] of [
      ['26-FEB-1987 15:01:01.79', '1987-02-26T15:01:01.79'],
      ['2016/11/07', '2016-11-07'],
      ['November 7, 2016', '2016-11-07'],
      [new Date(Date.UTC(2016, 10, 7)), '2016-11-07T00:00:00.000Z'],
    ] as const) {
      const documentDate = resolveDocumentDate(story, { dct }).documentDate
      expect(documentDate).toMatchObject({ value, source: 'given' })
      expect(findDocumentDate(story, { dct })?.value).toBe(value)
    }
    expect(values(extractTimexes(story, { dct: '2016/11/07' }))[0]).toBe('Sunday = 2016-11-06')
    expect(values(extractTimexes(story, { dct: new Date(Date.UTC(2016, 10, 7, 23)) }))[0]).toBe(
      'Sunday = 2016-11-06',
    )
  })

  it('rejects an impossible date the same way everywhere', () => {
    const message = /"2016-02-30": 2016-02 has no day 30/
    expect(() => findDocumentDate(story, { dct: '2016-02-30' })).toThrow(RangeError)
    expect(() => findDocumentDate(story, { dct: '2016-02-30' })).toThrow(message)
    expect(() => resolveDocumentDate(story, { near: '2016-02-30' })).toThrow(message)
    expect(() => extractTimexes(story, { dct: '2016-02-30' })).toThrow(message)
    expect(() =>
      findDocumentDate(story, { siblings: [{ id: '000', dct: '2016-02-30', relation: 'story' }] }),
    ).toThrow(/`siblings\[0\].dct` for `findDocumentDate` "2016-02-30"/)
    expect(() => unified().use(retextTimexes, { dct: '2016-02-30' }).freeze()).not.toThrow()
  })

  it('dates siblings given as Dates or as what another call decided', () => {
    const sibling = findDocumentDate(dated)!
    const byDocumentDate = findDocumentDate(story, {
      siblings: [{ id: '000', dct: sibling, relation: 'duplicate' }],
    })
    expect(byDocumentDate).toMatchObject({ value: '2016-11-07', source: 'inferred' })
    const byDate = findDocumentDate(story, {
      siblings: [{ id: '000', dct: new Date(Date.UTC(2016, 10, 7)), relation: 'story' }],
    })
    expect(byDate?.value).toBe('2016-11-07')
  })

  it('passes a date given to the plugin, or the CLI, to the timexes', async () => {
    const process = async (options: object) => {
      const file = new VFile(story)
      await unified().use(retextTimexes, options).run(emptyTree, file)
      return file
    }
    for (const dct of ['26-FEB-1987 15:01:01.79', new Date(Date.UTC(1987, 1, 26))]) {
      const file = await process({ dct })
      expect(file.data.documentDate?.value.slice(0, 10)).toBe('1987-02-26')
      expect(values(file.data.timexes ?? [])[0]).toBe('Sunday = 1987-02-22')
    }
    expect(() =>
      unified()
        .use(retextTimexes, { dtc: '2016-11-07' } as never)
        .freeze(),
    ).toThrow(/^Unknown option `dtc` for `retextTimexes`: did you mean `dct`\?/)
    let out = ''
    const streams = {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: () => true },
      readStdin: () => story,
    }
    expect(runCli(['text', '-', '--dct', '2016/11/07'], streams, '0')).toBe(0)
    const printed = JSON.parse(out) as { documentDate: { value: string }; timexes: [] }
    expect(printed.documentDate.value).toBe('2016-11-07')
    expect(values(printed.timexes)[0]).toBe('Sunday = 2016-11-06')
  })
})

describe('calendar words from @copydesk/lexicon', () => {
  it('reads a clock time in any US zone with the day after it', () => {
    for (const zone of ['EST', 'HST']) {
      expect(
        extractTimexes(`The polls close at 7 p.m. ${zone} on Tuesday.`, { dct: '2016-11-07' }),
      ).toEqual([
        expect.objectContaining({
          text: `7 p.m. ${zone} on Tuesday`,
          type: 'TIME',
          value: '2016-11-08T19:00',
        }),
      ])
    }
  })

  it('keeps the weekday of `Thur., Nov. 3`', () => {
    expect(
      values(
        extractTimexes('The hearing is set for Thur., Nov. 3, officials said.', {
          dct: '2016-10-31',
        }),
      ),
    ).toEqual(['Thur., Nov. 3 = 2016-11-03'])
  })
})
