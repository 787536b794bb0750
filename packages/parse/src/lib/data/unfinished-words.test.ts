import { functionWords } from '@copydesk/lexicon'
import { describe, expect, it } from 'vitest'
import { unfinishedWords } from './unfinished-words.js'

describe('unfinishedWords', () => {
  it('holds the function words a clause cannot stop on, and the reporting verbs', () => {
    for (const word of ['the', 'of', 'and', 'their', 'which', 'would', 'said', 'says', 'told']) {
      expect(unfinishedWords.has(word), word).toBe(true)
    }
  })

  it('leaves out the function words that close a clause', () => {
    for (const word of ['it', 'them', 'us', 'all', 'over', 'about', 'can', 'so']) {
      expect(unfinishedWords.has(word), word).toBe(false)
    }
  })

  it('takes every word but the reporting verbs from the lexicon', () => {
    const local = [...unfinishedWords].filter((word) => !functionWords.has(word))
    expect(local.sort()).toEqual(['said', 'says', 'told'])
  })
})
