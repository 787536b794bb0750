import { expect, test } from 'vitest'
import * as dedupe from '../src/index.js'

test('public API surface', () => {
  expect(Object.keys(dedupe).sort()).toMatchInlineSnapshot(`
    [
      "ParameterMismatchError",
      "candidateProbability",
      "createIndex",
      "createMinHash",
      "decodeSignature",
      "defaultLshWeights",
      "encodeSignature",
      "estimateJaccard",
      "exactJaccard",
      "exactKey",
      "minHashAlgorithmVersion",
      "normalizeText",
      "openIndex",
      "optimalBanding",
      "resolveMinHashParameters",
      "storeFormat",
      "storeFormatVersion",
      "words",
    ]
  `)
})
