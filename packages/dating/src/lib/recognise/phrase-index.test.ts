import { describe, expect, it } from 'vitest'
import { extractTimexes } from '../extract-timexes.js'
import { POSITION_PHRASES } from '../lexicon/modifiers.js'
import { byFirstWord } from './phrase-index.js'

describe('byFirstWord', () => {
  it('groups phrases by their first word, in lexicon order', () => {
    const groups = byFirstWord(POSITION_PHRASES)
    expect(groups.get('the')?.map((phrase) => phrase.words.join(' '))).toEqual([
      'the end of',
      'the beginning of',
      'the start of',
      'the middle of',
      'the turn of',
    ])
    expect(groups.get('end')?.map((phrase) => phrase.words.join(' '))).toEqual(['end of'])
    expect(groups.get('of')).toBeUndefined()
  })

  it('still finds position phrases, hedges and vague references in news copy', () => {
    const found = extractTimexes(
      'By the end of the year, after more than two years of talks, the future of the plant was in doubt.',
      { dct: '2016-11-07' },
    )
    expect(found.map((timex) => [timex.text, timex.value, timex.mod])).toEqual([
      ['the end of the year', '2016', 'END'],
      ['more than two years', 'P2Y', 'MORE_THAN'],
      ['the future', 'FUTURE_REF', undefined],
    ])
  })
})
