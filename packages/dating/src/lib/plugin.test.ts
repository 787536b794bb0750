import retextArticle, { parseArticle } from '@copydesk/parse'
import { readSeed } from '@copydesk/test-utils'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextTimexes from './plugin.js'

const emptyTree = { type: 'root', children: [] }

async function run(text: string, options?: Parameters<typeof retextTimexes>[0], article?: boolean) {
  const file = new VFile(text)
  if (article) (file.data as { article?: unknown }).article = parseArticle(text)
  await unified().use(retextTimexes, options).run(emptyTree, file)
  return file
}

describe('retextTimexes', () => {
  it('puts the document date and the resolved timexes on the file', async () => {
    const file = await run(
      'date 2016-11-07 (CNN) Militia leaders said Sunday they began last month.',
    )
    expect(file.data.documentDate).toMatchObject({ value: '2016-11-07', source: 'found' })
    const values = file.data.timexes?.map((timex) => [timex.text, timex.value])
    expect(values).toContainEqual(['Sunday', '2016-11-06'])
    expect(values).toContainEqual(['last month', '2016-10'])
    expect(file.messages).toEqual([])
  })

  it('reads file.data.article when the parse plugin ran first', async () => {
    const text =
      'Updated 7:53 AM ET, Sun November 6, 2016\nThe ferry line said Saturday night was calm.'
    const file = await run(text, undefined, true)
    expect(file.data.documentDate?.value).toBe('2016-11-06T07:53:00-05:00')
    expect(file.data.timexes?.find((timex) => timex.text === 'Saturday night')?.value).toBe(
      '2016-11-05TNI',
    )
  })

  it('runs after the parse plugin in one pipeline', async () => {
    const processor = unified().use(retextArticle).use(retextTimexes)
    const file = new VFile('date 2016-11-07 (CNN) The ferry line said Saturday night was calm.')
    await processor.run(processor.parse(file), file)
    expect(file.data.article?.metadataDate?.value).toBe('2016-11-07')
    expect(file.data.documentDate?.source).toBe('found')
    expect(file.data.timexes?.map((timex) => [timex.text, timex.value])).toContainEqual([
      'Saturday night',
      '2016-11-05TNI',
    ])
  })

  it('reports a conflict between the caller and the text as a message with a place', async () => {
    const file = await run('date 2016-11-07 (CNN) Talks ended Sunday.', { dct: '2016-11-15' })
    expect(file.data.documentDate).toMatchObject({ value: '2016-11-15', source: 'given' })
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message?.ruleId).toBe('dct-conflict')
    expect(message?.source).toBe('@copydesk/dating')
    expect(message?.place).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 1, column: 16, offset: 15 },
    })
    expect(file.data.timexes?.find((timex) => timex.text === 'Sunday')?.value).toBe('2016-11-13')
  })

  it('says so when there is no document date, leaving relative values unresolved', async () => {
    const file = await run('The ferry line said Sunday that fares would rise.')
    expect(file.data.documentDate).toBeUndefined()
    expect(file.messages.map((message) => message.ruleId)).toEqual(['dct-missing'])
    expect(String(file.messages[0]?.reason)).toMatch(/^No document date: The text has no date line/)
    expect(file.data.timexes?.[0]?.text).toBe('Sunday')
    expect(file.data.timexes?.[0]?.value).not.toMatch(/^\d{4}/)
  })

  it('resolves every "Sunday" of the seed stories to 2016-11-06', async () => {
    const seed = readSeed
    const dated = { id: '000', dct: '2016-11-07', relation: 'duplicate' as const }
    const cases = [
      { name: '000_17c6f39676c1d2ff', options: {} },
      { name: '001_f9bfdd8abda33a96', options: { siblings: [dated] } },
      {
        name: '002_def7ae6103f5492f',
        options: { siblings: [{ ...dated, relation: 'story' as const }] },
      },
      { name: '003_3de0030188d21523', options: {} },
    ]
    for (const { name, options } of cases) {
      const file = await run(seed(name), options)
      const sundays = file.data.timexes?.filter((timex) => /^Sunday\b/.test(timex.text)) ?? []
      expect(sundays.length, name).toBeGreaterThan(0)
      for (const sunday of sundays)
        expect(sunday.value.slice(0, 10), `${name}: ${sunday.text}`).toBe('2016-11-06')
    }
  })

  it('meets the seed targets: Saturday night, last month, October 17 and the captions’ years', async () => {
    const seed = readSeed
    const values = (file: VFile) => file.data.timexes?.map((timex) => [timex.text, timex.value])
    const earlier = await run(seed('003_3de0030188d21523'))
    expect(values(earlier)).toContainEqual(['Saturday night', '2016-11-05TNI'])
    expect(values(earlier)).toContainEqual(['last month', '2016-10'])
    expect(values(earlier)).toContainEqual(['October 17', '2016-10-17'])
    const captions = await run(seed('000_17c6f39676c1d2ff'))
    expect(values(captions)).toContainEqual(['August 7, 2013', '2013-08-07'])
    expect(values(captions)).toContainEqual(['October 1, 2013', '2013-10-01'])
    expect(values(captions)).toContainEqual(['November 6, 2015', '2015-11-06'])
  })
})
