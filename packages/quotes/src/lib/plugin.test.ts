import { parseArticle } from '@copydesk/parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import retextQuotes, { copydeskQuotes } from './plugin.js'

function run(text: string, data: Record<string, unknown> = {}) {
  const file = new VFile({ value: text, data })
  const processor = unified().use(retextQuotes, { resolveSpeakers: false })
  processor.runSync({ type: 'root', children: [] } as never, file)
  return file
}

describe('retextQuotes plugin', () => {
  it('puts quotes and non-quotes on file.data', () => {
    const file = run(
      '"The harbour reopens Monday," port director Kim Sato said of the "Blue Line" ferry.',
    )
    expect(file.data.quotes).toMatchObject([
      {
        kind: 'direct',
        text: '"The harbour reopens Monday,"',
        mention: { text: 'port director Kim Sato' },
      },
    ])
    expect(file.data.nonQuotes).toMatchObject([{ text: '"Blue Line"', kind: 'title' }])
    expect(file.messages).toEqual([])
  })

  it('reports an unclosed quotation mark as a warning with line and column', () => {
    const file = run(
      'Budget talks resumed.\nThe treasurer said: "We are close to a deal.\nTalks resume Monday.',
    )
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message?.ruleId).toBe('unclosed-quote')
    expect(message?.source).toBe('@copydesk/quotes')
    expect(message?.fatal).toBe(false)
    expect(message?.place).toMatchObject({ start: { line: 2, column: 21 } })
    expect(file.data.quotes?.[0]?.content[0]?.text).toBe('"We are close to a deal.')
  })

  it('reads only the body when an Article is on file.data.article', () => {
    const text = 'Mayor says "no comment"\n\n"We will rebuild," the mayor said.'
    const start = text.indexOf('"We')
    const article = parseArticle(text, { tree: false })
    expect(article.headline?.text).toBe('Mayor says "no comment"')
    const file = run(text, { article })
    expect(file.data.quotes).toHaveLength(1)
    expect(file.data.quotes?.[0]?.content[0]?.start).toBe(start)
  })

  it('rejects an unknown option with the closest name, and a mistyped one', () => {
    expect(() =>
      unified()
        .use(retextQuotes, { belief: true } as never)
        .freeze(),
    ).toThrow(/^Unknown option `belief` for `retextQuotes`: did you mean `beliefs`\?/)
    expect(() =>
      unified()
        .use(retextQuotes, { resolveSpeakers: 'no' } as never)
        .freeze(),
    ).toThrow('Option `resolveSpeakers` for `retextQuotes` must be a boolean, not the string "no"')
  })

  it('keeps copydeskQuotes as the same plugin', () => {
    expect(copydeskQuotes).toBe(retextQuotes)
  })
})
