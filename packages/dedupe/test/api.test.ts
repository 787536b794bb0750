import { expect, test } from 'vitest'
import * as dedupe from '../src/index.js'

test('public API surface', () => {
  expect(Object.keys(dedupe).sort()).toMatchInlineSnapshot(`
    [
      "ParameterMismatchError",
      "articleBody",
      "candidateProbability",
      "createIndex",
      "createMinHash",
      "createSharedShingles",
      "decodeSignature",
      "dedupeStream",
      "default",
      "defaultLshWeights",
      "duplicateClusters",
      "duplicateClustersFromPairs",
      "encodeSignature",
      "estimateJaccard",
      "exactDuplicates",
      "exactJaccard",
      "exactKey",
      "foldCase",
      "minHashAlgorithmVersion",
      "normalizeText",
      "openIndex",
      "optimalBanding",
      "paragraphs",
      "resolveMinHashParameters",
      "sentences",
      "sharedArticlePassages",
      "sharedPassages",
      "signatureFormatVersion",
      "signatureOfArticle",
      "signatureStream",
      "storeFormat",
      "storeFormatVersion",
      "storyClusters",
      "storyClustersFromLinks",
      "words",
    ]
  `)
})
