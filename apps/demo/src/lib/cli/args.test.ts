import { describe, expect, it } from 'vitest'
import { parseDemoArgs } from './args.js'

const context = { seeds: '/repo/seeds', cwd: '/repo', cores: 2 }

describe('command line', () => {
  it('defaults to the seeds, out/ in the folder the user ran the command in, and one worker per core', () => {
    expect(parseDemoArgs([], context)).toEqual({
      input: '/repo/seeds',
      out: '/repo/out',
      workers: 2,
      maxBytes: 5 * 1024 * 1024,
      htmlLimit: 200,
      html: true,
      progress: 'auto',
      help: false,
    })
  })

  it('reads the options, after the `--` pnpm passes through', () => {
    const options = parseDemoArgs(
      [
        '--',
        '--input',
        'corpus.jsonl',
        '--out',
        '/tmp/report',
        '--workers',
        '0',
        '--max-bytes',
        '512kB',
        '--no-html',
        '--progress',
        'lines',
      ],
      context,
    )
    expect(options).toMatchObject({
      input: '/repo/corpus.jsonl',
      out: '/tmp/report',
      workers: 0,
      maxBytes: 512 * 1024,
      html: false,
      progress: 'lines',
    })
  })

  it('refuses what it cannot use, saying what was expected', () => {
    expect(() => parseDemoArgs(['--workers', 'two'], context)).toThrow(
      /Cannot use `--workers two`: expected a whole number from 0 to 256/,
    )
    expect(() => parseDemoArgs(['--max-bytes', 'lots'], context)).toThrow(
      /expected a size such as 5000000, 512kB or 5MB/,
    )
    expect(() => parseDemoArgs(['--progress', 'fancy'], context)).toThrow(
      /expected auto, bar, lines or off/,
    )
    expect(() => parseDemoArgs(['--colour'], context)).toThrow(
      /Unknown option '--colour'.*see --help/,
    )
  })
})
