import { parseArticle } from '@copydesk/parse'
import { describe, expect, test } from 'vitest'
import { exactJaccard } from '../minhash/compare.js'
import { createMinHash } from '../minhash/minhash.js'
import { createSharedShingles } from './shared-shingles.js'

const liftedSentence =
  'The council voted seven to two on Wednesday night to close the Riverside library branch at the end of March, citing a shortfall of 1.2 million dollars in next year’s budget.'

const councilStory = [
  `HARTWELL — ${liftedSentence}`,
  'Residents packed the chamber for more than three hours, many holding hand-lettered signs, and a dozen speakers urged the council to find the money elsewhere.',
  '“This branch is the only place in the neighbourhood where children can do homework after school,” said Denise Obuya, a retired teacher who has volunteered there for a decade.',
  'The mayor said the decision was painful but that the city could not borrow to cover running costs.',
].join('\n\n')

/** Another outlet's column: its own words, and one sentence lifted from the council story. */
const column = [
  'Every town has a building that quietly holds it together, and for the east side of Hartwell it has always been the little brick library on Canal Street.',
  `It will not be there much longer. ${liftedSentence}`,
  'Nobody on the council pretends the branch is a luxury. The argument is about arithmetic, and about who pays when the arithmetic goes wrong.',
  'Children who once walked there after school will now need a bus across town, a trip many families will simply not make.',
].join('\n\n')

const unrelated = [
  'Heavy rain flooded the lower deck of the ferry terminal on Sunday, forcing the operator to cancel the first four crossings of the morning.',
  'Engineers pumped water from the car ramps for most of the day, and services resumed shortly before six in the evening.',
].join('\n\n')

describe('createSharedShingles', () => {
  test('a rewrite that lifts one sentence is a candidate though its Jaccard is near 0', () => {
    const minhash = createMinHash()
    expect(exactJaccard(minhash.shingles(councilStory), minhash.shingles(column))).toBeLessThan(0.2)
    const candidates = createSharedShingles()
    candidates.add('council', councilStory)
    candidates.add('column', column)
    candidates.add('ferry', unrelated)
    expect(candidates.size).toBe(3)
    const pairs = candidates.pairs()
    expect(pairs).toHaveLength(1)
    expect(pairs[0]).toMatchObject({ a: 'council', b: 'column' })
    // The lifted sentence has 33 words (`1.2` and `year’s` are two each): 29 five-word shingles.
    expect(pairs[0]!.shared).toBe(29)
    expect(pairs[0]!.similarity).toBeLessThan(0.2)
    expect(candidates.pairs({ minShared: 30 })).toEqual([])
  })

  test('a shared shingle weighs 1 / (documents carrying it − 1); copies count as one document', () => {
    const candidates = createSharedShingles()
    candidates.add('council', councilStory)
    candidates.add('column', column)
    // Only the two carry the lifted sentence: each of its 29 shingles weighs 1.
    expect(candidates.pairs()[0]).toMatchObject({ shared: 29, weight: 29 })
    // Three more reports quote the same sentence: five documents carry it, a quarter each.
    for (const town of ['Alder', 'Birch', 'Cedar']) {
      candidates.add(town, `${town} GAZETTE — ${liftedSentence}\n\n${unrelated}`)
    }
    const council = candidates.pairs().find((pair) => pair.a === 'council' && pair.b === 'column')
    expect(council).toMatchObject({ shared: 29, weight: 7.25 })
    // A rescrape of the council story is its copy: with it, the sentence is still in five
    // stories, and the copy pairs with its original at full weight.
    const rescraped = createSharedShingles()
    rescraped.add('council', councilStory)
    rescraped.add('column', column)
    rescraped.add('council-again', councilStory, { copyOf: 'council' })
    const pairs = rescraped.pairs()
    expect(pairs.find((pair) => pair.b === 'council-again' && pair.a === 'council')?.weight).toBe(
      pairs.find((pair) => pair.b === 'council-again' && pair.a === 'council')?.shared,
    )
    expect(pairs.find((pair) => pair.a === 'council' && pair.b === 'column')?.weight).toBe(29)
    expect(() => rescraped.add('x', column, { copyOf: 'nowhere' })).toThrow(
      /as a copy of `nowhere`: no document `nowhere` was added before it/,
    )
    expect(() => rescraped.add('y', column, { copyof: 'council' } as never)).toThrow(
      /did you mean `copyOf`/,
    )
  })

  test('a shingle in more than `maxDocuments` documents is boilerplate and proposes no pair', () => {
    const footer = 'Reporting by the city desk; editing by the night staff.'
    const briefs = [
      'A water main burst under Station Road early on Monday, closing two lanes until the afternoon.',
      'The county fair opens on Friday with a record number of livestock entries, organisers said.',
      'Two men were charged with burglary after a break-in at a pharmacy on the high street.',
      'The school board postponed its vote on the new term calendar to next month.',
    ].map((brief) => `${brief}\n\n${footer}`)
    const candidates = createSharedShingles()
    for (const [index, brief] of briefs.entries()) candidates.add(`brief-${index}`, brief)
    // The footer's 6 shingles are in all four briefs: with at most 4 documents a shingle, they
    // pair every brief with every other; with 3, the footer is boilerplate.
    expect(candidates.pairs({ minShared: 5, maxDocuments: 4 })).toHaveLength(6)
    expect(candidates.pairs({ minShared: 5, maxDocuments: 3 })).toEqual([])
    expect(candidates.pairs({ minShared: 1, maxDocuments: 3 })).toEqual([])
  })

  test('pairs come most shared first, `maxPairs` at most; pairs can be asked again after more adds', () => {
    const candidates = createSharedShingles()
    candidates.add('council', councilStory)
    candidates.add('column', column)
    candidates.add('copy', councilStory.replace('HARTWELL — ', ''))
    const pairs = candidates.pairs()
    expect(pairs.map((pair) => [pair.a, pair.b])).toEqual([
      ['council', 'copy'],
      // A tie (29 each: the lifted sentence) in order of addition.
      ['council', 'column'],
      ['column', 'copy'],
    ])
    expect(pairs[1]!.shared).toBe(pairs[2]!.shared)
    expect(pairs[0]!.similarity).toBeGreaterThan(0.95)
    expect(candidates.pairs({ maxPairs: 1 })).toEqual([pairs[0]])
    candidates.add('ferry', unrelated)
    candidates.add('ferry-again', `${unrelated}\n\nMore updates will follow.`)
    expect(candidates.pairs().map((pair) => [pair.a, pair.b])).toContainEqual([
      'ferry',
      'ferry-again',
    ])
  })

  test('shingle hashes from a MinHash and Articles give the same pairs as texts', () => {
    const minhash = createMinHash()
    const fromHashes = createSharedShingles()
    fromHashes.add('council', minhash.shingles(councilStory))
    fromHashes.add('column', minhash.shingles(column))
    const fromTexts = createSharedShingles()
    fromTexts.add('council', councilStory)
    fromTexts.add('column', column)
    expect(fromHashes.pairs()).toEqual(fromTexts.pairs())

    // An Article is compared by its body: a caption and a footer add no shingles.
    const scrape = `Protesters outside the council chamber on Wednesday night.\n\n${councilStory}\n\nSign up for our newsletter. Follow us on social media for more local news.`
    const fromArticles = createSharedShingles()
    fromArticles.add('council', parseArticle(scrape))
    fromArticles.add('column', column)
    const [pair] = fromArticles.pairs()
    expect(pair?.shared).toBe(29)
  })

  test('bad input gets clear errors', () => {
    const candidates = createSharedShingles()
    candidates.add('council', councilStory)
    expect(() => candidates.add('council', column)).toThrow(
      /`sharedShingles.add` document `council`: it was added already/,
    )
    expect(() => candidates.add('', column)).toThrow(/without an id/)
    expect(() => candidates.add('n', 7 as unknown as string)).toThrow(
      /expected a string or an Article/,
    )
    expect(() => candidates.pairs({ minshared: 3 } as never)).toThrow(
      /Unknown option `minshared` for `sharedShingles.pairs`: did you mean `minShared`\?/,
    )
    expect(() => candidates.pairs({ maxDocuments: 1 })).toThrow(
      /Option `maxDocuments` for `sharedShingles.pairs` must be a whole number ≥ 2/,
    )
  })
})
