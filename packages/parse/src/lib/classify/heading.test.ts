import { describe, expect, it } from 'vitest'
import { parseArticle } from '../parse-article.js'

describe('tables and exclamations are not headings', () => {
  it('keeps rows of figures in the body', () => {
    const article = parseArticle(
      'The company reported its results on Monday.\n\nShr profit 15 cts vs loss 4 cts\nNet 807,000 vs 2,858,000\nRevs 29.3 mln vs 28.7 mln\n\nDuluth      2.65   2.71\n\nThe board meets in May.',
    )
    expect(article.relatedLinks).toEqual([])
    expect(article.subheadings).toEqual([])
    expect(article.body).toHaveLength(6)
  })

  it('keeps a short exclamation in the body', () => {
    const article = parseArticle(
      'Readers wrote in on Monday.\n\nAbout time this town had a cinema!\n\nThe cinema opens in May.',
    )
    expect(article.body).toHaveLength(3)
  })
})

describe('all-caps lines', () => {
  it('reads an all-caps first line as the headline and an all-caps line in the body as a subheading', () => {
    const article = parseArticle(
      'COCOA HARVEST DELAYED\n\nRains delayed the cocoa harvest in the east, traders said on Friday.\n\nMARKET REACTION\n\nFutures rose two percent in London.',
    )
    expect(article.headline?.text).toBe('COCOA HARVEST DELAYED')
    expect(article.subheadings.map((span) => span.text)).toEqual(['MARKET REACTION'])
    expect(article.body).toHaveLength(2)
  })

  it('keeps a long all-caps paragraph as body', () => {
    const shout = 'THE COUNCIL VOTED ON TUESDAY TO CLOSE THE BRIDGE FOR REPAIRS, OFFICIALS SAID.'
    const article = parseArticle(`Officials spoke on Tuesday.\n\n${shout}`)
    expect(article.body.map((span) => span.text)).toContain(shout)
  })
})

describe('related links and subheadings', () => {
  const text = (line: string) =>
    `The council met on Monday to discuss the budget.\n\n${line}\n\nThe mayor said the cuts were necessary.`

  it('reads colon headlines, questions and wh-openers as related links', () => {
    for (const line of [
      'Analysis: Why the budget fight matters',
      'Council leader: Cuts will hurt schools',
      'Is the city running out of money?',
      'What the cuts mean for bus routes',
      'Read more: Mayor unveils spending plan',
    ]) {
      expect(parseArticle(text(line)).relatedLinks.map((span) => span.text)).toEqual([line])
    }
  })

  it('reads noun phrases and plain statements as subheadings', () => {
    for (const line of [
      'Pressure on schools',
      'A long road to recovery',
      'Council faces tough choices',
    ]) {
      expect(parseArticle(text(line)).subheadings.map((span) => span.text)).toEqual([line])
    }
  })

  it('reads a run of heading-shaped lines as a list in the body', () => {
    const article = parseArticle(
      'You will need the following.\n\n2 large eggs\n\n1 cup of flour\n\nA pinch of salt\n\nMix them in a bowl.',
    )
    expect(article.relatedLinks).toEqual([])
    expect(article.subheadings).toEqual([])
    expect(article.body).toHaveLength(5)
  })

  it('keeps fact lines with a colon (`Age: 18`) out of the related links', () => {
    const article = parseArticle(
      'The club signed a new forward on Monday.\n\nAge: 18\n\nPosition: Striker\n\nPrevious club: Sporting Lisbon\n\nHe joins on a five-year deal.',
    )
    expect(article.relatedLinks).toEqual([])
  })

  it('reads a question that the next paragraph takes up as a subheading', () => {
    const article = parseArticle(
      'Doctors are studying why some people need little rest.\n\nWhat is short sleep?\n\nShort sleepers feel rested after four to six hours a night.',
    )
    expect(article.subheadings.map((span) => span.text)).toEqual(['What is short sleep?'])
    const teaser = parseArticle(
      'Doctors are studying why some people need little rest.\n\nWhat is driving the housing crisis?\n\nShort sleepers feel rested after four to six hours a night.',
    )
    expect(teaser.relatedLinks.map((span) => span.text)).toEqual([
      'What is driving the housing crisis?',
    ])
  })
})
