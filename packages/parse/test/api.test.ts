import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('public API', () => {
  it('exports parseArticle, splitParagraphs, the shared model helpers and the plugin as default', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'checkOptions',
        'default',
        'describeValue',
        'parseArticle',
        'splitParagraphs',
        'toPoint',
      ].sort(),
    )
    expect(typeof api.parseArticle).toBe('function')
    expect(typeof api.default).toBe('function')
  })
})
