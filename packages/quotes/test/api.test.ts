import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('public API: speakers and merge', () => {
  it('exports resolveSpeakers, mergeQuotes, reconcileSpeakers and quoteWords', () => {
    expect(typeof api.resolveSpeakers).toBe('function')
    expect(typeof api.mergeQuotes).toBe('function')
    expect(typeof api.reconcileSpeakers).toBe('function')
    expect(typeof api.quoteWords).toBe('function')
  })
})
