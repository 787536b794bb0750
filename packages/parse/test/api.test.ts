import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('public API', () => {
  it('exports parseArticle and the retextArticle plugin as default', () => {
    expect(Object.keys(api).sort()).toEqual(['default', 'parseArticle'])
    expect(typeof api.parseArticle).toBe('function')
    expect(typeof api.default).toBe('function')
  })
})
