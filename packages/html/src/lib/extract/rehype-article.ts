import { checkOptions } from '@copydesk/parse'
import type { Root } from 'hast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { HtmlArticle } from '../types.js'
import { articleFromTree, type ExtractArticleOptions } from './extract-article.js'

declare module 'vfile' {
  interface DataMap {
    /** The article and metadata `rehypeArticle` extracted from the page. */
    htmlArticle: HtmlArticle
  }
}

/**
 * A rehype plugin: after `rehype-parse`, extracts the article (as `extractArticle` does) and
 * puts it on `file.data.article` (the `Article` shape) and `file.data.htmlArticle` (the same
 * object, typed with `metadata` and sources); warnings become vfile messages.
 */
const rehypeArticle: Plugin<[(ExtractArticleOptions | null | undefined)?], Root> = (options) => {
  const checked = checkOptions<ExtractArticleOptions>('rehypeArticle', options, {
    url: 'string',
    tree: 'boolean',
  })
  return (tree: Root, file: VFile) => {
    const article = articleFromTree(tree, checked)
    file.data.article = article
    file.data.htmlArticle = article
    for (const warning of article.warnings ?? []) {
      file.message(warning.reason, { ruleId: warning.ruleId, source: 'copydesk-html' })
    }
    for (const warning of article.metadata.warnings ?? []) {
      file.message(warning.reason, { ruleId: warning.ruleId, source: 'copydesk-html' })
    }
  }
}

export default rehypeArticle
