import { type Article, checkOptions, type OptionCheck } from '@copydesk/parse'
import { type AnalyseOptions, analyseParagraphs } from './extract/analyse-paragraphs.js'
import type { ParagraphRange } from './extract/paragraph-range.js'
import { readInput } from './input.js'
import { resolveSpeakers } from './speakers/index.js'
import type { NonQuote, Quote, QuoteAnalysis } from './types.js'

/** Options for {@link extractQuotes}, {@link analyseQuotes} and {@link findNonQuotes}. */
export interface ExtractQuotesOptions extends AnalyseOptions {
  /**
   * Resolve each quote's speaker within the document (`quote.speaker`); default `true`.
   * Pass `false` for the quotes with their mentions only.
   */
  resolveSpeakers?: boolean
}

/** The options {@link extractQuotes}, {@link analyseQuotes} and {@link findNonQuotes} know. */
const optionChecks: { [K in keyof ExtractQuotesOptions]-?: OptionCheck } = {
  beliefs: 'boolean',
  resolveSpeakers: 'boolean',
}

function readOptions(name: string, options: unknown): ExtractQuotesOptions {
  return checkOptions<ExtractQuotesOptions>(name, options, optionChecks)
}

/**
 * Read a text's quotes, its non-speech quoted stretches (names, titles, scare quotes) and the
 * unbalanced quotation marks it recovered from. Offsets index the original text. Unknown options
 * and options of the wrong type throw a `TypeError` naming them.
 *
 * @example
 *   const {quotes, nonQuotes, problems} = analyseQuotes('The plan, dubbed "Iron Gate," is ready, officials said.')
 *   nonQuotes[0] // {start: 17, end: 29, text: '"Iron Gate,"', kind: 'title'}
 */
export function analyseQuotes(
  input: string | Article,
  options?: ExtractQuotesOptions,
): QuoteAnalysis {
  const { text, paragraphs } = readInput('analyseQuotes', input)
  return analyse(text, paragraphs, readOptions('analyseQuotes', options))
}

function analyse(
  text: string,
  paragraphs: ParagraphRange[],
  settings: ExtractQuotesOptions,
): QuoteAnalysis {
  const analysis = analyseParagraphs(text, paragraphs, settings)
  const quotes =
    settings.resolveSpeakers === false
      ? analysis.quotes
      : resolveSpeakers(text, analysis.quotes, {
          paragraphs: paragraphs.map((paragraph) => ({
            ...paragraph,
            text: text.slice(paragraph.start, paragraph.end),
          })),
        })
  return { quotes, nonQuotes: analysis.nonQuotes, problems: analysis.problems }
}

/**
 * Extract the quotes of a news text or a parsed Article: direct, partial, mixed and indirect,
 * each with its content span(s), cue, the speaker's mention and the resolved speaker.
 * A string is read by parse's `splitParagraphs`; an Article by its own `article.paragraphs`, of
 * which only the body blocks are read (no headline, dateline, captions or boilerplate).
 *
 * @example
 *   const [quote] = extractQuotes('"We will win," Gen. Maria Lopez told reporters.')
 *   quote.kind // 'direct'
 *   quote.text // '"We will win,"'
 *   quote.cue?.lemma // 'tell'
 *   quote.speaker?.name // 'Maria Lopez'
 */
export function extractQuotes(input: string | Article, options?: ExtractQuotesOptions): Quote[] {
  const { text, paragraphs } = readInput('extractQuotes', input)
  return analyse(text, paragraphs, readOptions('extractQuotes', options)).quotes
}

/**
 * Quoted stretches that are not speech: names and titles ("Euphrates Rage", "Face the Nation")
 * and scare quotes ('capital').
 *
 * @example
 *   findNonQuotes("US-backed forces announce bid to seize ISIS 'capital' Raqqa")
 *   // [{start: 44, end: 53, text: "'capital'", kind: 'scare'}]
 */
export function findNonQuotes(input: string | Article, options?: ExtractQuotesOptions): NonQuote[] {
  const { text, paragraphs } = readInput('findNonQuotes', input)
  const settings = readOptions('findNonQuotes', options)
  return analyseParagraphs(text, paragraphs, settings).nonQuotes
}

/**
 * @deprecated Renamed {@link analyseQuotes} (the project spells exported names the British way);
 * this alias goes in the next major release.
 */
export const analyzeQuotes: typeof analyseQuotes = analyseQuotes
