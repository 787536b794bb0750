import type { Article, Block, Warning } from '@copydesk/parse'

/** Where a metadata value was read from, most trusted first. */
export type MetadataSource = 'json-ld' | 'meta' | 'time' | 'url' | 'text'

/** A metadata value with the place it came from. */
export interface Sourced<Value> {
  value: Value
  source: MetadataSource
  /** The attribute, property or JSON-LD key it was read from (`article:published_time`, `datePublished`). */
  key?: string
}

/** What the page says about itself, each field with its provenance. */
export interface HtmlMetadata {
  headline?: Sourced<string>
  authors: Sourced<string>[]
  /** ISO 8601 (`2016-11-07`, `2016-11-07T14:05:00-05:00`), as precise as the page gives it. */
  published?: Sourced<string>
  modified?: Sourced<string>
  section?: Sourced<string>
  /** BCP 47 language tag (`en`, `de-DE`). */
  language?: Sourced<string>
  canonicalUrl?: Sourced<string>
  siteName?: Sourced<string>
  /** Problems met reading the metadata (invalid JSON-LD, impossible dates); absent when none. */
  warnings?: Warning[]
}

/** Offsets into the HTML source (JS string indices of the page as given). */
export interface SourceRange {
  start: number
  end: number
}

/** A block of the article with the place in the HTML it was read from. */
export interface HtmlBlock extends Block {
  /**
   * The source element's offsets when the block is the element's only text (a `<p>`, an `<h2>`),
   * else the stretch from its first to its last text node.
   */
  source?: SourceRange
}

/**
 * The Article of `@copydesk/parse` over the page's extracted text, with the page's metadata.
 * `text` is the main content (headline first) followed by the page's residue (navigation,
 * share bars, link lists), so every block of the page has a role; the residue's blocks are
 * `boilerplate` or `related-link`.
 */
export interface HtmlArticle extends Article {
  blocks: HtmlBlock[]
  metadata: HtmlMetadata
}
