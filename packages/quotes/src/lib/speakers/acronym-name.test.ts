import { describe, expect, it } from 'vitest'
import { abbreviates, acronymLetters } from './acronym-name.js'

function words(name: string): [string[], boolean[]] {
  const parts = name.split(' ')
  return [parts.map((part) => part.toLowerCase()), parts.map((part) => /^\p{Lu}/u.test(part))]
}

describe('acronymLetters', () => {
  it('reads the capitals of an acronym, dots and ampersands aside', () => {
    expect(acronymLetters('RSS')).toBe('rss')
    expect(acronymLetters('U.N.H.C.R.')).toBe('unhcr')
    expect(acronymLetters('AT&T')).toBe('att')
  })

  it('refuses words that are no acronym', () => {
    expect(acronymLetters('Reuters')).toBeUndefined()
    expect(acronymLetters('A')).toBeUndefined()
    expect(acronymLetters('ABCDEFGHIJ')).toBeUndefined()
  })
})

describe('abbreviates', () => {
  it('matches initials in order, skipping lower-case words', () => {
    expect(abbreviates('rss', ...words('Raqqa is Being Slaughtered Silently'))).toBe(true)
    expect(abbreviates('rbss', ...words('Raqqa is Being Slaughtered Silently'))).toBe(true)
    expect(abbreviates('ribss', ...words('Raqqa is Being Slaughtered Silently'))).toBe(true)
    expect(abbreviates('sdf', ...words('Syrian Democratic Forces'))).toBe(true)
  })

  it('needs the first and the last word to start the first and the last letter', () => {
    expect(abbreviates('rs', ...words('Raqqa is Being Slaughtered Silently'))).toBe(false)
    expect(abbreviates('bss', ...words('Raqqa is Being Slaughtered Silently'))).toBe(false)
    expect(abbreviates('rbs', ...words('Raqqa is Being Slaughtered'))).toBe(true)
    expect(abbreviates('rb', ...words('Raqqa is Being Slaughtered'))).toBe(false)
  })

  it('refuses a clause that ends in a lower-case word, or skips more than one capitalised word', () => {
    expect(abbreviates('rs', ...words('Raqqa is shelled'))).toBe(false)
    expect(abbreviates('nf', ...words('New York Police Department Foundation'))).toBe(false)
  })
})
