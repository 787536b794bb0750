import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Report } from '../src/lib/report/types.js'
import { runAndRead, seeds, short, tempFolder } from './helpers.js'

/** Every id the input holds appears once in the report: as a document or as an error. */
function accountedIds(report: Report): string[] {
  return [
    ...report.documents.map((document) => document.id),
    ...report.errors.map((error) => error.id),
  ].sort()
}

const wire = [
  'BRUSSELS (Reuters) - European Union ministers agreed on Tuesday to extend the fishing quotas for another year, officials said.',
  '"We have reached a fair compromise for our fleets," the Danish minister, Lars Holm, told reporters after the meeting. The talks had lasted since Monday night.',
].join('\n\n')

describe('a JSONL corpus with bad records', () => {
  it('processes the good records, reports each bad one, and accounts for every id', async () => {
    const folder = await tempFolder('demo-corpus-')
    const file = path.join(folder, 'corpus.jsonl')
    const seedTexts = await Promise.all(
      ['000_17c6f39676c1d2ff', '001_f9bfdd8abda33a96'].map((id) =>
        readFile(path.join(seeds, `${id}.txt`), 'utf8'),
      ),
    )
    const lines = [
      JSON.stringify({ id: 'cnn-a', text: seedTexts[0] }),
      JSON.stringify({ id: 'cnn-b', text: seedTexts[1] }),
      JSON.stringify({ id: 'wire-1', text: wire, date: '2016-03-15' }),
      JSON.stringify({
        id: 'wire-2',
        text: wire.replace('Tuesday', 'Wednesday'),
        date: '2004/2005',
      }),
      '{"id": "broken", "text": "no end',
      JSON.stringify({
        id: 'huge',
        text: `${'Officials said the talks would resume. '.repeat(3000)}`,
      }),
      JSON.stringify({ id: 'binary', text: `\u0000\u0001${'\u0002'.repeat(30)}` }),
      JSON.stringify({ id: 'empty', text: '   ' }),
      JSON.stringify({ id: 'no-text' }),
    ]
    await writeFile(file, `${lines.join('\n')}\n`)
    const { report } = await runAndRead({ input: file, maxBytes: 50_000, workers: 2 })
    expect(report.input).toEqual({ path: file, kind: 'jsonl' })
    expect(report.documents.map((document) => document.id)).toEqual([
      'cnn-a',
      'cnn-b',
      'wire-1',
      'wire-2',
    ])
    expect(Object.fromEntries(report.errors.map((error) => [error.id, error.code]))).toEqual({
      [`${file}:5`]: 'invalid-json',
      huge: 'too-large',
      binary: 'binary',
      empty: 'empty',
      'no-text': 'invalid-record',
    })
    expect(accountedIds(report)).toHaveLength(lines.length)
    expect(report.stats).toMatchObject({ inputs: 9, documents: 4, errors: 5, workers: 2 })

    // The given date wins; a given date that is no date is reported and the text decides.
    const [, , first, second] = report.documents
    expect(first!.dct).toMatchObject({ value: '2016-03-15', source: 'given' })
    expect(first!.timexes.find((timex) => timex.text === 'Tuesday')?.value).toBe('2016-03-15')
    expect(second!.warnings).toContainEqual(
      expect.stringMatching(
        /^Date ignored: Cannot read `date` "2004\/2005": expected an ISO 8601 date/,
      ),
    )
    expect(second!.dct.source).not.toBe('given')
    // The two scrapes of one article under other ids, and the two wire versions.
    expect(report.duplicates.pairs.map((pair) => `${pair.a}~${pair.b}`)).toEqual([
      'cnn-a~cnn-b',
      'wire-1~wire-2',
    ])
    expect(
      report.quotes.some(
        (quote) => quote.speaker === 'Lars Holm' && quote.occurrences.length === 2,
      ),
    ).toBe(true)
  })
})

describe('the HTML of a corpus larger than it shows', () => {
  it("renders the largest stories' articles only, says so, and the JSON keeps them all", async () => {
    const { report, result } = await runAndRead({ input: seeds, htmlLimit: 1 })
    expect(report.documents).toHaveLength(4)
    const page = await readFile(result.html!, 'utf8')
    expect(page.match(/<article class="card doc"/g)).toHaveLength(1)
    expect(page).toContain(
      "Showing 1 of 4 articles, the largest stories' first; report.json has them all.",
    )
    expect(page).toContain('Dates from the 1 article shown below, of 4.')
  })
})

describe('a folder with bad files', () => {
  it('gives the same documents with 0 and 2 workers, and accounts for every file', async () => {
    const folder = await tempFolder('demo-folder-corpus-')
    for (const id of ['000_17c6f39676c1d2ff', '003_3de0030188d21523']) {
      await writeFile(path.join(folder, `${id}.txt`), await readFile(path.join(seeds, `${id}.txt`)))
    }
    await writeFile(path.join(folder, 'wire.txt'), wire)
    await writeFile(
      path.join(folder, 'photo.txt'),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
    )
    await writeFile(path.join(folder, 'blank.txt'), '\n\n')
    const inline = await runAndRead({ input: folder, workers: 0 })
    const threaded = await runAndRead({ input: folder, workers: 2 })
    for (const { report } of [inline, threaded]) {
      expect(report.documents.map((document) => short(document.id))).toEqual(['000', '003', 'wir'])
      expect(report.errors.map((error) => [error.id, error.code])).toEqual([
        ['blank', 'empty'],
        ['photo', 'binary'],
      ])
      expect(accountedIds(report)).toEqual([
        '000_17c6f39676c1d2ff',
        '003_3de0030188d21523',
        'blank',
        'photo',
        'wire',
      ])
    }
    expect(threaded.report.documents).toEqual(inline.report.documents)
    expect(threaded.report.stories).toEqual(inline.report.stories)
    expect(threaded.report.stories.map((story) => story.members.map(short))).toEqual([
      ['000', '003'],
    ])
  })
})
