import { describe, expect, it } from 'vitest'
import { parseArticle } from '../parse-article.js'

describe('captions', () => {
  it('reads a dated present-tense caption when the year lies before the article’s', () => {
    const article = parseArticle(
      'date 2019-05-02 Officials opened the new bridge on Thursday.\n\nA worker inspects cables on the bridge in Lisbon on March 3, 2014.\n\nThe bridge cost 40 million euros.',
    )
    expect(article.captions.map((span) => span.text)).toEqual([
      'A worker inspects cables on the bridge in Lisbon on March 3, 2014.',
    ])
  })

  it('does not read a past-tense body sentence ending with a date as a caption', () => {
    const article = parseArticle(
      'date 2019-05-02 Officials opened the new bridge on Thursday.\n\nThe old bridge was closed by engineers in Lisbon on March 3, 2014.\n\nIt cost 40 million euros.',
    )
    expect(article.captions).toEqual([])
  })

  it('reads photo-credit cues', () => {
    const article = parseArticle(
      'Crowds gathered on Saturday.\n\nProtesters march through the city centre. (Photo by Lena Cruz/Getty Images)\n\nPolice said the march was peaceful.',
    )
    expect(article.captions).toHaveLength(1)
  })
})
