import { type Article, describeValue, splitParagraphs } from '@copydesk/parse'
import type { ParagraphRange } from './extract/paragraph-range.js'

/** What the extractor reads: the source text and the paragraphs to read in it. */
export interface Input {
  text: string
  paragraphs: ParagraphRange[]
}

function isArticle(value: unknown): value is Article {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Article).text === 'string' &&
    Array.isArray((value as Article).blocks) &&
    Array.isArray((value as Article).paragraphs)
  )
}

/**
 * The paragraphs of a string (parse's `splitParagraphs`) or of an Article (its own
 * `article.paragraphs`, cut to the body blocks), so both paths read one segmentation.
 */
export function readInput(name: string, input: unknown): Input {
  if (typeof input === 'string') return { text: input, paragraphs: splitParagraphs(input) }
  if (isArticle(input)) return { text: input.text, paragraphs: bodyParagraphs(name, input) }
  throw new TypeError(
    `Cannot \`${name}\` without text: expected a string or an Article (from \`parseArticle\` in @copydesk/parse, with \`blocks\` and \`paragraphs\`), got ${describeValue(input)}`,
  )
}

/**
 * The body part of each of the article's paragraphs. Body blocks of one paragraph that follow each
 * other across white space only stay one piece ("…a new division GreyCom Corporate\nand
 * Financial." in two blocks is one paragraph); what lies between them (a dateline, a caption) is
 * not read.
 */
function bodyParagraphs(name: string, article: Article): ParagraphRange[] {
  const { text } = article
  const pieces: ParagraphRange[] = []
  let current: { paragraph: number; start: number; end: number } | undefined
  for (const block of article.blocks) {
    if (block?.role !== 'body') continue
    checkBlock(name, article, block)
    if (
      current &&
      current.paragraph === block.paragraph &&
      block.start >= current.end &&
      text.slice(current.end, block.start).trim() === ''
    ) {
      current.end = block.end
      continue
    }
    if (current) pushTrimmed(text, current.start, current.end, pieces)
    current = { paragraph: block.paragraph, start: block.start, end: block.end }
  }
  if (current) pushTrimmed(text, current.start, current.end, pieces)
  return pieces.sort((a, b) => a.start - b.start)
}

function checkBlock(name: string, article: Article, block: Article['blocks'][number]): void {
  const paragraph = article.paragraphs[block.paragraph]
  if (
    typeof block.start !== 'number' ||
    typeof block.end !== 'number' ||
    block.start > block.end ||
    !paragraph ||
    block.start < paragraph.start ||
    block.end > paragraph.end ||
    paragraph.end > article.text.length
  ) {
    throw new RangeError(
      `Cannot \`${name}\` with article body block ${JSON.stringify({ start: block.start, end: block.end, paragraph: block.paragraph })}: expected {start, end} offsets within \`article.paragraphs[paragraph]\` (an Article from \`parseArticle\`)`,
    )
  }
}

const whiteSpace = /\s/

function pushTrimmed(text: string, start: number, end: number, into: ParagraphRange[]): void {
  let first = start
  let last = end
  while (first < last && whiteSpace.test(text[first] as string)) first++
  while (last > first && whiteSpace.test(text[last - 1] as string)) last--
  if (last > first) into.push({ start: first, end: last })
}
