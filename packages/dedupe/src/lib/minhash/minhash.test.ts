import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { harbourStory, harbourStoryEdited, orchardStory } from '../../../test/fixtures/news.js'
import { estimateJaccard, exactJaccard } from './compare.js'
import { decodeSignature, encodeSignature } from './encode.js'
import { ParameterMismatchError } from './errors.js'
import { createMinHash } from './minhash.js'

describe('createMinHash', () => {
  test('parameters are named by a versioned id', () => {
    expect(createMinHash().parameters.id).toBe('cdmh1-word5-k128-s1')
    expect(
      createMinHash({ permutations: 64, seed: 7, shingles: { unit: 'char' } }).parameters.id,
    ).toBe('cdmh1-char7-k64-s7')
  })

  test('signatures are fixed for a seed: the same values in every process and release', () => {
    const values = createMinHash().signature('The coalition and Turkey will work together.').values
    expect(Array.from(values.subarray(0, 4))).toMatchInlineSnapshot(`
      [
        3009033524,
        2812200573,
        3434959360,
        3176102654,
      ]
    `)
    expect(
      createMinHash().signature('The coalition and Turkey will work together.').values,
    ).toEqual(values)
    expect(
      createMinHash({ seed: 2 }).signature('The coalition and Turkey will work together.').values,
    ).not.toEqual(values)
  })

  test('another process computes the same signature (encoded bytes compared)', () => {
    const module = fileURLToPath(new URL('./minhash.ts', import.meta.url))
    const encoder = fileURLToPath(new URL('./encode.ts', import.meta.url))
    const script = `
      const { createMinHash } = await import(${JSON.stringify(module)})
      const { encodeSignature } = await import(${JSON.stringify(encoder)})
      const bytes = encodeSignature(createMinHash({ seed: 42 }).signature(process.argv[1]))
      process.stdout.write(Buffer.from(bytes).toString('base64'))
    `
    const child = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, harbourStory],
      { cwd: fileURLToPath(new URL('../../..', import.meta.url)), encoding: 'utf8' },
    )
    const here = Buffer.from(encodeSignature(createMinHash({ seed: 42 }).signature(harbourStory)))
    expect(child).toBe(here.toString('base64'))
    expect(decodeSignature(Buffer.from(child, 'base64')).parameters).toBe('cdmh1-word5-k128-s42')
  })

  test('typography, case and whitespace do not change the signature', () => {
    const minhash = createMinHash()
    const a = minhash.signature(
      '“Seizing, holding and governing” — the plan for Raqqa, Dunford said.',
    )
    const b = minhash.signature(
      '"SEIZING, holding   and governing" -- the plan for Raqqa, Dunford said.',
    )
    expect(estimateJaccard(a, b)).toBe(1)
  })

  test('the estimate tracks the exact Jaccard of the shingle sets', () => {
    const minhash = createMinHash()
    const exact = exactJaccard(minhash.shingles(harbourStory), minhash.shingles(harbourStoryEdited))
    const estimate = estimateJaccard(
      minhash.signature(harbourStory),
      minhash.signature(harbourStoryEdited),
    )
    expect(exact).toBeGreaterThan(0.6)
    expect(exact).toBeLessThan(0.9)
    expect(Math.abs(estimate - exact)).toBeLessThan(0.15)
    expect(
      estimateJaccard(minhash.signature(harbourStory), minhash.signature(orchardStory)),
    ).toBeLessThan(0.05)
  })

  test('property: the estimate is within 5 standard errors of the exact Jaccard', () => {
    const minhash = createMinHash({ permutations: 256 })
    const vocabulary = 'port union strike talks pay ship lorry coast retail fruit week day'.split(
      ' ',
    )
    const text = fc.array(fc.constantFrom(...vocabulary), { minLength: 30, maxLength: 120 })
    fc.assert(
      fc.property(text, text, (left, right) => {
        const a = left.join(' ')
        const b = [...left.slice(0, left.length >> 1), ...right].join(' ')
        const exact = exactJaccard(minhash.shingles(a), minhash.shingles(b))
        const estimate = estimateJaccard(minhash.signature(a), minhash.signature(b))
        const error = Math.sqrt((exact * (1 - exact)) / 256)
        expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(5 * error + 0.02)
      }),
      { numRuns: 60 },
    )
  })

  test('any number of permutations, not only multiples of eight', () => {
    const minhash = createMinHash({ permutations: 13 })
    const a = minhash.signature(harbourStory)
    expect(a.values).toHaveLength(13)
    expect(new Set(a.values).size).toBe(13)
    expect(estimateJaccard(a, minhash.signature(harbourStory))).toBe(1)
    expect(estimateJaccard(a, minhash.signature(orchardStory))).toBeLessThan(0.2)
  })

  test('an empty document is a clear error', () => {
    expect(() => createMinHash().signature(' — ! ')).toThrow(/empty document/)
    expect(() => createMinHash().signature(42 as unknown as string)).toThrow(
      /Cannot `signature` without text: expected a string or an Article from `parseArticle\(text\)`, got the number 42/,
    )
  })

  test('bad options are clear errors', () => {
    expect(() => createMinHash({ permutations: 0 })).toThrow(/`permutations` 0/)
    expect(() => createMinHash({ seed: -1 })).toThrow(/`seed` -1/)
    expect(() => createMinHash({ shingles: { size: 0 } })).toThrow(/`size` 0/)
  })

  test('signatures made with other parameters are refused', () => {
    const a = createMinHash({ seed: 1 }).signature(harbourStory)
    const b = createMinHash({ seed: 2 }).signature(harbourStory)
    expect(() => estimateJaccard(a, b)).toThrow(ParameterMismatchError)
    expect(() => estimateJaccard(a, b)).toThrow(/cdmh1-word5-k128-s2.*cdmh1-word5-k128-s1/)
  })

  test('encodeSignature and decodeSignature round-trip, with the parameters', () => {
    const signature = createMinHash().signature(harbourStory)
    const decoded = decodeSignature(encodeSignature(signature))
    expect(decoded).toEqual(signature)
    expect(() => decodeSignature(new Uint8Array([1, 2, 3, 4, 5, 6]))).toThrow(/`CDMH`/)
    const truncated = encodeSignature(signature).subarray(0, 30)
    expect(() => decodeSignature(truncated)).toThrow(/not a whole signature/)
  })

  test('character shingles also find near-duplicates', () => {
    const minhash = createMinHash({ shingles: { unit: 'char', size: 6 } })
    expect(
      estimateJaccard(minhash.signature(harbourStory), minhash.signature(harbourStoryEdited)),
    ).toBeGreaterThan(0.7)
  })
})
