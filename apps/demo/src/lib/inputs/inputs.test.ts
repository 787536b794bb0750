import { symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../../../test/helpers.js'
import { openInput } from './index.js'
import { splitLines } from './lines.js'
import type { InputItem } from './types.js'

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = []
  for await (const item of items) out.push(item)
  return out
}

const story =
  'ANKARA (Reuters) - Turkish and US commanders met on Sunday to plan the next phase, officials said.'

describe('folder input', () => {
  it('reads .txt files in name order, with ids from file names, and reports bad files', async () => {
    const folder = await tempFolder('demo-folder-')
    await writeFile(path.join(folder, 'b-story.txt'), story)
    await writeFile(path.join(folder, 'a-story.txt'), `${story} A second paragraph follows.`)
    await writeFile(
      path.join(folder, 'c-binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]),
    )
    await writeFile(path.join(folder, 'd-huge.txt'), 'word '.repeat(400))
    await writeFile(path.join(folder, 'e-empty.txt'), '  \n\n ')
    await writeFile(path.join(folder, 'notes.md'), 'not an article')
    await symlink(path.join(folder, 'deleted-story.txt'), path.join(folder, 'f-gone.txt'))
    const source = await openInput(folder, { maxBytes: 1000 })
    expect(source.kind).toBe('folder')
    const items = await collect(source.read())
    expect(items.map((item) => [item.id, item.kind])).toEqual([
      ['a-story', 'document'],
      ['b-story', 'document'],
      ['c-binary', 'error'],
      ['d-huge', 'error'],
      ['e-empty', 'error'],
      ['f-gone', 'error'],
    ])
    const [, second, binary, huge, empty, gone] = items
    expect(second).toMatchObject({ kind: 'document', text: story, bytes: Buffer.byteLength(story) })
    expect(binary).toMatchObject({
      code: 'binary',
      reason: expect.stringMatching(/not valid UTF-8/),
    })
    expect(huge).toMatchObject({
      code: 'too-large',
      reason: expect.stringMatching(/2\.0 kB, over the 1000 B limit/),
    })
    expect(empty).toMatchObject({ code: 'empty' })
    expect(gone).toMatchObject({
      code: 'unreadable',
      reason: expect.stringMatching(/f-gone.txt`: ENOENT/),
    })
    expect(source.bytesRead()).toBe(source.totalBytes)
  })

  it('flags text with NUL characters as binary even when it is valid UTF-8', async () => {
    const folder = await tempFolder('demo-folder-')
    await writeFile(path.join(folder, 'nul.txt'), 'Officials said\u0000 on Monday')
    const items = await collect((await openInput(folder, { maxBytes: 1e6 })).read())
    expect(items[0]).toMatchObject({
      kind: 'error',
      code: 'binary',
      reason: expect.stringMatching(/NUL character at offset 14/),
    })
  })

  it('says clearly when the input does not exist', async () => {
    await expect(openInput('/nonexistent/corpus.jsonl', { maxBytes: 1e6 })).rejects.toThrow(
      /Cannot read input `\/nonexistent\/corpus.jsonl`: no such file or folder/,
    )
  })
})

describe('JSONL input', () => {
  it('reads records and turns every bad line into an error with its line number', async () => {
    const folder = await tempFolder('demo-jsonl-')
    const file = path.join(folder, 'corpus.jsonl')
    const lines = [
      JSON.stringify({ id: 'wire-1', text: story, date: '2016-11-07', title: 'Commanders meet' }),
      '{"id": "wire-2", "text": "unterminated',
      JSON.stringify({ id: 'wire-3', text: 42 }),
      '',
      JSON.stringify({ id: 'wire-1', text: 'A repeated id.' }),
      JSON.stringify({ text: 'A record with no id, reported by its line.' }),
      JSON.stringify({ id: 7, text: 'x'.repeat(5000) }),
      '[1, 2]',
      JSON.stringify({ id: 'wire-8', text: `Control\u0001${'\u0002'.repeat(20)}` }),
      JSON.stringify({ id: 'wire-9', text: 'Officials said on Monday the talks would go on.\r' }),
    ]
    await writeFile(file, `${lines.join('\r\n')}\n`)
    const source = await openInput(file, { maxBytes: 2000 })
    expect(source.kind).toBe('jsonl')
    const items = await collect(source.read())
    expect(
      items.map((item) => (item.kind === 'error' ? `${item.id}:${item.code}` : item.id)),
    ).toEqual([
      'wire-1',
      `${file}:2:invalid-json`,
      'wire-3:invalid-record',
      `wire-1@${file}:5:duplicate-id`,
      `${file}:6`,
      '7:too-large',
      `${file}:8:invalid-record`,
      'wire-8:binary',
      'wire-9',
    ])
    expect(items[0]).toMatchObject({
      date: '2016-11-07',
      title: 'Commanders meet',
      where: `${file}:1`,
    })
    expect(items[2]).toMatchObject({
      reason: expect.stringMatching(/expected `text` to be a string, got number/),
    })
    expect(items[6]).toMatchObject({ reason: expect.stringMatching(/got an array/) })
    expect(source.bytesRead()).toBe(source.totalBytes)
  })

  it('never holds more than the limit of an over-long line', async () => {
    const chunks = ['{"id":"a","text":"', 'x'.repeat(10_000), 'y'.repeat(10_000), '"}\n{"id":"b"}']
    const lines = []
    for await (const line of splitLines(
      Readable.from(chunks.map((chunk) => Buffer.from(chunk))),
      1000,
    ))
      lines.push(line)
    expect(lines).toEqual([
      { number: 1, length: 20_020, overflow: true },
      { number: 2, bytes: Buffer.from('{"id":"b"}'), length: 10, overflow: false },
    ])
  })
})
