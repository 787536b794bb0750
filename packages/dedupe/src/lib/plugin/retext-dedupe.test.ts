import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { harbourStory, harbourStoryRescraped, orchardStory } from '../../../test/fixtures/news.js'
import { createIndex } from '../index/memory-index.js'
import retextDedupe from './retext-dedupe.js'

function processor(options: Parameters<typeof retextDedupe>[0]) {
  return unified()
    .use(function () {
      this.parser = () => ({ type: 'root', children: [] })
      this.compiler = () => ''
    })
    .use(retextDedupe, options)
}

describe('retextDedupe', () => {
  test('signs files, finds duplicates in the index, adds unique files', async () => {
    const index = createIndex({ threshold: 0.7 })
    const first = await processor({ index, add: true }).process(
      new VFile({ path: 'harbour.txt', value: harbourStory }),
    )
    expect(first.data.duplicates).toEqual([])
    expect(first.data.signature?.parameters).toBe('cdmh1-word5-k128-s1')
    expect(index.has('harbour.txt')).toBe(true)

    const second = await processor({ index, add: true }).process(
      new VFile({ path: 'rescrape.txt', value: harbourStoryRescraped }),
    )
    expect(second.data.duplicates?.map((match) => match.id)).toEqual(['harbour.txt'])
    expect(second.messages.map((message) => [message.ruleId, message.source])).toEqual([
      ['near-duplicate', '@copydesk/dedupe'],
    ])
    expect(String(second.messages[0]!.reason)).toMatch(
      /Near-duplicate of `harbour.txt` \(Jaccard 0\.9\d\)/,
    )
    expect(index.has('rescrape.txt')).toBe(false)

    const third = await processor({ index }).process(new VFile(orchardStory))
    expect(third.data.duplicates).toEqual([])
  })

  test('an empty file is a message, not a crash', async () => {
    const file = await processor({}).process(new VFile('   '))
    expect(file.messages.map((message) => message.ruleId)).toEqual(['empty-document'])
    expect(file.data.signature).toBeUndefined()
  })
})
