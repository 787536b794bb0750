import type { Root } from 'nlcst'
import type { Warning } from './lib/model/warning.js'

export type { Warning } from './lib/model/warning.js'

/** A stretch of the original text: `text === source.slice(start, end)`. */
export interface Span {
  start: number
  end: number
  text: string
}

/** What a block of the article is, as a reader would classify it. */
export type BlockRole =
  | 'headline'
  | 'byline'
  | 'timestamp'
  | 'metadata-date'
  | 'dateline'
  | 'highlights-heading'
  | 'highlight'
  | 'caption'
  | 'subheading'
  | 'related-link'
  | 'contributor'
  | 'boilerplate'
  | 'body'

/** One classified piece of the article (a paragraph, or part of one when pieces are fused). */
export interface Block extends Span {
  role: BlockRole
  /** Index into `article.paragraphs` of the paragraph the block belongs to. */
  paragraph: number
}

/**
 * A paragraph of the text, as `splitParagraphs` segments it: trimmed offsets, and the physical
 * lines it spans (more than one when the text is hard-wrapped), each trimmed too.
 */
export interface Paragraph extends Span {
  lines: Span[]
}

/** The authors of the article as the byline gives them. */
export interface Byline extends Span {
  authors: string[]
  organisation?: string
}

/** A publication or update time printed in the article. */
export interface Timestamp extends Span {
  kind: 'published' | 'updated' | 'unlabelled'
  /** ISO 8601; with a UTC offset when the text names the zone, date-only when there is no time. */
  value?: string
}

/** A metadata date line such as `date 2016-11-07`. */
export interface MetadataDate extends Span {
  /** ISO 8601 calendar date (`2016-11-07`). */
  value: string
}

/** The lead-in naming the place and/or agency: `WASHINGTON (AP) —`, `(CNN)`. */
export interface Dateline extends Span {
  place?: string
  agency?: string
}

/** A "contributed to this report" line with the names it gives. */
export interface Contributor extends Span {
  names: string[]
}

/** The structured article. Every span indexes `text`, the original input. */
export interface Article {
  /** The original input, unchanged (BOM and CRLF included): every offset indexes it. */
  text: string
  headline?: Span
  byline?: Byline
  timestamps: Timestamp[]
  metadataDate?: MetadataDate
  dateline?: Dateline
  highlights: Span[]
  captions: Span[]
  subheadings: Span[]
  relatedLinks: Span[]
  contributors: Contributor[]
  boilerplate: Span[]
  /** Body paragraphs in reading order (the dateline excluded). */
  body: Span[]
  /** Every block in document order, body included. */
  blocks: Block[]
  /**
   * The paragraphs of the whole text in document order (residue included): every block lies in
   * one, `block.paragraph` says which. The one segmentation the copydesk packages share.
   */
  paragraphs: Paragraph[]
  /** The body as an nlcst tree (retext-english); node positions index `text`. */
  tree: Root
  /** Problems found while parsing (always set by `parseArticle`; empty when none). */
  warnings?: ParseWarning[]
}

/**
 * A problem found while parsing: a `Warning` that always has its place.
 *
 * @deprecated Use `Warning`, the one warning shape of every copydesk package.
 */
export interface ParseWarning extends Warning {
  start: number
  end: number
}

/** Options for `parseArticle`. */
export interface ParseArticleOptions {
  /**
   * Build the nlcst tree of the body (default `true`). Turn off when only the
   * classification is needed: the tree is the costliest part of the result.
   */
  tree?: boolean
  /**
   * Largest body, in characters, parsed into the tree (default 4,000,000). An
   * nlcst tree takes about 120 times its text in memory, so a bigger body gets
   * an empty tree and a `tree-too-large` warning instead of exhausting the
   * heap; the classification is still complete. `Infinity` lifts the bound.
   */
  maxTreeLength?: number
  /** Called with every warning as it is found (they are also on `article.warnings`). */
  onWarning?: (warning: ParseWarning) => void
}

declare module 'vfile' {
  interface DataMap {
    /** The article `retextArticle` parsed from the file. */
    article: Article
  }
}
