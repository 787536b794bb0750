import type { Cue, NonQuote, Quote, QuoteKind, Span } from '../types.js'
import { classifyQuoted } from './classify.js'
import type { Token } from './cue-tokens.js'
import type { TokenRange } from './noun-phrase.js'
import type { QuotedRegion } from './quote-marks.js'
import { RangeMeter, type RangeSize } from './ranges.js'
import type { SentenceRange } from './sentences.js'

/** Who said a quote and through which cue, as far as its sentence tells. */
export interface Attribution {
  cue?: Cue
  mention?: Span
  via?: Span
}

/**
 * What the reading of one text has found so far: the quotes and non-quotes, which quoted regions
 * are taken, and an attribution left open for the next paragraph ("He said:"). The decisions
 * (which side of the cue, what kind, floating and signed quotes) live in their own modules and
 * record their results here.
 */
export class QuoteReader {
  readonly quotes: Quote[] = []
  readonly nonQuotes: NonQuote[] = []
  /** The quote each direct region was read into, for quotes that run on into the next paragraph. */
  readonly regionQuote = new Map<number, Quote>()
  /** Regions already read as (part of) a quote or a non-quote. */
  readonly consumed = new Set<number>()
  /** A frame ending in a colon with nothing after it: the quote follows in the next paragraph. */
  pending: Attribution | undefined
  /** First token (index in the current paragraph) of each quoted region. */
  private regionFirstToken = new Map<number, number>()
  /** Measures the current paragraph's token ranges. */
  private meter = new RangeMeter([])

  constructor(
    readonly text: string,
    readonly regions: readonly QuotedRegion[],
  ) {}

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) }
  }

  rangeSpan(tokens: readonly Token[], range: TokenRange): Span {
    return this.span((tokens[range.from] as Token).start, (tokens[range.to - 1] as Token).end)
  }

  regionSpan(index: number): Span {
    const region = this.regions[index] as QuotedRegion
    return this.span(region.start, region.end)
  }

  regionText(index: number): string {
    const region = this.regions[index] as QuotedRegion
    return this.text.slice(region.start, region.end)
  }

  push(fields: { kind: QuoteKind; content: Span[] } & Attribution, directRegions: number[]): Quote {
    const quote: Quote = {
      kind: fields.kind,
      content: fields.content,
      text: fields.content.map((span) => span.text).join(' '),
    }
    if (fields.cue) quote.cue = fields.cue
    if (fields.mention) quote.mention = fields.mention
    if (fields.via) quote.via = fields.via
    this.quotes.push(quote)
    for (const index of directRegions) this.regionQuote.set(index, quote)
    return quote
  }

  /** Record a quoted region as a name, title or scare quote (once). */
  nonQuote(index: number, tokens: readonly Token[], sentence: SentenceRange) {
    if (this.consumed.has(index)) return
    this.consumed.add(index)
    const previous = this.tokenBefore(tokens, index, sentence).token
    const kind = classifyQuoted(this.regionText(index), { previousWord: previous?.lower })
    this.nonQuotes.push({ ...this.regionSpan(index), kind: kind === 'title' ? 'title' : 'scare' })
  }

  startParagraph(tokens: readonly Token[]) {
    this.meter = new RangeMeter(tokens)
    this.regionFirstToken = new Map()
    tokens.forEach((token, index) => {
      if (token.region >= 0 && !this.regionFirstToken.has(token.region))
        this.regionFirstToken.set(token.region, index)
    })
  }

  /** The quoted regions and unquoted words of a token range of the current paragraph. */
  measure(range: TokenRange | undefined): RangeSize {
    return this.meter.measure(range)
  }

  /** The token right before a region's opening mark, within the sentence. */
  tokenBefore(
    tokens: readonly Token[],
    region: number,
    sentence: SentenceRange,
  ): { token?: Token; index: number } {
    const index = (this.regionFirstToken.get(region) ?? 0) - 1
    return index >= sentence.from ? { token: tokens[index], index } : { index }
  }
}
