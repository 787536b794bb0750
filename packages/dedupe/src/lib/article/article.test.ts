import { parseArticle } from '@copydesk/parse'
import { describe, expect, test } from 'vitest'
import { seeds } from '../../../test/seeds.js'
import { duplicateClusters } from '../cluster/duplicate-clusters.js'
import { estimateJaccard } from '../minhash/compare.js'
import { createMinHash } from '../minhash/minhash.js'
import { articleBody, sharedArticlePassages, signatureOfArticle } from './article.js'

describe('article helpers', () => {
  const articles = {
    '000': parseArticle(seeds['000']),
    '001': parseArticle(seeds['001']),
    '002': parseArticle(seeds['002']),
  }

  test('the body excludes residue, so two scrapes compare by their story', () => {
    const body = articleBody(articles['001'])
    expect(body).not.toContain('Story highlights')
    expect(body).toContain('Raqqa is home to nearly 200,000 people')
    const minhash = createMinHash()
    const onBodies = estimateJaccard(
      signatureOfArticle(articles['000'], minhash),
      signatureOfArticle(articles['001'], minhash),
    )
    const onScrapes = estimateJaccard(
      minhash.signature(seeds['000']),
      minhash.signature(seeds['001']),
    )
    expect(onBodies).toBeGreaterThan(onScrapes)
    expect(onBodies).toBeGreaterThan(0.65)
    expect(
      estimateJaccard(signatureOfArticle(articles['001']), signatureOfArticle(articles['002'])),
    ).toBeLessThan(0.25)
  })

  test('seeds on their bodies: 000 and 001 are duplicates at a strict threshold, 002 is not', () => {
    const clusters = duplicateClusters(
      (['000', '001', '002'] as const).map((id) => ({ id, text: articleBody(articles[id]) })),
      { threshold: 0.75 },
    )
    expect(clusters.map((c) => [c.representative, ...c.members.map((m) => m.id)])).toEqual([
      ['000', '001'],
      ['002'],
    ])
  })

  test('shared passages of articles point into the original scrapes', () => {
    const passages = sharedArticlePassages(articles['001'], articles['002'])
    const quote = passages.find((passage) => passage.a.text.includes('The coalition and Turkey'))
    expect(quote).toBeDefined()
    for (const passage of passages) {
      expect(seeds['001'].slice(passage.a.start, passage.a.end)).toBe(passage.a.text)
      expect(seeds['002'].slice(passage.b.start, passage.b.end)).toBe(passage.b.text)
    }
  })

  test('bad input', () => {
    expect(() => articleBody('text' as never)).toThrow(/expected an Article from `parseArticle/)
  })
})
