import { type Article, checkOptions, toPoint } from '@copydesk/parse'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { analyzeQuotes, type ExtractQuotesOptions } from './extract-quotes.js'
import type { NonQuote, Quote } from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The quotes `retextQuotes` found, speakers resolved. */
    quotes: Quote[]
    /** Quoted stretches that are not speech (names, titles, scare quotes). */
    nonQuotes: NonQuote[]
  }
}

/** Options for {@link retextQuotes}: those of `extractQuotes`. */
export interface RetextQuotesOptions extends ExtractQuotesOptions {}

const pluginChecks = { beliefs: 'boolean', resolveSpeakers: 'boolean' } as const

function articleOf(file: VFile): Article | undefined {
  const article = (file.data as Record<string, unknown>).article as Article | undefined
  return article &&
    typeof article.text === 'string' &&
    Array.isArray(article.blocks) &&
    Array.isArray(article.paragraphs)
    ? article
    : undefined
}

/**
 * unified plugin: read the file's quotes into `file.data.quotes` (and the non-speech quoted
 * stretches into `file.data.nonQuotes`). When an earlier plugin left a parsed Article on
 * `file.data.article`, only its body is read. Each unbalanced quotation mark becomes a warning
 * (`file.message`, rule `unclosed-quote` or `unmatched-closing-quote`, with line and column).
 *
 * @example
 *   const file = await unified().use(retextEnglish).use(retextQuotes).use(retextStringify)
 *     .process('"We will hold the line," the mayor said.')
 *   file.data.quotes?.[0].kind // 'direct'
 *
 * @throws {TypeError} when an option is unknown (with the closest known name) or of the wrong type.
 */
const retextQuotes: Plugin<[RetextQuotesOptions?]> = (options) => {
  const checked = checkOptions<RetextQuotesOptions>('retextQuotes', options, pluginChecks)
  return (_tree, file) => {
    const article = articleOf(file)
    const text = article ? article.text : String(file.value ?? '')
    const analysis = analyzeQuotes(article ?? text, checked)
    file.data.quotes = analysis.quotes
    file.data.nonQuotes = analysis.nonQuotes
    for (const problem of analysis.problems) {
      file.message(problem.reason, {
        place: { start: toPoint(text, problem.start), end: toPoint(text, problem.end) },
        source: '@copydesk/quotes',
        ruleId: problem.ruleId,
      })
    }
  }
}

export default retextQuotes

/** @deprecated Use `retextQuotes` (the default export): every copydesk plugin is named `retext*`. */
export const copydeskQuotes: typeof retextQuotes = retextQuotes
