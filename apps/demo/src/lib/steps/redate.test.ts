import { describe, expect, it } from 'vitest'
import { football, rescrape, wire } from '../../../test/fixtures/railway.js'
import { memoryRun, quietLog } from '../../../test/helpers.js'
import type { DatedAs } from './analyse.js'
import { redate } from './redate.js'

const documents = [
  { id: 'wire', text: wire, date: '2016-03-15' },
  { id: 'rescrape', text: rescrape },
  { id: 'second-rescrape', text: `${rescrape}\n\nUpdated with the minister's remarks.` },
  { id: 'football', text: football },
]

const found = new Map<string, DatedAs>([
  ['wire', { value: '2016-03-15', source: 'given' }],
  ['rescrape', { source: 'none' }],
  ['second-rescrape', { source: 'none' }],
  ['football', { source: 'none' }],
])

describe('redate', () => {
  it('dates the undated from their duplicates, in rounds, and resolves their expressions again', async () => {
    const run = memoryRun(documents)
    const log = quietLog()
    // The second rescrape is related to the first rescrape only: it is dated in the second round.
    const pairs = [
      { a: 'wire', b: 'rescrape' },
      { a: 'rescrape', b: 'second-rescrape' },
    ]
    const { updates, dates } = await redate(run, { pairs, stories: [], dates: found }, log)
    expect([...updates.keys()]).toEqual(['rescrape', 'second-rescrape'])
    expect(updates.get('rescrape')?.dct).toMatchObject({
      value: '2016-03-15',
      source: 'inferred',
      from: ['wire'],
    })
    expect(updates.get('second-rescrape')?.dct).toMatchObject({
      value: '2016-03-15',
      from: ['rescrape'],
    })
    const tuesday = updates.get('rescrape')?.timexes.find((timex) => timex.text === 'Tuesday')
    expect(tuesday?.value).toBe('2016-03-15')
    expect(dates.get('second-rescrape')).toEqual({ value: '2016-03-15', source: 'inferred' })
    // A document with no related document stays as it was; the dates given are not changed.
    expect(dates.get('football')).toEqual({ source: 'none' })
    expect(found.get('rescrape')).toEqual({ source: 'none' })
    expect(log.errors).toEqual([])
    expect(run.reads()).toBe(1)
  })

  it('reports a document it cannot date and reads nothing when nothing can be dated', async () => {
    const failing = memoryRun(documents, (task) => task.kind === 'redate')
    const log = quietLog()
    const { updates } = await redate(
      failing,
      { pairs: [], stories: [['wire', 'rescrape']], dates: found },
      log,
    )
    expect(updates.size).toBe(0)
    expect(log.errors).toEqual([
      {
        id: 'rescrape',
        where: 'memory:2',
        code: 'processing-failed',
        reason: 'Cannot date rescrape from its related documents: the task failed on purpose',
      },
    ])
    const unrelated = memoryRun(documents)
    await redate(unrelated, { pairs: [], stories: [], dates: found }, quietLog())
    expect(unrelated.reads()).toBe(0)
  })
})
