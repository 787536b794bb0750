import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTimeML } from './read.js'

const markup = fc.constantFrom(
  '<TEXT>',
  '</TEXT>',
  '<TIMEX3 tid="t1" type="DATE" value="2016">',
  '</TIMEX3>',
  '<EVENT eid="e1">',
  '</EVENT>',
  '<!-- note -->',
  '<',
  '>',
  '&amp;',
  '&#x41;',
  '&bogus;',
  'Sunday',
  ' ',
  '\n',
)

describe('parseTimeML on arbitrary input (property)', () => {
  it('returns a document or throws a SyntaxError, never anything else', () => {
    fc.assert(
      fc.property(
        fc.array(markup, { maxLength: 30 }).map((parts) => parts.join('')),
        (tml) => {
          try {
            const document = parseTimeML(tml)
            for (const timex of document.timexes) {
              expect(document.text.slice(timex.start, timex.end)).toBe(timex.text)
            }
          } catch (error) {
            expect(error).toBeInstanceOf(SyntaxError)
            expect((error as Error).message).toMatch(/^Cannot `parseTimeML`/)
          }
        },
      ),
    )
  })
})
