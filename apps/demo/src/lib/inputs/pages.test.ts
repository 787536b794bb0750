import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../../../test/helpers.js'
import { looksLikeHtml } from './check-text.js'
import { openInput } from './index.js'
import type { InputItem } from './types.js'

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = []
  for await (const item of items) out.push(item)
  return out
}

const summary = (items: InputItem[]) =>
  items.map((item) =>
    item.kind === 'error' ? `${item.id}:${item.code}` : `${item.id}${item.format ? ':html' : ''}`,
  )

const story =
  'HARBOURTON (Ledger) - The ferry service resumed on Monday after a week of storms, the port authority said.'
const page = (headline: string, extra = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title>${extra}</head><body><article><h1>${headline}</h1><p>${story}</p><p>Passengers queued from dawn, and the first crossing left at 7 a.m.</p></article></body></html>`

/** One WARC/1.0 record, gzip'd as its own member as CC-NEWS does. */
function warcRecord(
  type: string,
  headers: Record<string, string>,
  payload: string | Buffer,
): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload
  const head = Object.entries({
    'WARC-Type': type,
    ...headers,
    'Content-Length': String(body.length),
  })
    .map(([key, value]) => `${key}: ${value}\r\n`)
    .join('')
  return gzipSync(
    Buffer.concat([Buffer.from(`WARC/1.0\r\n${head}\r\n`), body, Buffer.from('\r\n\r\n')]),
  )
}
function httpResponse(status: string, contentType: string, body: Buffer | string): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  return Buffer.concat([
    Buffer.from(
      `HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${bytes.length}\r\n\r\n`,
    ),
    bytes,
  ])
}
const response = (id: string, url: string, http: Buffer) =>
  warcRecord(
    'response',
    {
      'WARC-Record-ID': `<urn:uuid:${id}>`,
      'WARC-Target-URI': url,
      'Content-Type': 'application/http; msgtype=response',
    },
    http,
  )

describe('folders of pages and texts', () => {
  it('reads subfolders, .gz files and web pages; ids are paths; colliding stems and folders named like files are errors', async () => {
    const folder = await tempFolder('demo-pages-')
    await mkdir(path.join(folder, 'world', 'europe'), { recursive: true })
    await mkdir(path.join(folder, 'x.txt'))
    await writeFile(path.join(folder, 'a.txt'), story)
    await writeFile(path.join(folder, 'a.text'), `${story} Again.`)
    await writeFile(path.join(folder, 'b.txt.gz'), gzipSync(story))
    await writeFile(path.join(folder, 'world', 'c.html'), page('Ferries resume'))
    await writeFile(
      path.join(folder, 'world', 'europe', 'd.htm.gz'),
      gzipSync(page('Port reopens')),
    )
    await writeFile(path.join(folder, 'x.txt', 'inside.txt'), story)
    await writeFile(path.join(folder, 'notes.md'), 'not an input')
    const source = await openInput(folder, { maxBytes: 1e6 })
    const items = await collect(source.read())
    expect(summary(items)).toEqual([
      'a',
      `a@${path.join(folder, 'a.txt')}:duplicate-id`,
      'b',
      'world/c:html',
      'world/europe/d:html',
      'x.txt:not-a-file',
      'x.txt/inside',
    ])
    expect(items[1]).toMatchObject({
      reason: expect.stringContaining(
        `its id \`a\` is already used by \`${path.join(folder, 'a.text')}\``,
      ),
    })
    expect(items[2]).toMatchObject({ kind: 'document', text: story })
    expect(items[4]).toMatchObject({
      kind: 'document',
      text: expect.stringContaining('<h1>Port reopens</h1>'),
    })
    expect(source.bytesRead()).toBe(source.totalBytes)
  })

  it('refuses a folder with nothing to read', async () => {
    const folder = await tempFolder('demo-empty-')
    await writeFile(path.join(folder, 'README.md'), 'notes')
    await expect(openInput(folder, { maxBytes: 1e6 })).rejects.toThrow(
      /Cannot read input `.*`: the folder \(and its subfolders\) has no \.txt, \.text, \.html, \.htm or \.warc file/,
    )
  })

  it('detects HTML in a .txt file and says so', async () => {
    const folder = await tempFolder('demo-detect-')
    await writeFile(path.join(folder, 'saved.txt'), `\n  ${page('Ferries resume')}`)
    const [item] = await collect((await openInput(folder, { maxBytes: 1e6 })).read())
    expect(item).toMatchObject({
      kind: 'document',
      format: 'html',
      notes: [expect.stringMatching(/named as text but holds HTML/)],
    })
  })

  it('turns bad pages into errors or warned results: binary, truncated gzip, a contradicted charset', async () => {
    const folder = await tempFolder('demo-bad-pages-')
    await writeFile(
      path.join(folder, 'a-image.html'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    )
    const zipped = gzipSync(page('Ferries resume').repeat(20))
    await writeFile(path.join(folder, 'b-cut.html.gz'), zipped.subarray(0, zipped.length - 40))
    await writeFile(
      path.join(folder, 'c-latin.html'),
      Buffer.from(page('Fähren fahren wieder'), 'latin1'),
    )
    const items = await collect((await openInput(folder, { maxBytes: 1e6 })).read())
    expect(summary(items)).toEqual(['a-image:binary', 'b-cut:truncated', 'c-latin:html'])
    expect(items[0]).toMatchObject({
      reason: expect.stringMatching(/a-image.html` as a web page: it contains a NUL character/),
    })
    expect(items[1]).toMatchObject({
      reason: expect.stringMatching(/gzip data is truncated or corrupt/),
    })
    expect(items[2]).toMatchObject({
      text: expect.stringContaining('Fähren fahren wieder'),
      notes: [
        expect.stringMatching(
          /declares UTF-8 \(<meta charset>\) but its bytes are not valid UTF-8: read as windows-1252/,
        ),
      ],
    })
  })
})

describe('JSONL pages, dates and streams', () => {
  it('reads `html` records with their url, detects HTML in `text`, and reads numeric dates as Unix time', async () => {
    const folder = await tempFolder('demo-jsonl-pages-')
    const file = path.join(folder, 'pages.jsonl.gz')
    const lines = [
      {
        id: 'p1',
        html: page('Ferries resume'),
        url: 'https://ledger.example/2024/03/04/ferries.html',
      },
      { id: 'p2', text: '<p>The port authority said the ferry would run.</p><p>More later.</p>' },
      { id: 'p3', text: story, date: 1709546400 },
      { id: 'p4', text: story, date: 1709546400000 },
      { id: 'p5', text: story, date: true },
      { id: 'p6', html: 42 },
    ]
    await writeFile(file, gzipSync(lines.map((line) => JSON.stringify(line)).join('\n')))
    const source = await openInput(file, { maxBytes: 1e6 })
    const items = await collect(source.read())
    expect(summary(items)).toEqual(['p1:html', 'p2:html', 'p3', 'p4', 'p5', 'p6:invalid-record'])
    expect(items[0]).toMatchObject({ url: 'https://ledger.example/2024/03/04/ferries.html' })
    expect(items[1]).toMatchObject({ notes: [expect.stringMatching(/`text` field holds HTML/)] })
    expect(items[2]).toMatchObject({ date: '2024-03-04T10:00:00.000Z' })
    expect(items[3]).toMatchObject({ date: '2024-03-04T10:00:00.000Z' })
    expect(items[4]).toMatchObject({
      notes: ['Date ignored: expected `date` to be a string or a Unix time, got boolean'],
    })
    expect(items[4]).not.toHaveProperty('date')
    expect(items[5]).toMatchObject({
      reason: expect.stringMatching(/expected `html` to be a string, got number/),
    })
    expect(source.bytesRead()).toBe(source.totalBytes)
  })

  it('reads JSONL from standard input (`-`) and removes its copy on close', async () => {
    const stdin = Readable.from([Buffer.from(`${JSON.stringify({ id: 's1', text: story })}\n`)])
    const source = await openInput('-', { maxBytes: 1e6 }, { stdin })
    expect(source.path).toBe('-')
    expect(summary(await collect(source.read()))).toEqual(['s1'])
    expect(summary(await collect(source.read()))).toEqual(['s1'])
    await source.close?.()
    await expect(openInput('-', { maxBytes: 1e6 }, { stdin: Readable.from([]) })).rejects.toThrow(
      /standard input \(`-`\): it was empty/,
    )
  })

  it('says a line of a truncated .jsonl.gz could not be read, after the lines before it', async () => {
    const folder = await tempFolder('demo-jsonl-cut-')
    const file = path.join(folder, 'cut.jsonl.gz')
    const zipped = gzipSync(
      Array.from({ length: 50 }, (_, index) =>
        JSON.stringify({ id: `n${index}`, text: `${story} ${index}` }),
      ).join('\n'),
    )
    await writeFile(file, zipped.subarray(0, Math.floor(zipped.length * 0.8)))
    const items = await collect((await openInput(file, { maxBytes: 1e6 })).read())
    expect(items.at(-1)).toMatchObject({ kind: 'error', code: 'truncated' })
    expect(items.filter((item) => item.kind === 'document').length).toBeGreaterThan(0)
  })
})

describe('WARC archives', () => {
  it('makes each HTML response a document and every other record an error with its reason', async () => {
    const folder = await tempFolder('demo-warc-')
    const file = path.join(folder, 'CC-NEWS-test.warc.gz')
    const latin = Buffer.from(page('Fähren fahren wieder'), 'latin1')
    const records = [
      warcRecord(
        'warcinfo',
        { 'WARC-Record-ID': '<urn:uuid:info>', 'Content-Type': 'application/warc-fields' },
        'software: test\r\n',
      ),
      response(
        'r1',
        'https://ledger.example/2024/03/04/ferries.html',
        httpResponse('200 OK', 'text/html; charset=utf-8', page('Ferries resume')),
      ),
      response(
        'r2',
        'https://zeitung.example/faehren',
        httpResponse('200 OK', 'text/html; charset=ISO-8859-1', latin),
      ),
      response(
        'r3',
        'https://ledger.example/logo.png',
        httpResponse('200 OK', 'image/png', Buffer.from([0x89, 0x50, 0, 0])),
      ),
      response(
        'r4',
        'https://ledger.example/gone',
        httpResponse('404 Not Found', 'text/html', '<html><body>Not found</body></html>'),
      ),
      warcRecord(
        'revisit',
        {
          'WARC-Record-ID': '<urn:uuid:r5>',
          'WARC-Target-URI': 'https://ledger.example/2024/03/04/ferries.html',
          'WARC-Refers-To-Target-URI': 'https://ledger.example/2024/03/04/ferries.html',
        },
        '',
      ),
      response(
        'r6',
        'https://ledger.example/binary.html',
        httpResponse('200 OK', 'text/html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])),
      ),
    ]
    await writeFile(file, Buffer.concat(records))
    const source = await openInput(file, { maxBytes: 1e6 })
    expect(source.kind).toBe('warc')
    const items = await collect(source.read())
    expect(summary(items)).toEqual([
      'urn:uuid:info:skipped',
      'urn:uuid:r1:html',
      'urn:uuid:r2:html',
      'urn:uuid:r3:skipped',
      'urn:uuid:r4:skipped',
      'urn:uuid:r5:skipped',
      'urn:uuid:r6:binary',
    ])
    expect(items[1]).toMatchObject({
      url: 'https://ledger.example/2024/03/04/ferries.html',
      text: expect.stringMatching(/^<!doctype html>/),
    })
    expect(items[2]).toMatchObject({ text: expect.stringContaining('Fähren fahren wieder') })
    expect(items[3]).toMatchObject({
      reason: expect.stringMatching(/not HTML \(Content-Type: image\/png\)/),
    })
    expect(items[4]).toMatchObject({ reason: expect.stringMatching(/HTTP status 404/) })
    expect(items[5]).toMatchObject({
      reason: expect.stringMatching(/revisit record has no page of its own/),
    })
    expect(source.bytesRead()).toBe(source.totalBytes)
  })

  it('keeps the records before a truncation and reports the rest as truncated', async () => {
    const folder = await tempFolder('demo-warc-cut-')
    const file = path.join(folder, 'cut.warc.gz')
    const whole = response(
      'r1',
      'https://ledger.example/a',
      httpResponse('200 OK', 'text/html', page('Ferries resume')),
    )
    const second = response(
      'r2',
      'https://ledger.example/b',
      httpResponse('200 OK', 'text/html', page('Port reopens').repeat(30)),
    )
    await writeFile(file, Buffer.concat([whole, second.subarray(0, Math.floor(second.length / 2))]))
    const items = await collect((await openInput(file, { maxBytes: 1e6 })).read())
    expect(summary(items)[0]).toBe('urn:uuid:r1:html')
    expect(items.at(-1)).toMatchObject({ kind: 'error', code: 'truncated' })
  })
})

describe('looksLikeHtml', () => {
  it('tells pages and fragments from news text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true)
    expect(looksLikeHtml('  <div class="story"><p>Officials said.</p></div>')).toBe(true)
    expect(looksLikeHtml(story)).toBe(false)
    expect(looksLikeHtml('<Reuters> officials said on Monday')).toBe(false)
  })
})
