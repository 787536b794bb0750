import { seeds } from '@copydesk/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Scanner } from '../tokens/scanner.js'
import { tokenize } from '../tokens/tokenize.js'
import { RULES, rulesFor } from './rules.js'
import { STARTER_WORDS } from './starters.js'

/** Tokens that open or continue expressions, capitalised or not, with ordinary prose around them. */
const VOCABULARY = [
  ...[...STARTER_WORDS].filter((word) => /^[a-z]+$/.test(word)),
  ...[...STARTER_WORDS]
    .filter((word) => /^[a-z]+$/.test(word))
    .map((word) => word[0]!.toUpperCase() + word.slice(1)),
  'said',
  'of',
  'on',
  'in',
  'day',
  'before',
  'after',
  'same',
  'later',
  'ago',
  'earlier',
  'from',
  'now',
  'Christmas',
  'Eve',
  'Day',
  'New',
  'Year',
  's',
  'm',
  'p',
  'am',
  'EST',
  'hours',
  '6',
  '2016',
  '1990s',
  '1990',
  '90s',
  '3rd',
  'Q3',
  '7',
  '30',
  '.',
  ',',
  '-',
  ':',
  '/',
  "'",
]

/** News sentences with an expression for each way each rule can begin. */
const SENTENCES = [
  'Services are held every week, each Sunday and twice a year, with 40 meetings per year.',
  'The market opens Sundays and on Monday nights, daily except every other month and each January.',
  'Troops arrived at noon Thursday, left at midnight and returned at 1400 hours GMT.',
  'The vote was set for Nov. 6, 2016, and the count ended October 17.',
  'He spoke this past Sunday, this coming Tuesday, last Friday and next Monday.',
  'Talks resume this Saturday night; the past Sunday and the coming Saturday were quiet.',
  'Rain fell tonight and overnight, this morning and last night, after yesterday afternoon.',
  'The parade is the day after tomorrow; the storm hit the day before yesterday, not today or tomorrow.',
  'Profit rose in the first quarter and the second half, and in the 1990 third quarter.',
  'Steel defined the twentieth century and the 19th century.',
  'The dam broke this past summer, last winter it froze, and next spring it reopens; autumn 1990 was dry.',
  'She left last October and returns next March or this June.',
  'Sales fell last year, may rise next week and this month, as in the past year and the coming weeks and the previous quarter.',
  'It happened that day, that same night and the same day.',
  'They met the next morning, the following night and the previous evening.',
  "Bonuses come at year-end and by the year's end, and the year-earlier quarter was weak.",
  'Results for fiscal 1988 and fiscal year 1990 beat the same period a year ago.',
  "Shops close on Christmas, last Christmas Eve, New Year's Day and Thanksgiving.",
  'Prices rose in the eighties and fell in the nineties.',
  'The song dates from nineteen ninety-six; the war from eighteen twelve.',
  'They sail in the morning and rest in the afternoon.',
  'Now and currently, as recently and in the past, the future looks bright in the coming years.',
  'The plan, announced two weeks ago, runs for the past two years and several months, about a decade.',
  "The '90s and the 1990s and the 1980's were different.",
]

describe('rulesFor', () => {
  it('tries only the rules that can begin with a word, keeping their priority order', () => {
    const atThe = rulesFor('word', 'the')
    expect(atThe.length).toBeLessThan(RULES.length)
    expect(atThe.map((rule) => RULES.indexOf(rule))).toEqual(
      [...atThe.map((rule) => RULES.indexOf(rule))].sort((a, b) => a - b),
    )
    expect(rulesFor('number', '2016').length).toBeLessThan(RULES.length)
  })

  it('never skips a rule that would have read something at that token', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 8 }),
        (words) => {
          const text = words.join(' ')
          const scanner = new Scanner(text, tokenize(text))
          // One assertion per run, not one per rule and token: the checks stay, their cost goes.
          const skippedButRead: string[] = []
          scanner.tokens.forEach((token, index) => {
            const tried = rulesFor(token.kind, token.lower)
            for (const rule of RULES) {
              if (tried.includes(rule)) continue
              if (rule(scanner, index) !== null)
                skippedButRead.push(`${rule.name} at '${token.lower}' in '${text}'`)
            }
          })
          expect(skippedButRead).toEqual([])
        },
      ),
      { numRuns: 3000 },
    )
  }, 120_000)

  it('finds the same expressions as trying every rule, on news sentences and the seed articles', () => {
    const texts = [
      ...SENTENCES.map((text, index) => ({ name: `sentence ${index}`, text })),
      ...seeds().map((seed) => ({ name: seed.id, text: seed.text })),
    ]
    let checked = 0
    for (const { name, text } of texts) {
      const scanner = new Scanner(text, tokenize(text))
      scanner.tokens.forEach((token, index) => {
        const tried = rulesFor(token.kind, token.lower)
        for (const rule of RULES) {
          if (tried.includes(rule)) continue
          expect(rule(scanner, index), `${rule.name} at '${token.lower}' in ${name}`).toBe(null)
          checked++
        }
      })
    }
    expect(checked).toBeGreaterThan(1000)
  })
})
