import { describe, expect, it } from 'vitest'
import { parseArticle } from '../parse-article.js'

describe('wire datelines', () => {
  it('reads WASHINGTON (AP) —', () => {
    const article = parseArticle(
      'WASHINGTON (AP) — The Senate passed the spending bill late on Tuesday.',
    )
    expect(article.dateline).toEqual({
      start: 0,
      end: 17,
      text: 'WASHINGTON (AP) —',
      place: 'WASHINGTON',
      agency: 'AP',
    })
    expect(article.body[0]?.text).toBe('The Senate passed the spending bill late on Tuesday.')
  })

  it('reads ATLANTA -- (double hyphen, no agency)', () => {
    const article = parseArticle(
      'ATLANTA -- State officials warned pharmacies on Monday.\n\nThey gave no reason.',
    )
    expect(article.dateline).toMatchObject({ text: 'ATLANTA --', place: 'ATLANTA' })
    expect(article.dateline?.agency).toBeUndefined()
    expect(article.body.map((span) => span.text)).toEqual([
      'State officials warned pharmacies on Monday.',
      'They gave no reason.',
    ])
  })

  it('reads LONDON (Reuters) - and a dated Reuters dateline', () => {
    expect(parseArticle('LONDON (Reuters) - Shares fell on Friday.').dateline).toMatchObject({
      text: 'LONDON (Reuters) -',
      place: 'LONDON',
      agency: 'Reuters',
    })
    expect(parseArticle('NEW YORK, Nov 6 (Reuters) - Oil prices rose.').dateline).toMatchObject({
      text: 'NEW YORK, Nov 6 (Reuters) -',
      place: 'NEW YORK',
      agency: 'Reuters',
    })
  })

  it('reads a place with a region: ST. LOUIS, Mo. —', () => {
    const article = parseArticle('ST. LOUIS, Mo. — Flood waters receded on Sunday.')
    expect(article.dateline).toMatchObject({ text: 'ST. LOUIS, Mo. —', place: 'ST. LOUIS' })
  })

  it('reads places with a Mc name, regions and a multi-word agency', () => {
    expect(
      parseArticle('McALLEN, Texas (AP) — Border crossings fell in May.').dateline,
    ).toMatchObject({
      place: 'McALLEN',
      agency: 'AP',
    })
    expect(
      parseArticle('KYIV, Ukraine (AP) — Air raid sirens sounded overnight.').dateline,
    ).toMatchObject({
      text: 'KYIV, Ukraine (AP) —',
      place: 'KYIV',
    })
    expect(parseArticle('NEW YORK (CNN Business) — Stocks rose on Friday.').dateline).toMatchObject(
      {
        place: 'NEW YORK',
        agency: 'CNN Business',
      },
    )
  })

  it('reads a colon dateline but not a label such as BREAKING:', () => {
    expect(parseArticle('SHANGHAI: Police closed 300 accounts on Monday.').dateline).toMatchObject({
      text: 'SHANGHAI:',
      place: 'SHANGHAI',
    })
    expect(parseArticle('BREAKING: The minister has resigned.').dateline).toBeUndefined()
    expect(parseArticle('UPDATE: Roads reopened at noon.').dateline).toBeUndefined()
  })

  it('reads a dash mangled to "?" by a wrong encoding', () => {
    expect(parseArticle('GROTON ? The police dog is recovering at home.').dateline).toMatchObject({
      text: 'GROTON ?',
      place: 'GROTON',
    })
  })

  it('does not read an acronym that opens a sentence as a dateline', () => {
    expect(parseArticle('NATO leaders met in Brussels on Thursday.').dateline).toBeUndefined()
    expect(parseArticle('A US-led coalition struck targets overnight.').dateline).toBeUndefined()
  })
})
