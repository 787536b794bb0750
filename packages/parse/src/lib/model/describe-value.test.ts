import { describe, expect, it } from 'vitest'
import { describeValue } from './describe-value.js'

describe('describeValue', () => {
  it('says what a caller passed in a few words', () => {
    expect(describeValue('no')).toBe('the string "no"')
    expect(describeValue('')).toBe('an empty string')
    expect(describeValue(3)).toBe('the number 3')
    expect(describeValue(true)).toBe('the boolean true')
    expect(describeValue(null)).toBe('null')
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue([1])).toBe('an array')
    expect(describeValue({})).toBe('an object')
    expect(describeValue(new Map())).toBe('an object (Map)')
    expect(describeValue(() => 1)).toBe('a function')
  })

  it('keeps a long string to one short line', () => {
    const text = 'The minister said the plan would work and '.repeat(20)
    expect(describeValue(text).length).toBeLessThan(60)
  })
})
