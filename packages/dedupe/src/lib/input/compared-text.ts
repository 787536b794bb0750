import { type Article, describeValue, type Span, splitParagraphs } from '@copydesk/parse'

/** What the functions that read text take: a string, or an `Article` from `@copydesk/parse`. */
export type TextInput = string | Article

/** The text a function compares, and how to map its offsets back to what the caller gave. */
export interface ComparedText {
  /** The string itself, or an article's body paragraphs joined by blank lines. */
  text: string
  /** The text the caller's offsets index: the string, or the article's original `text`. */
  source: string
  /** The article, when one was given. */
  article?: Article
  /**
   * The paragraphs of `text` (offsets into it): parse's `splitParagraphs` of a string; of an
   * article, its body grouped by `article.paragraphs` (blocks of one paragraph stay one).
   */
  paragraphs(): Span[]
  /** A span of `text` as a span of `source`. */
  toSource(span: Span): Span
}

const paragraphSeparator = '\n\n'

/** Whether a value is an `Article` from `parseArticle` (its original text and body paragraphs). */
export function isArticle(value: unknown): value is Article {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Article).text === 'string' &&
    Array.isArray((value as Article).body)
  )
}

/**
 * The body of a parsed article as one text: its body paragraphs joined by blank lines, residue
 * (captions, highlights, bylines, boilerplate) excluded — what dedupe compares of an `Article`,
 * so two scrapes with different site furniture compare by their story.
 *
 * @example
 *   articleBody(parseArticle('Raqqa, Syria (CNN) -- The coalition said.\n\nShare this story'))
 *   // => 'The coalition said.'
 */
export function articleBody(article: Article): string {
  if (!isArticle(article)) {
    throw new TypeError(
      `Cannot \`articleBody\` without an article: expected an Article from \`parseArticle(text)\`, got ${describeValue(article)}`,
    )
  }
  return article.body.map((paragraph) => paragraph.text).join(paragraphSeparator)
}

/**
 * Read a `string | Article` argument: a string is compared as it is; an article by its body, with
 * offsets mapped back into `article.text`. Anything else is a `TypeError` naming `context`.
 */
export function comparedText(input: unknown, context: string, what = 'text'): ComparedText {
  if (typeof input === 'string') {
    return {
      text: input,
      source: input,
      paragraphs: () => splitParagraphs(input),
      toSource: (span) => span,
    }
  }
  if (!isArticle(input)) {
    throw new TypeError(
      `Cannot \`${context}\` without ${what}: expected a string or an Article from \`parseArticle(text)\`, got ${describeValue(input)}`,
    )
  }
  const body = input.body
  const text = articleBody(input)
  // Where each body paragraph starts in the joined text, for a binary search.
  const starts: number[] = []
  let at = 0
  for (const paragraph of body) {
    starts.push(at)
    at += paragraph.text.length + paragraphSeparator.length
  }
  const toOffset = (offset: number, isEnd: boolean): number => {
    if (body.length === 0) return 0
    let low = 0
    let high = body.length - 1
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      // An end offset at a paragraph's start belongs to the paragraph before it.
      if (isEnd ? starts[middle]! < offset : starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    const paragraph = body[low]!
    return paragraph.start + Math.min(Math.max(0, offset - starts[low]!), paragraph.text.length)
  }
  return {
    text,
    source: input.text,
    article: input,
    paragraphs: () => bodyParagraphs(input, starts, text),
    toSource(span) {
      const start = toOffset(span.start, false)
      const end = Math.max(start, toOffset(span.end, true))
      return { start, end, text: input.text.slice(start, end) }
    },
  }
}

/**
 * The article's body as paragraphs of the joined text: consecutive body pieces that lie in one of
 * `article.paragraphs` (a paragraph parse split into pieces) are one paragraph.
 */
function bodyParagraphs(article: Article, starts: number[], text: string): Span[] {
  const paragraphOf = new Map<number, number>()
  for (const block of article.blocks ?? []) {
    if (block.role === 'body') paragraphOf.set(block.start, block.paragraph)
  }
  const found: Span[] = []
  let previous: number | undefined
  for (const [index, piece] of article.body.entries()) {
    const start = starts[index]!
    const end = start + piece.text.length
    const paragraph = paragraphOf.get(piece.start) ?? paragraphIndex(article, piece.start)
    const last = found.at(-1)
    if (last && paragraph !== undefined && paragraph === previous) {
      last.end = end
      last.text = text.slice(last.start, end)
    } else {
      found.push({ start, end, text: text.slice(start, end) })
    }
    previous = paragraph
  }
  return found
}

/** The index of the paragraph of `article.paragraphs` holding `offset`, if any. */
function paragraphIndex(article: Article, offset: number): number | undefined {
  const paragraphs = article.paragraphs ?? []
  const index = paragraphs.findIndex(
    (paragraph) => paragraph.start <= offset && offset < paragraph.end,
  )
  return index < 0 ? undefined : index
}
