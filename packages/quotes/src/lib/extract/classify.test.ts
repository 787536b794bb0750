import { describe, expect, it } from 'vitest'
import { classifyQuoted } from './classify.js'

describe('classifyQuoted', () => {
  it('reads short capitalised phrases as titles', () => {
    expect(classifyQuoted('"Operation Desert Wind"')).toBe('title')
    expect(classifyQuoted('“Face the Nation.”')).toBe('title')
  })

  it('reads a phrase after a naming word as a title or a scare quote', () => {
    expect(classifyQuoted('"the Iron Lady"', { previousWord: 'dubbed' })).toBe('title')
    expect(classifyQuoted('"experts"', { previousWord: 'so-called' })).toBe('scare')
  })

  it('reads short lower-case fragments with no speaker as scare quotes', () => {
    expect(classifyQuoted("'capital'")).toBe('scare')
    expect(classifyQuoted('"temporary pause"')).toBe('scare')
  })

  it('reads sentences and long fragments as speech', () => {
    expect(classifyQuoted('"We are not done yet."', { wholeSentence: true })).toBe('speech')
    expect(classifyQuoted('"It is about us."')).toBe('speech')
    expect(classifyQuoted('"a failure of leadership at every level"')).toBe('speech')
  })

  it('reads a lower-case word after a name or article in reported speech as a scare quote', () => {
    expect(classifyQuoted("'capital'", { attributed: true, previousCapitalised: true })).toBe(
      'scare',
    )
    expect(classifyQuoted('"gobsmacked"', { attributed: true, previousWord: 'was' })).toBe('speech')
  })
})
