import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { runAndRead, tempFolder } from './helpers.js'

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry service resumes after storms | The Harbour Ledger</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry service resumes after storms","datePublished":"2024-03-04T09:30:00Z","author":{"@type":"Person","name":"Ines Moreau"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ferry service resumes after storms</h1>
<p>HARBOURTON (Ledger) - The ferry service resumed on Monday after a week of storms, the port authority said.</p>
<p>"We are glad to have the boats running again," said Tomas Berg, the harbour master, as passengers queued from dawn.</p>
<p>The first crossing left at 7 a.m., and the authority said timetables would return to normal by Wednesday.</p>
</article><footer>© The Harbour Ledger</footer></body></html>`

describe('the demo on web pages', () => {
  it('extracts a page, dates it from its metadata and reports bad pages as errors, never crashing', async () => {
    const folder = await tempFolder('demo-html-run-')
    await writeFile(path.join(folder, 'ferry.html'), page)
    await writeFile(
      path.join(folder, 'image.html'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    )
    await writeFile(
      path.join(folder, 'latin.htm'),
      Buffer.from(page.replace('Tomas', 'Tomás'), 'latin1'),
    )
    const { report } = await runAndRead({ input: folder })
    const { documents } = report
    const ferry = documents.find((document) => document.id === 'ferry')
    expect(ferry).toMatchObject({
      format: 'html',
      dct: { value: '2024-03-04T09:30:00Z', source: 'found' },
    })
    expect(ferry?.article.headline?.text).toBe('Ferry service resumes after storms')
    expect(ferry?.quotes.map((quote) => quote.speaker?.name)).toContain('Tomas Berg')
    const latin = documents.find((document) => document.id === 'latin')
    expect(latin?.warnings).toContainEqual(
      expect.stringMatching(/declares UTF-8 .* read as windows-1252/),
    )
    expect(latin?.quotes.map((quote) => quote.speaker?.name)).toContain('Tomás Berg')
    expect(report.errors).toEqual([expect.objectContaining({ id: 'image', code: 'binary' })])
  })
  it('accounts for every bad page without crashing: truncated .gz, no text, deep nesting, NUL in a JSONL page', async () => {
    const folder = await tempFolder('demo-html-bad-')
    const zipped = gzipSync(page.repeat(10))
    await writeFile(path.join(folder, 'cut.html.gz'), zipped.subarray(0, zipped.length >> 1))
    await writeFile(
      path.join(folder, 'blank.html'),
      '<!doctype html><html><head><title></title></head><body><div></div></body></html>',
    )
    await writeFile(
      path.join(folder, 'nested.html'),
      `<html><body>${'<div>'.repeat(20_000)}<p>The harbour reopened on Monday, officials said.</p>${'</div>'.repeat(20_000)}</body></html>`,
    )
    await writeFile(path.join(folder, 'ferry.html.gz'), gzipSync(page))
    const { report } = await runAndRead({ input: folder })
    const ids = [
      ...report.documents.map((document) => document.id),
      ...report.errors.map((error) => error.id),
    ].sort()
    expect(ids).toEqual(['blank', 'cut', 'ferry', 'nested'])
    expect(report.errors.find((error) => error.id === 'cut')).toMatchObject({ code: 'truncated' })
    expect(report.documents.find((document) => document.id === 'ferry')?.dct.source).toBe('found')
    const nested = report.documents.find((document) => document.id === 'nested')
    expect(nested?.article.blocks.map((block) => block.text).join(' ')).toContain(
      'The harbour reopened on Monday',
    )

    const file = path.join(folder, 'pages.jsonl')
    await writeFile(
      file,
      [
        JSON.stringify({ id: 'nul', html: '<p>Officials\u0000 said</p>' }),
        JSON.stringify({
          id: 'ok',
          html: page,
          url: 'https://ledger.example/2024/03/04/ferry.html',
        }),
      ].join('\n'),
    )
    const jsonl = await runAndRead({ input: file })
    expect(jsonl.report.errors).toEqual([expect.objectContaining({ id: 'nul', code: 'binary' })])
    expect(jsonl.report.documents[0]).toMatchObject({
      id: 'ok',
      format: 'html',
      url: 'https://ledger.example/2024/03/04/ferry.html',
    })
  })
})
