import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDateMentions } from './date-mentions.js'
import { resolveDocumentDate } from './resolve.js'
import { articleOf } from './test-article.js'

const words = fc.constantFrom(
  'Sunday',
  'Sun',
  ',',
  ' ',
  'November',
  'Nov.',
  '6',
  '29',
  '2015',
  '1970',
  'the',
  'of',
  '\n',
  'said',
  '31',
  'February',
)
const newsish = fc.array(words, { maxLength: 40 }).map((parts) => parts.join(' '))

describe('the document date on arbitrary text (property)', () => {
  it('finds mentions that point back into the text', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        for (const mention of findDateMentions(text)) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text)
        }
      }),
    )
  })

  it('always decides, and an inferred date is one of its candidates', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const resolution = resolveDocumentDate(articleOf(text))
        expect(resolution.reason.length).toBeGreaterThan(0)
        const date = resolution.documentDate
        if (date) {
          expect(date.source).toBe('inferred')
          expect(date.candidates.map((candidate) => candidate.value)).toContain(date.value)
        }
      }),
    )
  })
})
