import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { rewrite, wire } from '../../../test/fixtures/railway.js'
import { memoryRun, quietLog, tempFolder } from '../../../test/helpers.js'
import { documentTitle } from '../html/model.js'
import { analyseDocument } from '../process/document.js'
import { createSpool } from '../report/spool.js'
import type { Report, ReportDocument } from '../report/types.js'
import { write } from './write.js'

describe('write', () => {
  it('writes the spooled documents with their new dates and story names, and the findings', async () => {
    const out = await tempFolder('demo-write-')
    const { source } = memoryRun([])
    const spool = await createSpool<ReportDocument>()
    const log = quietLog()
    log.errors.push({ id: 'broken', where: 'memory:3', code: 'empty', reason: 'The text is empty' })
    log.phases.analyse = 12
    try {
      const wireRecord = analyseDocument({
        id: 'wire',
        text: wire,
        bytes: wire.length,
        date: '2016-03-15',
      }).record
      const rewriteRecord = analyseDocument({
        id: 'rewrite',
        text: rewrite,
        bytes: rewrite.length,
      }).record
      await spool.append(wireRecord)
      await spool.append(rewriteRecord)
      await spool.finish()
      const inferred = {
        value: '2016-03-15',
        source: 'inferred' as const,
        reason: 'a story sibling of wire',
        from: ['wire'],
      }
      const written = await write(
        { out, html: false, htmlLimit: 200 },
        { source, spool, workers: 0, started: performance.now() },
        {
          analysed: { inputs: 3, bytes: wire.length + rewrite.length },
          related: { threshold: 0.5, clusters: [], pairs: [] },
          aligned: { reuse: [], stories: [['wire', 'rewrite']], centres: ['wire'] },
          redated: {
            updates: new Map([
              ['rewrite', { dct: inferred, timexes: [], warnings: ['Dated from its story'] }],
            ]),
            dates: new Map([
              ['wire', { value: '2016-03-15', source: 'given' }],
              ['rewrite', { value: '2016-03-15', source: 'inferred' }],
            ]),
          },
          merged: {
            quotes: [],
            names: new Map([['rewrite', [{ from: 'Gomes', name: 'Rita Gomes' }]]]),
          },
        },
        log,
      )
      expect(written.html).toBeUndefined()
      expect(existsSync(`${out}/report.html`)).toBe(false)
      const report = JSON.parse(await readFile(written.json, 'utf8')) as Report
      expect(report.documents.map((document) => document.id)).toEqual(['wire', 'rewrite'])
      expect(report.documents[0]).toEqual(wireRecord)
      const [, second] = report.documents
      expect(second!.dct).toEqual(inferred)
      expect(second!.warnings).toContain('Dated from its story')
      const gomes = second!.quotes.find((quote) => quote.speaker?.mention?.text === 'Gomes')
      expect(gomes?.speaker?.name).toBe('Rita Gomes')
      expect(report.stories).toEqual([
        {
          id: 'story-1',
          members: ['wire', 'rewrite'],
          representative: 'wire',
          // The centre's headline, read while the documents were written.
          title: documentTitle(wireRecord),
          first: '2016-03-15',
          last: '2016-03-15',
        },
      ])
      expect(report.stories[0]!.title).toMatch(/\w{3}/)
      expect(report.errors).toEqual(log.errors)
      expect(report.stats).toMatchObject({
        inputs: 3,
        documents: 2,
        errors: 1,
        workers: 0,
        phases: { analyse: 12 },
      })
      expect(written.report.stats.documents).toBe(2)
    } finally {
      await spool.remove()
    }
  })
})
