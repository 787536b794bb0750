import { describe, expect, it } from 'vitest'
import { abbreviates, acronymLetters, bracketedAcronymAt } from './acronym-name.js'

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

describe('bracketedAcronymAt', () => {
  it('reads the acronym in brackets right after a name, after a possessive too', () => {
    const text =
      'the Syrian Democratic Forces (SDF) and the Department of Defense’s (DoD) news service'
    expect(bracketedAcronymAt(text, text.indexOf(' (SDF)'))).toBe('SDF')
    expect(bracketedAcronymAt(text, text.indexOf('’s (DoD)'))).toBe('DoD')
  })

  it('finds nothing when the bracket is further on or holds no acronym', () => {
    const text = 'the Syrian Democratic Forces said (on Sunday) that'
    expect(bracketedAcronymAt(text, text.indexOf(' said'))).toBeUndefined()
    expect(bracketedAcronymAt(text, text.indexOf(' (on'))).toBeUndefined()
  })
})
