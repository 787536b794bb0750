import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import retextArticle, {
  type ParseWarning,
  parseArticle,
  type RetextArticleOptions,
} from '../src/index.js'

describe('bad input', () => {
  it('gives an article without blocks and an empty-input warning for empty text', () => {
    for (const text of ['', '   ', '\n\n\r\n', '\ufeff\u00a0 \t']) {
      const seen: ParseWarning[] = []
      const article = parseArticle(text, { onWarning: (warning) => seen.push(warning) })
      expect(article.blocks).toEqual([])
      expect(article.body).toEqual([])
      expect(article.tree).toEqual({ type: 'RootNode', children: [] })
      expect(article.warnings).toEqual([
        {
          reason: 'Empty article: the text holds no words to parse',
          ruleId: 'empty-input',
          start: 0,
          end: text.length,
        },
      ])
      expect(seen).toEqual(article.warnings)
    }
  })

  it('warns when every paragraph is residue', () => {
    const article = parseArticle('CNN Map\n\nDeveloping story - more to come')
    expect(article.warnings?.map((warning) => warning.ruleId)).toEqual(['no-body'])
  })

  it('throws a TypeError naming the culprit for a non-string', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(
      /^Cannot `parseArticle` without text: expected a string .*, got the number 42$/,
    )
    expect(() => parseArticle(null as unknown as string)).toThrow(/got null$/)
    expect(() => parseArticle(['a'] as unknown as string)).toThrow(TypeError)
    expect(() => parseArticle(undefined as unknown as string)).toThrow(/got undefined$/)
  })

  it('throws a TypeError for options that are not an object', () => {
    expect(() => parseArticle('Text.', 'fast' as never)).toThrow(
      /^Options for `parseArticle` must be an object such as \{tree: …\}, not the string "fast"$/,
    )
    expect(() => parseArticle('Text.', [] as never)).toThrow(/not an array$/)
    expect(parseArticle('Text.', null).body).toHaveLength(1)
  })

  it('rejects an unknown option with the closest known name', () => {
    expect(() => parseArticle('Text.', { trees: false } as never)).toThrow(TypeError)
    expect(() => parseArticle('Text.', { trees: false } as never)).toThrow(
      /^Unknown option `trees` for `parseArticle`: did you mean `tree`\? Known options: `tree`, `maxTreeLength`, `onWarning`$/,
    )
    expect(() => parseArticle('Text.', { maxTreelength: 10 } as never)).toThrow(
      /did you mean `maxTreeLength`\?/,
    )
    expect(() => parseArticle('Text.', { onwarning: () => {} } as never)).toThrow(
      /did you mean `onWarning`\?/,
    )
    expect(() => parseArticle('Text.', { language: 'en' } as never)).toThrow(
      /^Unknown option `language` for `parseArticle` Known options:/,
    )
  })

  it('rejects an option of the wrong type, naming it and what it got', () => {
    expect(() => parseArticle('Text.', { tree: 'no' as never })).toThrow(
      /^Option `tree` for `parseArticle` must be a boolean, not the string "no"$/,
    )
    expect(() => parseArticle('Text.', { onWarning: 1 as never })).toThrow(
      /^Option `onWarning` for `parseArticle` must be a function, not the number 1$/,
    )
    expect(() => parseArticle('Text.', { maxTreeLength: '4MB' as never })).toThrow(
      /^Option `maxTreeLength` for `parseArticle` must be a number of characters such as 4000000 \(or Infinity\), not the string "4MB"$/,
    )
    expect(() => parseArticle('Text.', { maxTreeLength: -1 })).toThrow(/not the number -1$/)
    expect(() => parseArticle('Text.', { maxTreeLength: Number.NaN })).toThrow(TypeError)
    // An option set to `undefined` is absent.
    expect(parseArticle('Text.', { tree: undefined }).tree.children).toHaveLength(1)
  })

  it('checks the options of the retextArticle plugin when the processor is used', () => {
    const typo = unified().use(retextArticle, { trees: false } as never)
    expect(() => typo.parse('The council met.')).toThrow(
      /^Unknown option `trees` for `retextArticle`: did you mean `tree`\? Known options: `tree`, `maxTreeLength`$/,
    )
    expect(() =>
      unified()
        .use(retextArticle, { tree: 0 as never })
        .parse('Text.'),
    ).toThrow(/^Option `tree` for `retextArticle` must be a boolean, not the number 0$/)
    // `onWarning` is not a plugin option: the plugin reports warnings as vfile messages.
    expect(() =>
      unified()
        .use(retextArticle, { onWarning: () => {} } as never)
        .parse('Text.'),
    ).toThrow(/^Unknown option `onWarning` for `retextArticle`/)
    const options: RetextArticleOptions = { tree: false }
    const tree = unified().use(retextArticle, options).parse('The council met.')
    expect(tree.children).toEqual([])
  })

  it('warns about an impossible metadata date', () => {
    const article = parseArticle('date 2016-13-45 The council met on Monday.')
    expect(article.metadataDate).toBeUndefined()
    expect(article.warnings?.map((warning) => warning.ruleId)).toEqual(['invalid-metadata-date'])
    expect(article.body[0]?.text).toBe('The council met on Monday.')
  })
})
