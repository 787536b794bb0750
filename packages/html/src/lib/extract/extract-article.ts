import type { Block, BlockRole, Paragraph, Span, Warning } from '@copydesk/parse'
import { checkOptions, describeValue, parseArticle } from '@copydesk/parse'
import type { Root } from 'hast'
import { readMetadata } from '../metadata/read-metadata.js'
import type { HtmlArticle, HtmlBlock } from '../types.js'
import { nestingBound, parseHtmlFast } from './parse-fast.js'
import { parseHtml } from './parse-html.js'
import { type PageBlock, segment } from './segment.js'
import { selectContent, type Verdict } from './select.js'

/** Options for `extractArticle` and `rehypeArticle`. */
export interface ExtractArticleOptions {
  /** The page's address: a source of dates and the fallback canonical URL. */
  url?: string
  /** Build the nlcst tree of the body (default `true`), as `parseArticle` does. */
  tree?: boolean
}

/** A page that cannot be read as HTML at all (binary data, not text). */
export class HtmlInputError extends Error {
  readonly ruleId: string
  /** Offset into the input where the problem was seen. */
  readonly start: number
  constructor(reason: string, ruleId: string, start: number) {
    super(reason)
    this.name = 'HtmlInputError'
    this.ruleId = ruleId
    this.start = start
  }
}

const optionChecks = { url: 'string', tree: 'boolean' } as const

/** Nesting (by an upper bound) past which a page is parsed with parse5. */
const deepNesting = 1000

/** Share of NUL and other control characters in a page's opening that marks it as binary. */
const binaryShare = 0.1

/**
 * Extract a news page's article: the main content found from the markup's evidence, read by
 * `@copydesk/parse` into the same roles as a text article, every block pointing back to its
 * element in the HTML, with the page's metadata.
 *
 * @param html The page as a string (decoded: see the README for bytes and charsets).
 * @param options `url` (dates in the path, canonical fallback), `tree` (default `true`).
 * @returns The `HtmlArticle`: the `Article` of the extracted text plus `metadata`.
 * @throws {TypeError} When `html` is not a string or an option is unknown or of the wrong type.
 * @throws {HtmlInputError} When `html` is binary data (`ruleId: 'html-binary'`).
 */
export function extractArticle(html: string, options?: ExtractArticleOptions | null): HtmlArticle {
  if (typeof html !== 'string') {
    throw new TypeError(
      `Cannot \`extractArticle\` without a page: expected an HTML string (such as '<html>…'), got ${describeValue(html)}`,
    )
  }
  const checked = checkOptions<ExtractArticleOptions>('extractArticle', options, optionChecks)
  checkNotBinary(html)
  // htmlparser2 keeps its open elements with `unshift`: quadratic on deep nesting, so
  // deeply nested pages go to parse5 (linear there, flattened before the hast conversion).
  const { tree, flattened } =
    nestingBound(html) > deepNesting ? parseHtml(html) : parseHtmlFast(html)
  return articleFromTree(tree, checked, {
    noMarkup: html.length > 0 && !html.includes('<'),
    flattened,
  })
}

/** Throw `HtmlInputError` when the page's opening is mostly control characters. */
function checkNotBinary(html: string): void {
  const length = Math.min(html.length, 4096)
  let control = 0
  let first = -1
  for (let index = 0; index < length; index++) {
    const code = html.charCodeAt(index)
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) {
      control++
      if (first < 0) first = index
    }
  }
  if (length > 0 && control / length > binaryShare) {
    throw new HtmlInputError(
      `Cannot \`extractArticle\` from binary data: ${control} of the first ${length} characters are control characters (first at offset ${first}); is it compressed (.gz) or an image?`,
      'html-binary',
      first,
    )
  }
}

/** The article of a parsed page (a hast Root with positions). */
export function articleFromTree(
  tree: Root,
  options: ExtractArticleOptions,
  notes: { noMarkup?: boolean; flattened?: boolean } = {},
): HtmlArticle {
  const metadataOptions = options.url === undefined ? {} : { url: options.url }
  const metadata = readMetadata(tree, metadataOptions)
  const page = segment(tree)
  const selection = selectContent(page)
  const warnings: Warning[] = []
  if (page.flattened || notes.flattened) {
    warnings.push({
      reason: 'Markup nested deeper than 400 elements: the deeper part was read as one run of text',
      ruleId: 'html-deep-nesting',
    })
  }
  if (notes.noMarkup) {
    warnings.push({
      reason: 'The page holds no markup: read as plain text',
      ruleId: 'html-no-markup',
    })
  }

  // The main text: the headline, then the content blocks; the residue follows it.
  const main: number[] = []
  const residue: number[] = []
  if (selection.headline >= 0) main.push(selection.headline)
  for (let index = 0; index < page.blocks.length; index++) {
    if (index === selection.headline) continue
    if (selection.verdicts[index] === 'content') main.push(index)
    else residue.push(index)
  }
  const mainParts = layout(page.blocks, main, 0)
  const mainText = mainParts.text
  const article = parseArticle(mainText, { tree: options.tree !== false })
  const residueStart = mainText.length > 0 ? mainText.length + 2 : 0
  const residueParts = layout(page.blocks, residue, residueStart)
  const text =
    residue.length === 0
      ? mainText
      : mainText.length > 0
        ? `${mainText}\n\n${residueParts.text}`
        : residueParts.text

  const blocks: HtmlBlock[] = article.blocks.map((block) => {
    const pageBlock = pageBlockOf(block, page.blocks, mainParts)
    const source = pageBlock && sourceOf(pageBlock)
    const role = pageBlock ? markupRole(block.role, pageBlock) : block.role
    const result: HtmlBlock = { ...block, role }
    if (source) result.source = source
    return result
  })
  const lists = listsOf(blocks, article as Lists & { blocks: Block[] })
  const paragraphs: Paragraph[] = [...article.paragraphs]
  const extra = {
    boilerplate: [] as Span[],
    relatedLinks: [] as Span[],
    captions: [] as Span[],
  }
  for (let position = 0; position < residue.length; position++) {
    const index = residue[position] as number
    const start = residueParts.starts[position] as number
    const block = page.blocks[index] as PageBlock
    const end = start + block.text.length
    const span: Span = { start, end, text: block.text }
    const role = residueRole(selection.verdicts[index] as Verdict, block)
    paragraphs.push({ ...span, lines: [{ ...span }] })
    blocks.push({ ...span, role, paragraph: paragraphs.length - 1, source: sourceOf(block) })
    if (role === 'related-link') extra.relatedLinks.push(span)
    else if (role === 'caption') extra.captions.push(span)
    else extra.boilerplate.push(span)
  }
  const parseWarnings = article.warnings ?? []
  const result: HtmlArticle = {
    ...article,
    ...lists,
    text,
    blocks,
    paragraphs,
    boilerplate: [...lists.boilerplate, ...extra.boilerplate],
    relatedLinks: [...lists.relatedLinks, ...extra.relatedLinks],
    captions: [...lists.captions, ...extra.captions],
    warnings: [...warnings.map((warning) => ({ start: 0, end: 0, ...warning })), ...parseWarnings],
    metadata,
  }
  return result
}

/**
 * Residue by the page's evidence: captions by their tag; links that read like headlines (four
 * words or more) are related links; menus, share bars and the rest are boilerplate.
 */
function residueRole(verdict: Verdict, block: PageBlock): BlockRole {
  if (block.tag === 'figcaption' || block.tag === 'caption') return 'caption'
  const linked = block.text.length > 0 && block.linkLength / block.text.length > 0.5
  if ((verdict === 'link-list' || linked) && wordCount(block.text) >= 4) {
    return 'related-link'
  }
  return 'boilerplate'
}

function wordCount(text: string): number {
  let words = 0
  let inWord = false
  for (let index = 0; index < text.length && words < 10; index++) {
    const space = text.charCodeAt(index) === 32
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

interface Layout {
  text: string
  /** Offset of each laid-out block in `text`. */
  starts: number[]
  /** Index into the page's blocks of each laid-out block. */
  indexes: number[]
}

/** Blocks joined as paragraphs (a blank line between), from offset `from`. */
function layout(blocks: PageBlock[], indexes: number[], from: number): Layout {
  const pieces: string[] = []
  const starts: number[] = []
  let offset = from
  for (const index of indexes) {
    const block = blocks[index] as PageBlock
    if (pieces.length > 0) offset += 2
    starts.push(offset)
    pieces.push(block.text)
    offset += block.text.length
  }
  return { text: pieces.join('\n\n'), starts, indexes }
}

function sourceOf(block: PageBlock): { start: number; end: number } | undefined {
  return block.start >= 0 ? { start: block.start, end: block.end } : undefined
}

/**
 * The markup's word on a block the text classifier read as body: a `<figcaption>` is a
 * caption, a short `<h2>`–`<h6>` a subheading.
 */
function markupRole(role: BlockRole, block: PageBlock): BlockRole {
  if (role !== 'body') return role
  if (block.tag === 'figcaption' || block.tag === 'caption') return 'caption'
  if (/^h[2-6]$/.test(block.tag) && block.text.length <= 200) return 'subheading'
  return role
}

type Lists = Pick<
  HtmlArticle,
  'body' | 'captions' | 'subheadings' | 'highlights' | 'relatedLinks' | 'boilerplate'
>

/** The per-role lists, from the blocks (after the markup's corrections). */
function listsOf(blocks: HtmlBlock[], article: Lists): Lists {
  if (
    blocks.every(
      (block, index) => block.role === (article as { blocks?: Block[] }).blocks?.[index]?.role,
    )
  ) {
    return article
  }
  const lists: Lists = {
    body: [],
    captions: [],
    subheadings: [],
    highlights: [],
    relatedLinks: [],
    boilerplate: [],
  }
  const byRole: Partial<Record<BlockRole, Span[]>> = {
    body: lists.body,
    caption: lists.captions,
    subheading: lists.subheadings,
    highlight: lists.highlights,
    'related-link': lists.relatedLinks,
    boilerplate: lists.boilerplate,
  }
  for (const { role, start, end, text } of blocks) byRole[role]?.push({ start, end, text })
  return lists
}

/** The page block an article block was read from. */
function pageBlockOf(block: Block, pageBlocks: PageBlock[], parts: Layout): PageBlock | undefined {
  let low = 0
  let high = parts.starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((parts.starts[middle] as number) <= block.start) low = middle
    else high = middle - 1
  }
  return pageBlocks[parts.indexes[low] as number]
}
