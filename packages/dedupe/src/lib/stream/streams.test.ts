import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  harbourRewrite,
  harbourStory,
  harbourStoryEdited,
  harbourStoryRescraped,
  orchardStory,
} from '../../../test/fixtures/news.js'
import { createMinHash } from '../minhash/minhash.js'
import { openIndex } from '../store/persistent-index.js'
import { dedupeStream, signatureStream } from './streams.js'

async function* arriving(documents: { id: string; text: string }[]) {
  for (const document of documents) {
    await new Promise((resolve) => setImmediate(resolve))
    yield document
  }
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = []
  for await (const item of source) items.push(item)
  return items
}

describe('signatureStream', () => {
  test('signs documents as they arrive and reports empty ones', async () => {
    const minhash = createMinHash({ seed: 4 })
    const signed = await collect(
      signatureStream(
        arriving([
          { id: 'a', text: harbourStory },
          { id: 'empty', text: '  ' },
        ]),
        { minhash },
      ),
    )
    expect(signed.map(({ id, empty }) => ({ id, empty }))).toEqual([
      { id: 'a', empty: false },
      { id: 'empty', empty: true },
    ])
    expect(signed[0]!.signature).toEqual(minhash.signature(harbourStory))
  })

  test('bad input is a clear error', async () => {
    await expect(collect(signatureStream(3 as unknown as []))).rejects.toThrow(
      /expected an iterable or async iterable/,
    )
    await expect(collect(signatureStream([{ id: 'a' } as never]))).rejects.toThrow(
      /document 0 \(`a`\): `text` must be a string or an Article from `parseArticle\(text\)`, got undefined/,
    )
  })
})

describe('dedupeStream', () => {
  test('keeps the first of each duplicate group and reports the rest', async () => {
    const verdicts = await collect(
      dedupeStream(
        arriving([
          { id: 'original', text: harbourStory },
          { id: 'rewrite', text: harbourRewrite },
          { id: 'rescraped', text: harbourStoryRescraped },
          { id: 'blank', text: '' },
          { id: 'edited', text: harbourStoryEdited },
        ]),
        { threshold: 0.7 },
      ),
    )
    expect(verdicts).toEqual([
      { id: 'original', status: 'unique' },
      { id: 'rewrite', status: 'unique' },
      {
        id: 'rescraped',
        status: 'duplicate',
        duplicateOf: 'original',
        similarity: expect.closeTo(0.9, 1),
        identical: false,
      },
      { id: 'blank', status: 'empty' },
      {
        id: 'edited',
        status: 'duplicate',
        duplicateOf: 'original',
        similarity: expect.closeTo(0.74, 1),
        identical: false,
      },
    ])
  })

  test('day after day on a persistent index', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-dedupe-stream-'))
    try {
      const monday = await openIndex(directory, { threshold: 0.7 })
      const first = await collect(
        dedupeStream(arriving([{ id: 'original', text: harbourStory }]), { index: monday }),
      )
      await monday.close()
      const tuesday = await openIndex(directory)
      const second = await collect(
        dedupeStream(
          arriving([
            { id: 'rescraped', text: harbourStoryRescraped },
            { id: 'orchard', text: orchardStory },
          ]),
          { index: tuesday },
        ),
      )
      await tuesday.close()
      expect(first.map((verdict) => verdict.status)).toEqual(['unique'])
      expect(second.map((verdict) => [verdict.id, verdict.status, verdict.duplicateOf])).toEqual([
        ['rescraped', 'duplicate', 'original'],
        ['orchard', 'unique', undefined],
      ])
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
