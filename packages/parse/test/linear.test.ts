import { measureGrowth, readSeed } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/index.js'

// CPU-time ratios at n and 4n (measureGrowth: least of several runs, n doubled until the cost is
// above noise, a ratio over the limit measured again), never wall time or an absolute limit.
function expectLinear(name: string, make: (n: number) => string, n: number, tree = false): void {
  const growth = measureGrowth({ make, run: (text) => parseArticle(text, { tree }), n })
  expect(growth.linear, `${name}: ${growth.summary}`).toBe(true)
}

const seeds = () => `${readSeed('000')}\n\n${readSeed('001')}\n\n${readSeed('003')}\n\n`

describe('linear time', () => {
  it('grows linearly with many paragraphs', () => {
    const unit = seeds()
    expectLinear('many paragraphs', (n) => unit.repeat(n), 4)
  })

  it('grows linearly on one huge line and on pathological runs', () => {
    for (const piece of ['word ', '(', '—', 'A', 'By ', ' ', '\u00a0', 'date 2016-11-07 ', '.']) {
      expectLinear(`a run of ${JSON.stringify(piece)}`, (n) => piece.repeat(n), 20_000)
    }
  })

  it('grows linearly on adversarial article shapes', () => {
    const families: Record<string, string> = {
      'brackets nested deep': '(the (council (said ',
      'capitalised name runs': 'John Smith Mary Jones Peter Brown ',
      'digit and date runs': '2016 11 07 10:30 12/03/2016 4,500 ',
      'datelines repeated': 'LONDON (Reuters) - \n\n',
      'bylines repeated': 'By Jane Doe and John Roe\n\n',
      'heading-shaped lines': 'Council Votes On Budget\n',
      'indented lines': '    The council met on Monday.\n',
      'quote marks': '"\u201c\u2019\u00ab\'\u201d ',
    }
    for (const [name, piece] of Object.entries(families)) {
      expectLinear(name, (n) => `Headline\n\n${piece.repeat(n)}`, 2_000)
    }
  })

  // retext-english alone slows down quadratically on one large document; the body tree must not.
  it('builds the body tree in linear time on a large document', () => {
    const unit = seeds()
    expectLinear('body tree, many paragraphs', (n) => unit.repeat(n), 4, true)
  })

  // The sentence plugins splice their token list: one paragraph with no full stop was quadratic.
  it('builds the body tree in linear time on one long paragraph of dates and times', () => {
    const unit =
      'On 2016-11-07 at 10:30 a.m. and 14:45 GMT the U.S. count ran to 12/03 - 4:15 pm & then '
    expectLinear('one long paragraph', (n) => `Headline\n\n${unit.repeat(n)}`, 1_100, true)
  })
})
