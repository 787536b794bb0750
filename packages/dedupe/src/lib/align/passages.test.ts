import { readSeed } from '@copydesk/test-utils'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { harbourRewrite, harbourStory, orchardStory } from '../../../test/fixtures/news.js'
import { sharedPassages } from './passages.js'

describe('sharedPassages', () => {
  test('a rewrite that copied two sentences and a quote shows as exactly that', () => {
    const passages = sharedPassages(harbourStory, harbourRewrite)
    expect(
      passages.map(({ a, level, sentences, quoted, similarity }) => ({
        text: a.text,
        level,
        sentences,
        quoted,
        similarity,
      })),
    ).toEqual([
      {
        text: 'The union representing the workers said the strike would last at least five days unless the port operator returned to talks over pay and shift patterns',
        level: 'sentence',
        sentences: 1,
        quoted: false,
        similarity: 1,
      },
      {
        text: 'We have been patient for eleven months, and patience has not paid a single bill',
        level: 'fragment',
        sentences: 0,
        quoted: true,
        similarity: 1,
      },
      {
        text: 'Retailers warned that shelves could run short of fresh fruit within a week',
        level: 'sentence',
        sentences: 1,
        quoted: false,
        similarity: 1,
      },
    ])
    for (const passage of passages) {
      expect(harbourStory.slice(passage.a.start, passage.a.end)).toBe(passage.a.text)
      expect(harbourRewrite.slice(passage.b.start, passage.b.end)).toBe(passage.b.text)
    }
  })

  test('an edited copy aligns across small edits with a similarity below 1', () => {
    const original =
      'The finance minister said on Monday that the government would cut the fuel duty by five pence a litre from April, a move welcomed by hauliers and motoring groups.'
    const edited =
      'The finance minister said on Monday the government would cut fuel duty by 5 pence a litre from April, a move welcomed by haulage firms and motoring groups.'
    const [passage, ...rest] = sharedPassages(original, edited)
    expect(rest).toEqual([])
    expect(passage!.level).toBe('paragraph')
    expect(passage!.similarity).toBeGreaterThan(0.75)
    expect(passage!.similarity).toBeLessThan(1)
    expect(passage!.a.text.startsWith('The finance minister')).toBe(true)
    expect(passage!.a.text.endsWith('hauliers and motoring groups')).toBe(true)
    expect(passage!.b.text.endsWith('haulage firms and motoring groups')).toBe(true)
  })

  test('unrelated stories share nothing; short common phrases are not passages', () => {
    expect(sharedPassages(harbourStory, orchardStory)).toEqual([])
    expect(
      sharedPassages(
        'Officials said on Monday that talks would resume.',
        'Officials said on Monday that the bridge reopened.',
      ),
    ).toEqual([])
  })

  test('seeds 001 and 002: the shared lead, the Dunford quote and the lifted sentences', () => {
    const passages = sharedPassages(readSeed('001'), readSeed('002'))
    const texts = passages.map((passage) => passage.a.text)
    const find = (phrase: string) => passages.find((passage) => passage.a.text.includes(phrase))

    const lead = find('seizing, holding and governing” the de facto ISIS capital')
    expect(lead?.b.text).toContain(
      'agreed to develop a long-term plan for “seizing, holding and governing”',
    )

    const quote = find('The coalition and Turkey will work together')
    expect(quote).toMatchObject({ quoted: true, level: 'paragraph' })
    expect(quote!.b.text).toContain(
      'The coalition and Turkey will work together on the long-term plan',
    )

    const coalition = find('without incorporating the Turks and their perspective into our plans')
    expect(coalition?.b.text).toContain(
      'without incorporating the Turks and their perspective into our plans',
    )

    const population = find('Raqqa is home to nearly 200,000 people')
    expect(population).toMatchObject({ level: 'fragment', quoted: false })
    expect(population!.b.text).toMatch(/^Raqqa is home to nearly 200,000 people—mostly Sunni Arabs/)
    expect(find('moving south to isolate ISIS positions in Raqqa')?.b.text).toMatch(
      /^The SDF are moving/,
    )
    expect(lead).toMatchObject({ level: 'paragraph' })
    expect(lead!.similarity).toBeGreaterThan(0.8)
    expect(lead!.similarity).toBeLessThan(1)
    expect(texts.filter((text) => text.includes('seizing, holding and governing'))).toHaveLength(2)
    // The repeated "seizing, holding and governing" does not echo as extra passages.
    expect(passages).toHaveLength(5)
  })

  test('seeds 000 and 002: no Dunford quote (000 lacks it), the rest is shared', () => {
    const texts = sharedPassages(readSeed('000'), readSeed('002')).map((passage) => passage.a.text)
    expect(texts.some((text) => text.includes('The coalition and Turkey'))).toBe(false)
    expect(texts.some((text) => text.includes('without incorporating the Turks'))).toBe(true)
    expect(texts.some((text) => text.startsWith('Raqqa is home to nearly 200,000 people'))).toBe(
      true,
    )
  })

  test('seed 003 shares a reworded sentence with 000 as a fragment', () => {
    const [passage, ...rest] = sharedPassages(readSeed('000'), readSeed('003'))
    expect(rest).toEqual([])
    expect(passage!.level).toBe('fragment')
    expect(passage!.a.text).toMatch(
      /^The Syrian Democratic Forces \(SDF\).*Turkmen militia groups$/,
    )
    expect(passage!.b.text).toContain('established a joint operations center')
  })

  test('property: passages index both texts, in order, with similarity in (0, 1]', () => {
    const sentence = fc.constantFrom(
      'The port operator said talks would resume on Monday.',
      'Union members voted to extend the strike by a week.',
      '“We will not be moved,” the regional secretary said.',
      'Retailers warned of empty shelves before the holidays.',
      'The minister declined to comment on the dispute.',
      'Lorries queued for miles along the coast road.',
    )
    const text = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(text, text, (a, b) => {
        let last = -1
        for (const passage of sharedPassages(a, b)) {
          expect(a.slice(passage.a.start, passage.a.end)).toBe(passage.a.text)
          expect(b.slice(passage.b.start, passage.b.end)).toBe(passage.b.text)
          expect(passage.a.start).toBeGreaterThan(last)
          last = passage.a.start
          expect(passage.similarity).toBeGreaterThan(0)
          expect(passage.similarity).toBeLessThanOrEqual(1)
          expect(passage.words).toBeGreaterThanOrEqual(8)
        }
      }),
      { numRuns: 150 },
    )
  })

  test('bad input', () => {
    expect(() => sharedPassages(harbourStory, 3 as unknown as string)).toThrow(
      /expected a string or an Article from `parseArticle\(text\)`, got the number 3/,
    )
    expect(() => sharedPassages('a', 'b', { anchor: 0 })).toThrow(
      /Option `anchor` for `sharedPassages` must be a whole number ≥ 1, not the number 0/,
    )
    expect(sharedPassages('', '')).toEqual([])
  })
})
