import type {
  Article,
  Block,
  BlockRole,
  Byline,
  Contributor,
  Dateline,
  Paragraph,
  ParseArticleOptions,
  ParseWarning,
  Span,
  Timestamp,
} from '../types.js'
import { readByline } from './classify/byline.js'
import { hasCaptionCue, isDatedCaption, isDescriptiveSentence } from './classify/caption.js'
import { readDateline } from './classify/dateline.js'
import { headingKind, isHeadingLike, isHeadlineLike, takesUpHeading } from './classify/heading.js'
import { readMetadataDate } from './classify/metadata-date.js'
import { isBoilerplate, isHighlightsHeading, readContributors } from './classify/residue.js'
import { readTimestamp } from './classify/timestamp.js'
import { splitParagraphs } from './layout/paragraphs.js'
import { describeValue } from './model/describe-value.js'
import { checkOptions, type OptionCheck } from './options/check-options.js'
import { fits, fitsWithin, skipSpaceForward } from './text/characters.js'
import { buildBodyTree, type TreeExtensions } from './tree/build-body-tree.js'

/** Paragraphs longer than this are body text: no residue is this long. */
const maxResidueLength = 600
/** Highlights boxes hold a handful of short items. */
const maxHighlights = 8
/** The tree costs ~120× its text in memory: 4 M characters stay well inside Node's default heap. */
const defaultMaxTreeLength = 4_000_000

/** A bound on the tree: a number of characters, `Infinity` included. */
const characterCount: OptionCheck = {
  expected: 'a number of characters such as 4000000 (or Infinity)',
  test: (value) => typeof value === 'number' && !Number.isNaN(value) && value >= 0,
}

/** The options of `parseArticle`, as `checkOptions` checks them. */
export const parseArticleChecks: { [K in keyof ParseArticleOptions]-?: OptionCheck } = {
  tree: 'boolean',
  maxTreeLength: characterCount,
  onWarning: 'function',
}

/**
 * Parse raw news text into a structured, position-tracked article: every
 * paragraph (or fused piece of one) becomes a classified block whose offsets
 * index the original text, and the body is parsed into an nlcst tree.
 *
 * Never throws on a string: empty input gives an article without blocks and
 * an `empty-input` warning on `article.warnings` (and `options.onWarning`).
 *
 * @param text The article as scraped: plain text, CRLF or LF, BOM allowed.
 * @param options `tree: false` skips the nlcst tree; `onWarning` sees each warning.
 * @returns The article (see `Article`).
 * @throws {TypeError} When `text` is not a string, `options` is not an object, an option is
 *   unknown (`{trees: false}`: did you mean `tree`?) or of the wrong type.
 * @example
 *   const article = parseArticle('WASHINGTON (AP) — The Senate voted on Tuesday.')
 *   article.dateline // => {start: 0, end: 17, text: 'WASHINGTON (AP) —', place: 'WASHINGTON', agency: 'AP'}
 *   article.body[0].text // => 'The Senate voted on Tuesday.'
 */
export function parseArticle(text: string, options?: ParseArticleOptions | null): Article {
  return parseArticleWith(text, options, undefined, 'parseArticle')
}

/** `parseArticle` with nlcst extensions from a unified processor. */
export function parseArticleWith(
  text: unknown,
  options: ParseArticleOptions | null | undefined,
  extensions: TreeExtensions | undefined,
  caller: string,
): Article {
  if (typeof text !== 'string') {
    throw new TypeError(
      `Cannot \`${caller}\` without text: expected a string (such as 'WASHINGTON (AP) — …'), got ${describeValue(text)}`,
    )
  }
  const checked = checkOptions<ParseArticleOptions>(caller, options, parseArticleChecks)
  const maxTreeLength = checked.maxTreeLength ?? defaultMaxTreeLength
  const builder = new ArticleBuilder(text, checked)
  builder.classify()
  return builder.finish(checked.tree !== false, maxTreeLength, extensions)
}

class ArticleBuilder {
  readonly text: string
  readonly options: ParseArticleOptions
  readonly paragraphs: Paragraph[]
  readonly blocks: Block[] = []
  readonly warnings: ParseWarning[] = []
  readonly timestamps: Timestamp[] = []
  readonly contributors: Contributor[] = []
  readonly body: Span[] = []
  readonly headingShapes: Array<boolean | undefined> = []
  headline: Span | undefined
  byline: Byline | undefined
  dateline: Dateline | undefined
  metadataDate: Article['metadataDate']
  referenceYear: number | undefined

  constructor(text: string, options: ParseArticleOptions) {
    this.text = text
    this.options = options
    this.paragraphs = splitParagraphs(text)
  }

  classify(): void {
    if (this.paragraphs.length === 0) {
      this.warn(
        'Empty article: the text holds no words to parse',
        'empty-input',
        0,
        this.text.length,
      )
      return
    }
    const bodyFrom = this.classifyLead()
    this.referenceYear = this.findReferenceYear()
    for (let index = bodyFrom; index < this.paragraphs.length; index++) {
      this.classifyBodyParagraph(index)
    }
    if (this.body.length === 0) {
      const first = this.paragraphs[0] as Paragraph
      const last = this.paragraphs[this.paragraphs.length - 1] as Paragraph
      this.warn(
        'No body paragraphs: every paragraph was classified as residue',
        'no-body',
        first.start,
        last.end,
      )
    }
  }

  /**
   * The lead: everything before the first body paragraph (metadata, headline,
   * byline, timestamps, highlights, lead captions, the dateline). Returns the
   * index of the first paragraph left for the body pass.
   */
  private classifyLead(): number {
    for (let index = 0; index < this.paragraphs.length; index++) {
      const paragraph = this.paragraphs[index] as Paragraph
      let start = paragraph.start
      const end = paragraph.end
      const isFirst = this.blocks.length === 0

      if (isFirst) {
        const metadata = readMetadataDate(this.text.slice(start, start + 40))
        if (metadata) {
          this.addMetadataDate(start, start + metadata.length, metadata.value, metadata.valid)
          start = skipSpaceForward(this.text, start + metadata.length, end)
          if (start >= end) continue
        }
      }

      const value = fitsWithin(this.text, start, end, maxResidueLength)
        ? this.text.slice(start, end)
        : undefined
      if (value !== undefined) {
        if (this.tryTimestamp(value, start, end)) continue
        if (!this.byline && this.tryByline(value, start, end)) continue
        if (isHighlightsHeading(value)) {
          this.push('highlights-heading', start, end)
          index = this.classifyHighlights(index + 1) - 1
          continue
        }
        if (isBoilerplate(value)) {
          this.push('boilerplate', start, end)
          continue
        }
        if (hasCaptionCue(value)) {
          this.push('caption', start, end)
          continue
        }
      }

      const dateline = readDateline(this.text, start, end)
      if (dateline) {
        this.addDateline(start, dateline.end, dateline.place, dateline.agency)
        if (dateline.bodyStart < end) {
          this.push('body', dateline.bodyStart, end)
          return index + 1
        }
        // A dateline on its own line: the next paragraph opens the body.
        return index + 1
      }

      if (value !== undefined) {
        if (
          !this.headline &&
          this.onlyMetadataSoFar() &&
          index + 1 < this.paragraphs.length &&
          isHeadlineLike(value)
        ) {
          this.headline = this.span(start, end)
          this.push('headline', start, end)
          continue
        }
        if (fits(value, 250) && this.nextIsLeadMarker(index + 1) && isDescriptiveSentence(value)) {
          this.push('caption', start, end)
          continue
        }
      }

      if (start !== paragraph.start) {
        // The rest of a paragraph whose opening was metadata: classify the piece as the body would.
        this.classifyBodyParagraph(index, start)
        return index + 1
      }
      return index
    }
    return this.paragraphs.length
  }

  private onlyMetadataSoFar(): boolean {
    return this.blocks.every((block) => block.role === 'metadata-date')
  }

  /** Whether the paragraph at `index` is one that opens an article's lead. */
  private nextIsLeadMarker(index: number): boolean {
    const paragraph = this.paragraphs[index]
    if (!paragraph || !fitsWithin(this.text, paragraph.start, paragraph.end, 200)) return false
    const value = this.text.slice(paragraph.start, paragraph.end)
    if (isHighlightsHeading(value) || readByline(value) || readTimestamp(value)) return true
    const dateline = readDateline(this.text, paragraph.start, paragraph.end)
    return dateline !== undefined && dateline.bodyStart >= paragraph.end
  }

  /** Items of a highlights box: short lines that do not end like a sentence, or bulleted. */
  private classifyHighlights(from: number): number {
    let index = from
    for (; index < this.paragraphs.length && index < from + maxHighlights; index++) {
      const paragraph = this.paragraphs[index] as Paragraph
      if (!fitsWithin(this.text, paragraph.start, paragraph.end, 250)) break
      const value = this.text.slice(paragraph.start, paragraph.end)
      const bulleted = /^[•·*-] /.test(value)
      if (!bulleted && /[.!?]["”’]?$/.test(value)) break
      const dateline = readDateline(this.text, paragraph.start, paragraph.end)
      if (dateline) break
      if (isBoilerplate(value) || isHighlightsHeading(value)) break
      this.push('highlight', paragraph.start, paragraph.end)
    }
    return index
  }

  private classifyBodyParagraph(index: number, from?: number): void {
    const paragraph = this.paragraphs[index] as Paragraph
    const start = from ?? paragraph.start
    const end = paragraph.end
    if (!fitsWithin(this.text, start, end, maxResidueLength)) {
      this.push('body', start, end)
      return
    }
    const value = this.text.slice(start, end)
    if (this.tryTimestamp(value, start, end)) return
    const names = readContributors(value)
    if (names) {
      this.contributors.push({ ...this.span(start, end), names })
      this.push('contributor', start, end)
      return
    }
    if (isBoilerplate(value)) {
      this.push('boilerplate', start, end)
      return
    }
    if (hasCaptionCue(value) || isDatedCaption(value, this.referenceYear)) {
      this.push('caption', start, end)
      return
    }
    if ((from === undefined || from === paragraph.start) && this.headingShaped(index)) {
      this.push(this.headingRole(index, value), start, end)
      return
    }
    this.push('body', start, end)
  }

  /** Whether the paragraph at `index` is heading-shaped, computed once per paragraph. */
  private headingShaped(index: number): boolean {
    const known = this.headingShapes[index]
    if (known !== undefined) return known
    const paragraph = this.paragraphs[index]
    const shaped =
      paragraph !== undefined &&
      fitsWithin(this.text, paragraph.start, paragraph.end, 100) &&
      isHeadingLike(this.text.slice(paragraph.start, paragraph.end))
    this.headingShapes[index] = shaped
    return shaped
  }

  /**
   * The role of a heading-shaped line in the body: labelled teasers are
   * related links; a run of heading-shaped lines is a list (body); colon
   * headlines are related links; questions are related links unless the next
   * paragraph takes up their words (then they are subheadings); a plain
   * heading is a subheading, or boilerplate when nothing follows it.
   */
  private headingRole(index: number, value: string): BlockRole {
    const kind = headingKind(value)
    if (kind === 'labelled-teaser') return 'related-link'
    // A run of heading-shaped lines is a list (`Age: 18`, `Position: PG`, ingredients).
    if (this.neighbourIsHeadingLike(index)) return 'body'
    if (kind === 'colon-headline') return 'related-link'
    const next = this.paragraphs[index + 1]
    if (kind === 'question') {
      const following = next
        ? this.text.slice(next.start, Math.min(next.end, next.start + 400))
        : ''
      return next && takesUpHeading(value, following) ? 'subheading' : 'related-link'
    }
    return next ? 'subheading' : 'boilerplate'
  }

  /** A heading-shaped line next to another one is an item of a list. */
  private neighbourIsHeadingLike(index: number): boolean {
    const previousBlock = this.blocks[this.blocks.length - 1]
    // The previous line counts only when it was read in the body (not as a headline or byline).
    const previousInBody =
      previousBlock !== undefined &&
      (previousBlock.role === 'body' || previousBlock.role === 'subheading')
    for (const neighbour of [index - 1, index + 1]) {
      if (neighbour === index - 1 && !previousInBody) continue
      const paragraph = this.paragraphs[neighbour]
      if (!paragraph || !this.headingShaped(neighbour)) continue
      const value = this.text.slice(paragraph.start, paragraph.end)
      if (!isBoilerplate(value) && !readContributors(value)) return true
    }
    return false
  }

  private tryTimestamp(value: string, start: number, end: number): boolean {
    const match = readTimestamp(value)
    if (!match) return false
    const timestamp: Timestamp = {
      ...this.span(start, end),
      kind: match.kind,
      value: match.reading.value,
    }
    this.timestamps.push(timestamp)
    this.push('timestamp', start, end)
    if (match.reading.weekdayMismatch) {
      this.warn(
        `Timestamp weekday disagrees with its date (${match.reading.value})`,
        'weekday-mismatch',
        start,
        end,
      )
    }
    if (match.reading.zoneUnresolved) {
      this.warn(
        `Cannot resolve \`${match.reading.zone}\` to a UTC offset before 1967 (no uniform US daylight time): value has no offset`,
        'unresolved-zone',
        start,
        end,
      )
    }
    return true
  }

  private tryByline(value: string, start: number, end: number): boolean {
    const reading = readByline(value)
    if (!reading) return false
    const byline: Byline = { ...this.span(start, end), authors: reading.authors }
    if (reading.organisation !== undefined) byline.organisation = reading.organisation
    this.byline = byline
    this.push('byline', start, end)
    return true
  }

  private addMetadataDate(start: number, end: number, value: string, valid: boolean): void {
    this.push('metadata-date', start, end)
    if (valid) {
      this.metadataDate = { ...this.span(start, end), value }
    } else {
      this.warn(
        `Metadata date \`${value}\` is not a calendar date`,
        'invalid-metadata-date',
        start,
        end,
      )
    }
  }

  private addDateline(start: number, end: number, place?: string, agency?: string): void {
    const dateline: Dateline = this.span(start, end)
    if (place !== undefined) dateline.place = place
    if (agency !== undefined) dateline.agency = agency
    this.dateline = dateline
    this.push('dateline', start, end)
  }

  private findReferenceYear(): number | undefined {
    if (this.metadataDate) return Number(this.metadataDate.value.slice(0, 4))
    const timestamp = this.timestamps.find((candidate) => candidate.value !== undefined)
    return timestamp?.value ? Number(timestamp.value.slice(0, 4)) : undefined
  }

  private span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) }
  }

  private push(role: BlockRole, start: number, end: number): void {
    const block: Block = { role, ...this.span(start, end), paragraph: this.paragraphAt(start) }
    this.blocks.push(block)
    if (role === 'body') this.body.push(this.span(start, end))
  }

  private warn(reason: string, ruleId: string, start: number, end: number): void {
    const warning: ParseWarning = { reason, ruleId, start, end }
    this.warnings.push(warning)
    this.options.onWarning?.(warning)
  }

  /** Index of the paragraph holding `offset` (blocks never cross a paragraph's end). */
  private paragraphAt(offset: number): number {
    let low = 0
    let high = this.paragraphs.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.paragraphs[middle] as Paragraph).start <= offset) low = middle
      else high = middle - 1
    }
    return low
  }

  finish(
    withTree: boolean,
    maxTreeLength: number,
    extensions: TreeExtensions | undefined,
  ): Article {
    const bodyLength = this.body.reduce((sum, span) => sum + (span.end - span.start), 0)
    const treeFits = bodyLength <= maxTreeLength
    if (withTree && !treeFits) {
      const first = this.body[0]!
      const last = this.body[this.body.length - 1]!
      this.warn(
        `Body of ${bodyLength} characters is over \`maxTreeLength\` (${maxTreeLength}): the nlcst tree is left empty (it would take about ${Math.round((bodyLength * 120) / 1e6)} MB); the blocks are complete. Pass {maxTreeLength: Infinity} to build it anyway`,
        'tree-too-large',
        first.start,
        last.end,
      )
    }
    const highlights: Span[] = []
    const captions: Span[] = []
    const subheadings: Span[] = []
    const relatedLinks: Span[] = []
    const boilerplate: Span[] = []
    const lists: Partial<Record<BlockRole, Span[]>> = {
      highlight: highlights,
      caption: captions,
      subheading: subheadings,
      'related-link': relatedLinks,
      boilerplate,
    }
    for (const { role, start, end, text } of this.blocks) lists[role]?.push({ start, end, text })
    const article: Article = {
      text: this.text,
      timestamps: this.timestamps,
      highlights,
      captions,
      subheadings,
      relatedLinks,
      contributors: this.contributors,
      boilerplate,
      body: this.body,
      blocks: this.blocks,
      paragraphs: this.paragraphs,
      tree:
        withTree && treeFits
          ? buildBodyTree(this.text, this.body, extensions)
          : { type: 'RootNode', children: [] },
      warnings: this.warnings,
    }
    if (this.headline) article.headline = this.headline
    if (this.byline) article.byline = this.byline
    if (this.metadataDate) article.metadataDate = this.metadataDate
    if (this.dateline) article.dateline = this.dateline
    return article
  }
}
