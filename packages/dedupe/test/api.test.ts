import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import * as dedupe from '../src/index.js'
import * as minhash from '../src/minhash.js'
import * as text from '../src/text.js'

describe('public API surface', () => {
  test('the root: the functions a user calls', () => {
    expect(Object.keys(dedupe).sort()).toMatchInlineSnapshot(`
      [
        "ParameterMismatchError",
        "createIndex",
        "createMinHash",
        "createSharedShingles",
        "dedupeStream",
        "default",
        "duplicateClusters",
        "duplicateClustersFromPairs",
        "exactDuplicates",
        "openIndex",
        "sharedPassages",
        "signatureStream",
        "storyClusters",
        "storyClustersFromLinks",
        "storyDefaults",
      ]
    `)
  })

  test('@copydesk/dedupe/minhash: signatures, LSH banding and format versions', () => {
    expect(Object.keys(minhash).sort()).toMatchInlineSnapshot(`
      [
        "ParameterMismatchError",
        "candidateProbability",
        "createMinHash",
        "decodeSignature",
        "defaultLshWeights",
        "encodeSignature",
        "estimateJaccard",
        "exactJaccard",
        "minHashAlgorithmVersion",
        "optimalBanding",
        "resolveMinHashParameters",
        "signatureFormatVersion",
        "storeFormat",
        "storeFormatVersion",
      ]
    `)
    expect(minhash.createMinHash).toBe(dedupe.createMinHash)
  })

  test('@copydesk/dedupe/text: how a text is read', () => {
    expect(Object.keys(text).sort()).toMatchInlineSnapshot(`
      [
        "articleBody",
        "exactKey",
        "foldCase",
        "normaliseText",
        "normalizeText",
        "sentences",
        "words",
      ]
    `)
    // The old spelling is a deprecated alias of the new one.
    expect(text.normalizeText).toBe(text.normaliseText)
  })
})

describe('options are checked: an unknown key or a wrong type is a TypeError naming it', () => {
  const documents = [{ id: 'a', text: 'The port strike entered its second day on Wednesday.' }]
  const typo = /Unknown option `threshhold` for `(\w|\.)+`: did you mean `threshold`\?/

  test('an index and its queries', async () => {
    expect(() => dedupe.createIndex({ threshhold: 0.5 } as never)).toThrow(typo)
    expect(() => dedupe.createIndex({ threshold: '0.5' } as never)).toThrow(
      /Option `threshold` for `createIndex` must be a number, not the string "0.5"/,
    )
    expect(() => dedupe.createIndex({ verify: 'exactly' } as never)).toThrow(
      /Option `verify` for `createIndex` must be 'estimate' or 'exact'/,
    )
    const index = dedupe.createIndex()
    expect(() => index.query('Some text here', { threshhold: 0.5 } as never)).toThrow(typo)
    expect(() => dedupe.createMinHash({ permutation: 64 } as never)).toThrow(
      /Unknown option `permutation` for `createMinHash`: did you mean `permutations`\?/,
    )
    expect(() => dedupe.createMinHash({ shingles: { unt: 'char' } } as never)).toThrow(
      /Unknown option `unt` for `createMinHash\(\{shingles\}\)`: did you mean `unit`\?/,
    )
    const directory = await mkdtemp(path.join(tmpdir(), 'dedupe-options-'))
    try {
      await expect(dedupe.openIndex(directory, { threshhold: 0.5 } as never)).rejects.toThrow(
        /Unknown option `threshhold` for `openIndex`: did you mean `threshold`\?/,
      )
      const persistent = await dedupe.openIndex(path.join(directory, 'index'))
      await expect(persistent.addMany(documents, { batchSise: 10 } as never)).rejects.toThrow(
        /Unknown option `batchSise` for `addMany`: did you mean `batchSize`\?/,
      )
      await persistent.close()
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  test('clusters, passages, stories and shared shingles', () => {
    expect(() => dedupe.duplicateClusters(documents, { threshhold: 0.5 } as never)).toThrow(
      /Unknown option `threshhold` for `duplicateClusters`: did you mean `threshold`\?/,
    )
    expect(() =>
      dedupe.duplicateClustersFromPairs(['a'], [], { threshhold: 0.5 } as never),
    ).toThrow(/for `duplicateClustersFromPairs`: did you mean `threshold`\?/)
    expect(() => dedupe.storyClusters(documents, { threshhold: 0.5 } as never)).toThrow(
      /for `storyClusters`: did you mean `threshold`\?/,
    )
    expect(() => dedupe.storyClusters(documents, { passages: { minWord: 4 } } as never)).toThrow(
      /Unknown option `minWord` for `storyClusters\(\{passages\}\)`: did you mean `minWords`\?/,
    )
    expect(() => dedupe.storyClustersFromLinks(['a'], [], { minSise: 2 } as never)).toThrow(
      /for `storyClustersFromLinks`: did you mean `minSize`\?/,
    )
    expect(() => dedupe.sharedPassages('a b', 'c d', { minWord: 4 } as never)).toThrow(
      /Unknown option `minWord` for `sharedPassages`: did you mean `minWords`\?/,
    )
    expect(() => dedupe.sharedPassages('a b', 'c d', { maxGap: 1.5 })).toThrow(
      /Option `maxGap` for `sharedPassages` must be a whole number ≥ 0, not the number 1.5/,
    )
    expect(() => dedupe.createSharedShingles().pairs({ minShare: 2 } as never)).toThrow(
      /did you mean `minShared`\?/,
    )
  })

  test('the stream helpers and the plugin', async () => {
    await expect(
      dedupe.dedupeStream(documents, { threshhold: 0.5 } as never).next(),
    ).rejects.toThrow(/Unknown option `threshhold` for `dedupeStream`: did you mean `threshold`\?/)
    await expect(
      dedupe.signatureStream(documents, { minHash: {} } as never).next(),
    ).rejects.toThrow(/Unknown option `minHash` for `signatureStream`: did you mean `minhash`\?/)
    // unified calls the plugin with its options when the processor is frozen (before any run).
    expect(() =>
      unified()
        .use(dedupe.default, { ad: true } as never)
        .freeze(),
    ).toThrow(/Unknown option `ad` for `retextDedupe`: did you mean `add`\?/)
  })
})
