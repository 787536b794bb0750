import type { Article, Timestamp } from '@copydesk/parse'

/**
 * Test helper: an Article for `text` as `@copydesk/parse` would give it, with the metadata date
 * line and timestamps found by their text. Only the fields the document date reads are filled.
 */
export function articleOf(
  text: string,
  found: {
    metadataDate?: { text: string; value: string }
    timestamps?: { text: string; kind: Timestamp['kind']; value?: string }[]
  } = {},
): Article {
  const spanOf = (phrase: string) => {
    const start = text.indexOf(phrase)
    if (start < 0) throw new Error(`test article: ${JSON.stringify(phrase)} is not in the text`)
    return { start, end: start + phrase.length, text: phrase }
  }
  const article: Article = {
    text,
    timestamps: (found.timestamps ?? []).map(({ text: phrase, kind, value }) => ({
      ...spanOf(phrase),
      kind,
      ...(value === undefined ? {} : { value }),
    })),
    highlights: [],
    captions: [],
    subheadings: [],
    relatedLinks: [],
    contributors: [],
    boilerplate: [],
    body: [],
    blocks: [],
    paragraphs: [],
    tree: { type: 'RootNode', children: [] },
  }
  if (found.metadataDate) {
    article.metadataDate = { ...spanOf(found.metadataDate.text), value: found.metadataDate.value }
  }
  return article
}
