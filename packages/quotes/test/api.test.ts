import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'analyseQuotes',
      'analyzeQuotes',
      'classifyQuoted',
      'completeSpeakerNames',
      'copydeskQuotes',
      'default',
      'digestQuote',
      'extractQuotes',
      'findNonQuotes',
      'mergeQuotes',
      'quoteWords',
      'reconcileSpeakers',
      'resolveSpeakers',
      'retextQuotes',
    ])
  })

  it('has the plugin as the default export, under its retext name, and the old name an alias', () => {
    expect(api.default).toBe(api.retextQuotes)
    expect(api.copydeskQuotes).toBe(api.retextQuotes)
  })

  it('exports functions only', () => {
    for (const [name, value] of Object.entries(api))
      expect([name, typeof value]).toEqual([name, 'function'])
  })
})
