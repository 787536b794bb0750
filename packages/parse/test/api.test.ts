import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('public API', () => {
  it('exports parseArticle, the retextArticle plugin as default, and the shared model helpers', () => {
    expect(Object.keys(api).sort()).toEqual([
      'checkOptions',
      'default',
      'describeValue',
      'parseArticle',
      'toPoint',
    ])
    expect(typeof api.parseArticle).toBe('function')
    expect(typeof api.default).toBe('function')
  })
})
