import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseTimeML } from '../timeml/read.js'
import { runCli } from './run.js'

function capture(stdin?: string) {
  const out: string[] = []
  const err: string[] = []
  return {
    streams: {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
      ...(stdin === undefined ? {} : { readStdin: () => stdin }),
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  }
}

const goldDocument = (id: string, dct: string, sentence: string) => `<?xml version="1.0" ?>
<TimeML>
<DOCID>${id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="${dct}" temporalFunction="false" functionInDocument="CREATION_TIME">${dct}</TIMEX3></DCT>
<TEXT>
${sentence}
</TEXT>
</TimeML>
`

const roots: string[] = []

afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

function corpus() {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-dating-cli-'))
  roots.push(root)
  mkdirSync(join(root, 'gold', 'wire'), { recursive: true })
  writeFileSync(
    join(root, 'gold', 'wire', 'a.tml'),
    goldDocument(
      'a',
      '1998-01-08',
      'Prices <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.',
    ),
  )
  writeFileSync(
    join(root, 'gold', 'b.tml'),
    goldDocument(
      'b',
      '1998-02-13',
      'The talks lasted <TIMEX3 tid="t1" type="DURATION" value="P2D">two days</TIMEX3>.',
    ),
  )
  writeFileSync(join(root, 'gold', 'notes.txt'), 'not TimeML')
  return root
}

describe('copydesk-dating annotate', () => {
  it('writes a system file per gold file, same relative path, DCT kept', () => {
    const root = corpus()
    const io = capture()
    const code = runCli(['annotate', join(root, 'gold'), join(root, 'system')], io.streams, '1.0.0')
    expect(code).toBe(0)
    expect(io.stdout()).toMatch(/^annotated 2 of 2 file\(s\) into .*system \(\d+ timexes\)\n$/)
    const gold = parseTimeML(readFileSync(join(root, 'gold', 'wire', 'a.tml'), 'utf8'))
    const system = parseTimeML(readFileSync(join(root, 'system', 'wire', 'a.tml'), 'utf8'))
    expect(system.text).toBe(gold.text)
    expect(system.dct).toBe('1998-01-08')
    expect(system.timexes.map((timex) => [timex.text, timex.value])).toEqual([
      ['yesterday', '1998-01-07'],
    ])
    expect(parseTimeML(readFileSync(join(root, 'system', 'b.tml'), 'utf8')).timexes[0]?.value).toBe(
      'P2D',
    )
  })

  it('follows links to TimeML files, not links to folders', () => {
    const root = corpus()
    mkdirSync(join(root, 'linked'))
    symlinkSync(join(root, 'gold', 'b.tml'), join(root, 'linked', 'b.tml'))
    symlinkSync(join(root, 'linked'), join(root, 'linked', 'loop'))
    const io = capture()
    const code = runCli(['annotate', join(root, 'linked'), join(root, 'out')], io.streams, '1.0.0')
    expect(code).toBe(0)
    expect(io.stdout()).toMatch(/^annotated 1 of 1 file\(s\)/)
    expect(readFileSync(join(root, 'out', 'b.tml'), 'utf8')).toContain('two days')
  })

  it('annotates a single file', () => {
    const root = corpus()
    const io = capture()
    const code = runCli(
      ['annotate', join(root, 'gold', 'b.tml'), join(root, 'one')],
      io.streams,
      '1.0.0',
    )
    expect(code).toBe(0)
    expect(readFileSync(join(root, 'one', 'b.tml'), 'utf8')).toContain('<DOCID>b</DOCID>')
  })

  it('reports a broken file, writes the others and exits 1', () => {
    const root = corpus()
    writeFileSync(join(root, 'gold', 'broken.tml'), '<TimeML>no text</TimeML>')
    const io = capture()
    const code = runCli(['annotate', join(root, 'gold'), join(root, 'system')], io.streams, '1.0.0')
    expect(code).toBe(1)
    expect(io.stderr()).toMatch(
      /broken\.tml: Cannot `parseTimeML`: expected a `<TEXT>…<\/TEXT>` element/,
    )
    expect(io.stdout()).toMatch(/^annotated 2 of 3 file/)
  })

  it('says clearly when the input is missing or is not TimeML', () => {
    const root = corpus()
    const missing = capture()
    expect(runCli(['annotate', join(root, 'nope'), join(root, 'out')], missing.streams, '1')).toBe(
      1,
    )
    expect(missing.stderr()).toMatch(
      /^copydesk-dating annotate: Cannot annotate `.*nope`: no such file or folder\n$/,
    )
    const wrong = capture()
    expect(
      runCli(['annotate', join(root, 'gold', 'notes.txt'), join(root, 'out')], wrong.streams, '1'),
    ).toBe(1)
    expect(wrong.stderr()).toMatch(/expected a TimeML file ending in `\.tml`/)
    const usage = capture()
    expect(runCli(['annotate', join(root, 'gold')], usage.streams, '1')).toBe(2)
    expect(usage.stderr()).toMatch(/`annotate` needs INPUT \(a \.tml file or folder\) and OUT_DIR/)
  })
})

describe('copydesk-dating text', () => {
  it('prints the document date and timexes as JSON', () => {
    const root = corpus()
    const file = join(root, 'story.txt')
    writeFileSync(file, 'The ferry line said Sunday that fares will rise next month.')
    const io = capture()
    expect(runCli(['text', file, '--dct', '2016-11-07'], io.streams, '1')).toBe(0)
    const output = JSON.parse(io.stdout())
    expect(output.documentDate).toMatchObject({ value: '2016-11-07', source: 'given' })
    expect(
      output.timexes.map((timex: { text: string; value: string }) => [timex.text, timex.value]),
    ).toEqual([
      ['Sunday', '2016-11-06'],
      ['next month', '2016-12'],
    ])
  })

  it('reads standard input and reports a missing date as null with the reason', () => {
    const io = capture('Allies met on Sunday, November 6, to plan the offensive.')
    expect(runCli(['text', '-'], io.streams, '1')).toBe(0)
    const output = JSON.parse(io.stdout())
    expect(output.documentDate).toBeNull()
    expect(output.reason).toMatch(/^No date inferred/)
    const hinted = capture('Allies met on Sunday, November 6, to plan the offensive.')
    runCli(['text', '-', '--near', '2016'], hinted.streams, '1')
    expect(JSON.parse(hinted.stdout()).documentDate.value).toBe('2016-11-06')
  })

  it('rejects a missing file, a bad option and a bad date', () => {
    const missing = capture()
    expect(runCli(['text', '/no/such/story.txt'], missing.streams, '1')).toBe(1)
    expect(missing.stderr()).toBe(
      'copydesk-dating text: cannot read `/no/such/story.txt`: no such file\n',
    )
    const option = capture('x')
    expect(runCli(['text', '-', '--when', 'now'], option.streams, '1')).toBe(2)
    expect(option.stderr()).toMatch(/`text` has no option `--when`/)
    const date = capture('x')
    expect(runCli(['text', '-', '--dct', 'Sunday'], date.streams, '1')).toBe(1)
    expect(date.stderr()).toMatch(
      /Cannot read `dct` for `resolveDocumentDate` "Sunday": expected an ISO 8601 date/,
    )
  })
})

describe('copydesk-dating', () => {
  it('prints help, version and unknown-command errors', () => {
    const help = capture()
    expect(runCli(['--help'], help.streams, '1.2.3')).toBe(0)
    expect(help.stdout()).toMatch(/^Usage: copydesk-dating <command>/)
    const version = capture()
    expect(runCli(['--version'], version.streams, '1.2.3')).toBe(0)
    expect(version.stdout()).toBe('1.2.3\n')
    const unknown = capture()
    expect(runCli(['score'], unknown.streams, '1')).toBe(2)
    expect(unknown.stderr()).toMatch(/^copydesk-dating: unknown command `score`/)
    const none = capture()
    expect(runCli([], none.streams, '1')).toBe(2)
  })
})
