import type { Article } from '@copydesk/parse'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { analyzeQuotes, type ExtractQuotesOptions } from './extract-quotes.js'
import type { NonQuote, Quote } from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** The quotes `copydeskQuotes` found, speakers resolved. */
    quotes: Quote[]
    /** Quoted stretches that are not speech (names, titles, scare quotes). */
    nonQuotes: NonQuote[]
  }
}

interface Point {
  line: number
  column: number
  offset: number
}

function pointAt(text: string, offset: number, lineStarts: number[]): Point {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((lineStarts[middle] as number) <= offset) low = middle
    else high = middle - 1
  }
  return {
    line: low + 1,
    column: offset - (lineStarts[low] as number) + 1,
    offset: Math.min(offset, text.length),
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++)
    if (text.charCodeAt(index) === 10) starts.push(index + 1)
  return starts
}

function articleOf(file: VFile): Article | undefined {
  const article = (file.data as Record<string, unknown>).article as Article | undefined
  return article && typeof article.text === 'string' && Array.isArray(article.body)
    ? article
    : undefined
}

/**
 * unified plugin: read the file's quotes into `file.data.quotes` (and the non-speech quoted
 * stretches into `file.data.nonQuotes`). When an earlier plugin left a parsed Article on
 * `file.data.article`, only its body is read. Each unbalanced quotation mark becomes a warning
 * (`file.message`, rule `unclosed-quote` or `unmatched-closing-quote`).
 *
 * @example
 *   const file = await unified().use(retextEnglish).use(copydeskQuotes).use(retextStringify)
 *     .process('"We will hold the line," the mayor said.')
 *   file.data.quotes?.[0].kind // 'direct'
 */
const copydeskQuotes: Plugin<[ExtractQuotesOptions?]> = (options) => (_tree, file) => {
  const article = articleOf(file)
  const text = article ? article.text : String(file.value ?? '')
  const analysis = analyzeQuotes(article ?? text, options)
  file.data.quotes = analysis.quotes
  file.data.nonQuotes = analysis.nonQuotes
  if (analysis.problems.length === 0) return
  const lineStarts = lineStartsOf(text)
  for (const problem of analysis.problems) {
    file.message(problem.reason, {
      place: {
        start: pointAt(text, problem.start, lineStarts),
        end: pointAt(text, problem.end, lineStarts),
      },
      source: '@copydesk/quotes',
      ruleId: problem.ruleId,
    })
  }
}

export default copydeskQuotes
