import { type Article, checkOptions, describeValue, type OptionCheck } from '@copydesk/parse'
import { type AnalyseOptions, analyseParagraphs } from './extract/analyse-paragraphs.js'
import { type ParagraphRange, pushTrimmed, splitParagraphs } from './extract/paragraphs.js'
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

function isArticle(value: unknown): value is Article {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Article).text === 'string' &&
    Array.isArray((value as Article).body)
  )
}

function readInput(name: string, input: unknown): { text: string; paragraphs: ParagraphRange[] } {
  if (typeof input === 'string') return { text: input, paragraphs: splitParagraphs(input) }
  if (isArticle(input)) {
    for (const block of input.body) {
      if (
        typeof block?.start !== 'number' ||
        typeof block.end !== 'number' ||
        block.start < 0 ||
        block.end > input.text.length ||
        block.start > block.end
      ) {
        throw new RangeError(
          `Cannot \`${name}\` with article body paragraph ${JSON.stringify(block)}: expected {start, end} offsets within \`article.text\` (0–${input.text.length})`,
        )
      }
    }
    return { text: input.text, paragraphs: bodyParagraphs(input.text, input.body) }
  }
  throw new TypeError(
    `Cannot \`${name}\` without text: expected a string or an Article (from \`parseArticle\` in @copydesk/parse), got ${describeValue(input)}`,
  )
}

/**
 * The paragraphs of the text, cut to the article's body: paragraphs are found on the whole text
 * (so hard-wrapped newswire is read as such), then each keeps only what lies in body blocks, and
 * body blocks that follow each other within one paragraph stay together ("…a new division
 * GreyCom Corporate\nand Financial." split in two blocks is one paragraph).
 */
function bodyParagraphs(
  text: string,
  body: readonly { start: number; end: number }[],
): ParagraphRange[] {
  const blocks = [...body].sort((a, b) => a.start - b.start)
  const paragraphs: ParagraphRange[] = []
  let first = 0
  for (const paragraph of splitParagraphs(text)) {
    while (first < blocks.length && (blocks[first] as { end: number }).end <= paragraph.start)
      first++
    let pieceStart = -1
    let pieceEnd = -1
    for (let index = first; index < blocks.length; index++) {
      const block = blocks[index] as { start: number; end: number }
      if (block.start >= paragraph.end) break
      const start = Math.max(paragraph.start, block.start)
      const end = Math.min(paragraph.end, block.end)
      if (pieceStart >= 0 && text.slice(pieceEnd, start).trim() === '') {
        pieceEnd = Math.max(pieceEnd, end)
        continue
      }
      if (pieceStart >= 0) pushTrimmed(text, pieceStart, pieceEnd, paragraphs)
      pieceStart = start
      pieceEnd = end
    }
    if (pieceStart >= 0) pushTrimmed(text, pieceStart, pieceEnd, paragraphs)
  }
  return paragraphs
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
 * An Article is read from its body paragraphs only (no headline, captions or boilerplate).
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
