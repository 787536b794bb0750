import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const bin = fileURLToPath(new URL('../../bin/copydesk-html.js', import.meta.url))
const built = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args])
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const page = (
  headline: string,
  date: string,
  author: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${headline} | The Harbour Ledger</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","datePublished":"${date}","dateModified":"${date.replace('09:30', '11:00')}","author":{"@type":"Person","name":"${author}"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>${headline}</h1>
<p>The ferry service resumed on Monday after a week of storms, the port authority said in a statement.</p>
<p>Passengers queued from dawn, and the first crossing left the harbour shortly after seven in the morning.</p>
<p>Timetables would return to normal by Wednesday, the authority said, though delays were still possible.</p>
</article><footer>© The Harbour Ledger. All rights reserved.</footer></body></html>`

let folder: string
beforeAll(async () => {
  if (!existsSync(built))
    throw new Error(
      `Build the package first (\`pnpm --filter @copydesk/html run build\`): ${built} is missing`,
    )
  folder = await mkdtemp(path.join(tmpdir(), 'copydesk-html-cli-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('copydesk-html extract', () => {
  it('extracts a folder of pages (also .gz, in subfolders) to the benchmark format, every id present', async () => {
    const pages = path.join(folder, 'pages')
    await mkdir(path.join(pages, 'world'), { recursive: true })
    await writeFile(
      path.join(pages, 'ferry.html'),
      page('Ferry service resumes', '2024-03-04T09:30:00Z', 'Ines Moreau'),
    )
    await writeFile(
      path.join(pages, 'world', 'port.htm.gz'),
      gzipSync(page('Port reopens after storms', '2024-03-05T09:30:00Z', 'Tomas Berg')),
    )
    await writeFile(
      path.join(pages, 'image.html'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    )
    const zipped = gzipSync(page('Cut short', '2024-03-06T09:30:00Z', 'Ines Moreau'))
    await writeFile(path.join(pages, 'cut.html.gz'), zipped.subarray(0, zipped.length >> 1))
    await writeFile(
      path.join(pages, 'latin.html'),
      Buffer.from(page('Fähren fahren wieder', '2024-03-07T09:30:00Z', 'Jürgen Weiß'), 'latin1'),
    )
    const out = path.join(folder, 'predictions.json')
    const result = await cli('extract', pages, '--out', out)
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/5 pages, 2 errors; wrote/),
    })
    const predictions = JSON.parse(await readFile(out, 'utf8'))
    expect(Object.keys(predictions).sort()).toEqual([
      'cut',
      'ferry',
      'image',
      'latin',
      'world/port',
    ])
    expect(predictions.ferry).toMatchObject({
      headline: 'Ferry service resumes',
      authors: ['Ines Moreau'],
      datePublished: '2024-03-04T09:30:00Z',
      dateModified: '2024-03-04T11:00:00Z',
      articleBody: expect.stringContaining(
        'The ferry service resumed on Monday after a week of storms',
      ),
    })
    expect(predictions.ferry.articleBody).not.toMatch(/All rights reserved|Sport/)
    expect(predictions['world/port']).toMatchObject({
      headline: 'Port reopens after storms',
      authors: ['Tomas Berg'],
    })
    expect(predictions.cut).toEqual({
      error: expect.stringMatching(/cut\.html\.gz`: unexpected end of file/),
    })
    expect(predictions.latin).toMatchObject({
      headline: 'Fähren fahren wieder',
      authors: ['Jürgen Weiß'],
    })
    expect(predictions.image).toEqual({
      error: expect.stringMatching(/image\.html`: .*NUL character/),
    })
  })

  it('reads a JSONL of {id, html, url?} and accounts for every line', async () => {
    const file = path.join(folder, 'pages.jsonl')
    await writeFile(
      file,
      [
        JSON.stringify({
          id: 'p1',
          html: page('Ferry service resumes', '2024-03-04T09:30:00Z', 'Ines Moreau'),
          url: 'https://ledger.example/2024/03/04/ferry.html',
        }),
        '{"id": "p2", "html": "unterminated',
        JSON.stringify({ id: 'p3', html: 7 }),
        JSON.stringify({ id: 'p1', html: '<p>again</p>' }),
      ].join('\n'),
    )
    const out = path.join(folder, 'jsonl.json')
    expect((await cli('extract', file, '--out', out)).code).toBe(0)
    const predictions = JSON.parse(await readFile(out, 'utf8'))
    expect(Object.keys(predictions)).toEqual(['p1', `${file}:2`, 'p3', `p1@${file}:4`])
    expect(predictions.p1.articleBody).toContain('Passengers queued from dawn')
    expect(predictions[`${file}:2`].error).toMatch(/Cannot parse line 2/)
    expect(predictions.p3.error).toMatch(/expected `html` to be a string, got number/)
    expect(predictions[`p1@${file}:4`].error).toMatch(/already used/)
  })

  it('refuses a bad INPUT or --out before any work, leaving an existing output intact', async () => {
    const out = path.join(folder, 'kept.json')
    await writeFile(out, '{"kept": true}')
    const missing = await cli('extract', path.join(folder, 'nowhere'), '--out', out)
    expect(missing).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Cannot read INPUT `.*nowhere`: no such file or folder/),
    })
    expect(await readFile(out, 'utf8')).toBe('{"kept": true}')
    const notPages = path.join(folder, 'notes.txt')
    await writeFile(notPages, 'notes')
    expect((await cli('extract', notPages, '--out', out)).stderr).toMatch(
      /expected a folder of \.html\/\.htm files .* got a file named notes\.txt/,
    )
    const empty = path.join(folder, 'empty')
    await mkdir(empty)
    expect((await cli('extract', empty, '--out', out)).stderr).toMatch(/the folder has no \.html/)
    expect((await cli('extract', empty, '--out', folder)).stderr).toMatch(
      /Cannot write `--out .*`: it is a folder/,
    )
    expect(
      (await cli('extract', empty, '--out', path.join(folder, 'no', 'such', 'x.json'))).stderr,
    ).toMatch(/the folder `.*no\/such` does not exist/)
    expect(await cli('extract', empty)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/missing `--out FILE`/),
    })
    expect(await cli('convert', empty, '--out', out)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown command `convert`/),
    })
    expect(await readFile(out, 'utf8')).toBe('{"kept": true}')
  })
})
