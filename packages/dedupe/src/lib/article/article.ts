import type { Article } from '@copydesk/parse'
import { type PassageOptions, type SharedPassage, sharedPassages } from '../align/passages.js'
import { describeValue } from '../describe.js'
import { createMinHash, type MinHash, type Signature } from '../minhash/minhash.js'
import type { Span } from '../text/segments.js'

const paragraphSeparator = '\n\n'

/**
 * The body of a parsed article as one text: its body paragraphs joined by blank lines, residue
 * (captions, highlights, bylines, boilerplate) excluded — what near-duplicate detection should
 * compare, so two scrapes with different site furniture compare by their story.
 *
 * @example
 *   articleBody(parseArticle(rawScrape)) // => 'American and Turkish military leaders…\n\n…'
 */
export function articleBody(article: Article): string {
  return bodyParagraphs(article, 'articleBody')
    .map((paragraph) => paragraph.text)
    .join(paragraphSeparator)
}

/**
 * The MinHash signature of a parsed article's body (see {@link articleBody}).
 *
 * @example
 *   signatureOfArticle(parseArticle(rawScrape)).parameters // => 'cdmh1-word5-k128-s1'
 */
export function signatureOfArticle(
  article: Article,
  minhash: MinHash = defaultMinHash(),
): Signature {
  return minhash.signature(articleBody(article))
}

/**
 * The passages two parsed articles share, compared on their bodies, with offsets into each
 * article's original `text` (so they point at the scrape, residue and all).
 *
 * @example
 *   sharedArticlePassages(parseArticle(cnn), parseArticle(rewrite))[0].a.text
 *   // => '“The coalition and Turkey will work together…'
 */
export function sharedArticlePassages(
  a: Article,
  b: Article,
  options?: PassageOptions,
): SharedPassage[] {
  const bodyA = bodyParagraphs(a, 'sharedArticlePassages')
  const bodyB = bodyParagraphs(b, 'sharedArticlePassages')
  const joinedA = bodyA.map((paragraph) => paragraph.text).join(paragraphSeparator)
  const joinedB = bodyB.map((paragraph) => paragraph.text).join(paragraphSeparator)
  return sharedPassages(joinedA, joinedB, options).map((passage) => ({
    ...passage,
    a: toArticleSpan(passage.a, bodyA, a.text),
    b: toArticleSpan(passage.b, bodyB, b.text),
  }))
}

function bodyParagraphs(article: Article, context: string): Span[] {
  if (typeof article !== 'object' || article === null || !Array.isArray(article.body)) {
    throw new TypeError(
      `Cannot \`${context}\` without an article: expected an Article from \`parseArticle(text)\` (with \`body\` paragraphs), got ${describeValue(article)}`,
    )
  }
  return article.body
}

/** Map offsets in the joined body back to offsets in the article's original text. */
function toArticleSpan(span: Span, body: Span[], text: string): Span {
  const start = toArticleOffset(span.start, body)
  const end = toArticleOffset(span.end, body, true)
  return { start, end, text: text.slice(start, end) }
}

function toArticleOffset(offset: number, body: Span[], isEnd = false): number {
  let joinedStart = 0
  for (const paragraph of body) {
    const length = paragraph.text.length
    const joinedEnd = joinedStart + length
    if (offset < joinedEnd || (isEnd && offset === joinedEnd)) {
      return paragraph.start + Math.max(0, offset - joinedStart)
    }
    joinedStart = joinedEnd + paragraphSeparator.length
  }
  const last = body.at(-1)
  return last ? last.end : 0
}

let shared: MinHash | undefined
function defaultMinHash(): MinHash {
  shared ??= createMinHash()
  return shared
}
