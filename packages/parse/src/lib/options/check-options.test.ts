import { describe, expect, it } from 'vitest'
import { checkOptions } from './check-options.js'

interface ClusterOptions {
  threshold?: number
  minLength?: number
  tree?: boolean
  onWarning?: (warning: unknown) => void
  ids?: string[]
  dct?: string | Date
}

const checks = {
  threshold: 'number',
  minLength: 'number',
  tree: 'boolean',
  onWarning: 'function',
  ids: 'array',
  dct: {
    expected: 'a date string or a Date',
    test: (value: unknown) => typeof value === 'string' || value instanceof Date,
  },
} as const

describe('checkOptions', () => {
  it('returns the options it was given, and {} for none', () => {
    const options = { threshold: 0.8, tree: false }
    expect(checkOptions<ClusterOptions>('duplicateClusters', options, checks)).toBe(options)
    expect(checkOptions<ClusterOptions>('duplicateClusters', undefined, checks)).toEqual({})
    expect(checkOptions<ClusterOptions>('duplicateClusters', null, checks)).toEqual({})
  })

  it('accepts a known option whose value is undefined', () => {
    expect(() => checkOptions('parseArticle', { tree: undefined }, checks)).not.toThrow()
  })

  it('rejects a typo with the closest known name', () => {
    expect(() => checkOptions('duplicateClusters', { threshhold: 0.5 }, checks)).toThrow(
      /^Unknown option `threshhold` for `duplicateClusters`: did you mean `threshold`\? Known options: `threshold`, `minLength`/,
    )
    expect(() => checkOptions('parseArticle', { trees: false }, checks)).toThrow(
      /Unknown option `trees` for `parseArticle`: did you mean `tree`\?/,
    )
    expect(() => checkOptions('extractTimexes', { dtc: '2016-11-07' }, checks)).toThrow(
      /did you mean `dct`\?/,
    )
  })

  it('names no guess when nothing is close', () => {
    expect(() => checkOptions('parseArticle', { language: 'en' }, checks)).toThrow(
      /^Unknown option `language` for `parseArticle` Known options:/,
    )
  })

  it('rejects a value of the wrong type, saying what it got', () => {
    expect(() => checkOptions('parseArticle', { tree: 'no' }, checks)).toThrow(
      'Option `tree` for `parseArticle` must be a boolean, not the string "no"',
    )
    expect(() => checkOptions('duplicateClusters', { threshold: Number.NaN }, checks)).toThrow(
      /must be a number, not the number NaN/,
    )
    expect(() => checkOptions('duplicateClusters', { ids: 'a,b' }, checks)).toThrow(
      /Option `ids` .* must be an array/,
    )
    expect(() => checkOptions('extractTimexes', { dct: 20161107 }, checks)).toThrow(
      'Option `dct` for `extractTimexes` must be a date string or a Date, not the number 20161107',
    )
  })

  it('rejects options that are not an object', () => {
    for (const options of ['fast', 3, true, [1, 2]]) {
      expect(() => checkOptions('storyClusters', options, checks)).toThrow(
        /^Options for `storyClusters` must be an object such as \{threshold: …\}, not /,
      )
    }
  })
})
