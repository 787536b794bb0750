import { describe, expect, it } from 'vitest'
import { football, rescrape, rewrite, wire } from '../../../test/fixtures/railway.js'
import { memoryRun, quietLog } from '../../../test/helpers.js'
import { align } from './align.js'
import type { Related } from './relate.js'

const documents = [
  { id: 'wire', text: wire },
  { id: 'rescrape', text: rescrape },
  { id: 'rewrite', text: rewrite },
  { id: 'football', text: football },
]
const ids = documents.map((document) => document.id)

function related(passagePairs: Related['passagePairs']): Related {
  return {
    threshold: 0.5,
    pairs: [{ a: 'wire', b: 'rescrape', similarity: 0.9, kind: 'near' }],
    clusters: [{ representative: 'wire', members: ['wire', 'rescrape'] }],
    similarPairs: [],
    passagePairs,
  }
}

describe('align', () => {
  it('aligns the candidate pairs, keeps those that share passages, and groups the stories', async () => {
    const run = memoryRun(documents)
    const log = quietLog()
    const { reuse, stories } = await align(
      run,
      {
        ids,
        related: related([
          { a: 'wire', b: 'rewrite', shared: 40, similarity: 0.3, weight: 40 },
          { a: 'wire', b: 'football', shared: 4, similarity: 0.02, weight: 4 },
        ]),
      },
      log,
    )
    expect(reuse.map(({ a, b }) => `${a}~${b}`)).toEqual(['wire~rewrite'])
    const passages = reuse[0]!.passages
    expect(passages.map((passage) => passage.level)).toEqual(['paragraph'])
    expect(passages[0]!.a.text).toMatch(/^This line will bring .* by the end of the decade$/s)
    for (const passage of passages) {
      expect(wire.slice(passage.a.start, passage.a.end)).toBe(passage.a.text)
      expect(rewrite.slice(passage.b.start, passage.b.end)).toBe(passage.b.text)
    }
    // The duplicate pair and the shared passages make one story; the football report stays out.
    expect(stories).toEqual([['wire', 'rescrape', 'rewrite']])
    expect(log.errors).toEqual([])
    expect(run.reads()).toBe(1)
  })

  it('reports a pair it cannot align and goes on with the others', async () => {
    const run = memoryRun(
      documents,
      (task) => task.kind === 'align' && task.input.b.id === 'rescrape',
    )
    const log = quietLog()
    const { reuse } = await align(
      run,
      {
        ids,
        related: related([
          { a: 'wire', b: 'rescrape', shared: 80, similarity: 0.9, weight: 80 },
          { a: 'wire', b: 'rewrite', shared: 40, similarity: 0.3, weight: 40 },
        ]),
      },
      log,
    )
    expect(reuse.map(({ a, b }) => `${a}~${b}`)).toEqual(['wire~rewrite'])
    expect(log.errors).toEqual([
      {
        id: 'wire~rescrape',
        where: 'memory:1 and memory:2',
        code: 'processing-failed',
        reason: 'Cannot align wire with rescrape: the task failed on purpose',
      },
    ])
  })

  it('links a story only by distinctive passages, and never across more than the window', async () => {
    const run = memoryRun(documents)
    // The same passage shared, but its 5-grams carried by many other reports: reuse, no story.
    const templated = await align(
      run,
      {
        ids,
        related: related([{ a: 'wire', b: 'rewrite', shared: 40, similarity: 0.3, weight: 2.5 }]),
      },
      quietLog(),
    )
    expect(templated.reuse.map(({ a, b }) => `${a}~${b}`)).toEqual(['wire~rewrite'])
    expect(templated.stories).toEqual([['wire', 'rescrape']])
    // Dated by their own evidence five weeks apart: no story, whatever they share. An inferred
    // date does not count (a story never forces a date).
    const dated = (rewriteDate: { value: string; source: string }) =>
      align(
        memoryRun(documents),
        {
          ids,
          related: related([{ a: 'wire', b: 'rewrite', shared: 40, similarity: 0.3, weight: 40 }]),
          dates: new Map([
            ['wire', { value: '2025-09-01', source: 'given' }],
            ['rescrape', { value: '2025-09-02', source: 'found' }],
            ['rewrite', rewriteDate],
          ]),
        },
        quietLog(),
      )
    expect((await dated({ value: '2025-10-08', source: 'found' })).stories).toEqual([
      ['wire', 'rescrape'],
    ])
    expect((await dated({ value: '2025-10-08', source: 'inferred' })).stories).toEqual([
      ['wire', 'rescrape', 'rewrite'],
    ])
    expect((await dated({ value: '2025-09-10', source: 'given' })).stories).toEqual([
      ['wire', 'rescrape', 'rewrite'],
    ])
  })

  it('does not read the input again when no pair is a candidate', async () => {
    const run = memoryRun(documents)
    const { reuse, stories } = await align(run, { ids, related: related([]) }, quietLog())
    expect(reuse).toEqual([])
    expect(stories).toEqual([['wire', 'rescrape']])
    expect(run.reads()).toBe(0)
  })
})
