import type { HtmlArticle } from '../lib/types.js'

/** One page in the Zyte/Scrapinghub benchmark's format, which `html-score.mjs` scores. */
export interface Prediction {
  articleBody: string
  headline: string | null
  authors: string[]
  datePublished: string | null
  dateModified: string | null
}

/**
 * A page's extraction as the benchmark's record: `articleBody` is the body with its subheadings
 * and dateline (the blocks the benchmark's annotators kept), one block a line; `headline` and
 * `authors` come from the page's metadata, else the Article's headline and byline; the dates from
 * the metadata.
 *
 * @example
 *   predictionOf(extractArticle(html)) // {articleBody: 'HARBOURTON — …', headline: 'Ferries resume', …}
 */
export function predictionOf(article: HtmlArticle): Prediction {
  const { metadata } = article
  const authors =
    metadata.authors.length > 0
      ? metadata.authors.map((author) => author.value)
      : (article.byline?.authors ?? [])
  return {
    articleBody: article.blocks
      .filter(
        (block) =>
          block.role === 'body' || block.role === 'subheading' || block.role === 'dateline',
      )
      .map((block) => block.text)
      .join('\n'),
    headline: metadata.headline?.value ?? article.headline?.text ?? null,
    authors,
    datePublished: metadata.published?.value ?? null,
    dateModified: metadata.modified?.value ?? null,
  }
}
