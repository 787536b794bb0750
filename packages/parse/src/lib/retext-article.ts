import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { ParseArticleOptions } from '../types.js'
import { toPoint } from './model/to-point.js'
import { checkOptions, type OptionCheck } from './options/check-options.js'
import { parseArticleChecks, parseArticleWith } from './parse-article.js'

/**
 * Options for the `retextArticle` plugin: those of `parseArticle` but `onWarning` (the plugin
 * reports warnings as `file.message`s).
 */
export type RetextArticleOptions = Omit<ParseArticleOptions, 'onWarning'>

const retextArticleChecks: { [K in keyof RetextArticleOptions]-?: OptionCheck } = {
  tree: parseArticleChecks.tree,
  maxTreeLength: parseArticleChecks.maxTreeLength,
}

/**
 * unified plugin: parse news text as an article. Replaces the parser (use it
 * after `retext-english`, or alone): the tree is the article's *body* as
 * nlcst, with positions into the whole file, so later retext plugins see the
 * body only; the full `Article` is on `file.data.article`, and warnings
 * (`empty-input`, `no-body`, …) become `file.message`s with their place.
 *
 * @param options `tree: false` keeps the tree empty (classification only); `maxTreeLength` as
 *   for `parseArticle`.
 * @throws {TypeError} When an option is unknown (`{trees: false}`: did you mean `tree`?) or of the
 *   wrong type, as soon as the processor is used.
 * @example
 *   import {unified} from 'unified'
 *   import retextEnglish from 'retext-english'
 *   import retextArticle from '@copydesk/parse'
 *
 *   const processor = unified().use(retextEnglish).use(retextArticle)
 *   const file = new VFile('ATLANTA -- Officials said on Monday…')
 *   const tree = processor.parse(file)
 *   file.data.article?.dateline?.place // => 'ATLANTA'
 */
const retextArticle: Plugin<[(RetextArticleOptions | null | undefined)?], string, Root> = function (
  options,
) {
  const settings = checkOptions<RetextArticleOptions>('retextArticle', options, retextArticleChecks)
  const self = this
  self.parser = parser

  function parser(document: string, file: VFile): Root {
    const data = self.data() as Record<string, unknown>
    const article = parseArticleWith(
      document,
      { ...settings },
      {
        sentence: data.nlcstSentenceExtensions as never,
        paragraph: data.nlcstParagraphExtensions as never,
        root: data.nlcstRootExtensions as never,
      },
      'retextArticle',
    )
    file.data.article = article
    for (const warning of article.warnings ?? []) {
      file.message(warning.reason, {
        place: { start: toPoint(document, warning.start), end: toPoint(document, warning.end) },
        source: '@copydesk/parse',
        ruleId: warning.ruleId,
      })
    }
    return article.tree
  }
}

export default retextArticle
