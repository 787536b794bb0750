import { describe, expect, it } from 'vitest'
import { football, rewrite, wire } from '../../../test/fixtures/railway.js'
import { memoryRun, quietLog } from '../../../test/helpers.js'
import { createSpool } from '../report/spool.js'
import type { ReportDocument } from '../report/types.js'
import { analyse } from './analyse.js'

describe('analyse', () => {
  it('spools every document in input order and keeps what the later steps need', async () => {
    const run = memoryRun(
      [
        { id: 'wire', text: wire, date: '2016-03-15' },
        { id: 'rewrite', text: rewrite },
        {
          kind: 'error',
          id: 'broken',
          where: 'memory:3',
          code: 'invalid-json',
          reason: 'Cannot read line 3: not JSON',
        },
        { id: 'football', text: football },
        { id: 'unlucky', text: football.replace('Saturday', 'Sunday') },
      ],
      (task) => task.kind === 'analyse' && task.input.id === 'unlucky',
    )
    const spool = await createSpool<ReportDocument>()
    const log = quietLog()
    try {
      const analysed = await analyse(run, spool, log)
      const records: ReportDocument[] = []
      for await (const record of spool.records()) records.push(record)
      expect(records.map((record) => record.id)).toEqual(['wire', 'rewrite', 'football'])
      expect(analysed.inputs).toBe(5)
      expect(analysed.bytes).toBe(records.reduce((sum, record) => sum + record.bytes, 0))
      expect([...analysed.dates]).toEqual([
        ['wire', { value: '2016-03-15', source: 'given' }],
        ['rewrite', { source: 'none' }],
        ['football', { source: 'none' }],
      ])
      // Only documents with quotes are kept for the merge.
      expect(analysed.quotes.map((entry) => entry.document)).toEqual(['wire', 'rewrite'])
      expect(analysed.quotes[0]!.quotes[0]!.speaker?.name).toBe('Rita Gomes')
      // The failures, in the order they were met: the unreadable input, then the failed task.
      expect(log.errors.map((error) => [error.id, error.code])).toEqual([
        ['broken', 'invalid-json'],
        ['unlucky', 'processing-failed'],
      ])
      expect(log.errors[1]!.reason).toBe('Cannot process `memory:5`: the task failed on purpose')
      // The signatures went into the relations: the rewrite shares shingles with the wire.
      const candidates = analysed.relations.finish().passagePairs
      expect(candidates.map(({ a, b }) => `${a}~${b}`)).toEqual(['wire~rewrite'])
      expect(run.reads()).toBe(1)
    } finally {
      await spool.remove()
    }
  })
})
