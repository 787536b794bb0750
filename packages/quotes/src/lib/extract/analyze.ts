import { adjunctPrepositions, reportingNouns, timeWords } from '../lexicon/reporting-phrases.js'
import { tailPrepositions } from '../lexicon/tail-prepositions.js'
import type { Cue, NonQuote, Quote, QuoteKind, Span } from '../types.js'
import { classifyQuoted } from './classify.js'
import { type Frame, type FrameOptions, findFrames } from './frames.js'
import { phraseAfter, sentenceSubject, skipHearer, type TokenRange } from './noun-phrase.js'
import type { ParagraphRange } from './paragraphs.js'
import { findQuotedRegions, type MarkProblem, type QuotedRegion } from './quote-marks.js'
import { type SentenceRange, splitSentences } from './sentences.js'
import { type Token, tokenize } from './tokens.js'

/** Options for reading quotes. */
export interface AnalyzeOptions extends FrameOptions {}

/** Everything found in one text: the quotes, the quoted stretches that are not speech, problems. */
export interface Analysis {
  quotes: Quote[]
  nonQuotes: NonQuote[]
  problems: MarkProblem[]
}

interface Attribution {
  cue?: Cue
  mention?: Span
  via?: Span
}

const edgePunctuation = new Set([',', ':', ';', '\u2014', '\u2013', '-', '.', '(', ')'])
const signatureDashes = new Set(['\u2015', '\u2014', '\u2013', '-'])
const tailOpeners = new Set([
  ...tailPrepositions,
  'outside',
  'inside',
  'near',
  'following',
  'according',
])
const subjects = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'there',
  'this',
  'these',
  'those',
])
const finiteWords = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
  'did',
  'does',
  'do',
  'need',
  'needs',
  'shall',
])

/** Whether a token range reads as a clause (a subject pronoun, or a finite verb early on). */
function looksLikeClause(tokens: readonly Token[], range: TokenRange): boolean {
  const first = tokens[range.from] as Token
  if (first.region >= 0) return true
  if (subjects.has(first.lower)) return true
  if (
    first.lower === 'to' ||
    first.lower.endsWith('ing') ||
    finiteWords.has(first.lower) ||
    tailOpeners.has(first.lower)
  ) {
    return false
  }
  for (let index = range.from; index < range.to && index < range.from + 10; index++) {
    const token = tokens[index] as Token
    if (token.text === ',' || token.region >= 0) return false
    if (
      finiteWords.has(token.lower) ||
      /n[’']t$/.test(token.lower) ||
      (/[’']s$/.test(token.lower) && subjects.has(token.lower.slice(0, -2)))
    )
      return true
  }
  return false
}

const quoteMarkText = /^["'“”‘’„«»]+$/

class SentenceReader {
  readonly quotes: Quote[] = []
  readonly nonQuotes: NonQuote[] = []
  private readonly regionQuote = new Map<number, Quote>()
  private readonly consumed = new Set<number>()
  private pending: Attribution | undefined
  /** First token (index in the current paragraph) of each quoted region. */
  private regionFirstToken = new Map<number, number>()

  constructor(
    private readonly text: string,
    private readonly regions: readonly QuotedRegion[],
    private readonly options: AnalyzeOptions,
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

  attribution(tokens: readonly Token[], frame: Frame, inherited?: Span): Attribution {
    const cue = this.rangeSpan(tokens, frame.cue)
    return {
      cue: { ...cue, lemma: frame.lemma },
      mention: frame.source ? this.rangeSpan(tokens, frame.source) : inherited,
    }
  }

  opensClause(tokens: readonly Token[], frame: Frame): boolean {
    if (frame.dependent || frame.according || frame.inverted) return true
    const before = tokens[frame.from - 1]
    return (
      before !== undefined && (before.text === ',' || before.text === ';' || before.region >= 0)
    )
  }

  /** Trim edge punctuation (outside quotes) and a leading "that" from a token range. */
  trim(tokens: readonly Token[], range: TokenRange): TokenRange | undefined {
    let { from, to } = range
    for (;;) {
      const first = tokens[from]
      if (
        from < to &&
        first &&
        first.region < 0 &&
        (edgePunctuation.has(first.text) || first.lower === 'that')
      )
        from++
      else break
    }
    for (;;) {
      const last = tokens[to - 1]
      if (
        to > from &&
        last &&
        last.region < 0 &&
        (edgePunctuation.has(last.text) || quoteMarkText.test(last.text))
      )
        to--
      else break
    }
    return to > from ? { from, to } : undefined
  }

  measure(tokens: readonly Token[], range: TokenRange | undefined) {
    const regionIndexes: number[] = []
    let words = 0
    let joiners = 0
    if (range) {
      for (let index = range.from; index < range.to; index++) {
        const token = tokens[index] as Token
        if (token.region >= 0) {
          if (regionIndexes.at(-1) !== token.region) regionIndexes.push(token.region)
        } else if (token.word) {
          words++
          // "and" / "or" between two quotes: `shouted "Stop!" and "Go home!"`
          const before = tokens[index - 1]
          const after = tokens[index + 1]
          if (
            (token.lower === 'and' || token.lower === 'or') &&
            before !== undefined &&
            before.region >= 0 &&
            after !== undefined &&
            after.region >= 0
          ) {
            joiners++
          }
        }
      }
    }
    return { regionIndexes, words, joiners }
  }

  /** Where the reported clause starts after the frame, and whether "that" or ":" introduced it. */
  contentStart(tokens: readonly Token[], frame: Frame, limit: number) {
    let index = frame.to
    if (frame.hearer && !frame.inverted) index = skipHearer(tokens, index, limit)
    const reach = frame.hearer ? 20 : 9
    for (let look = index; look < limit && look < index + reach; look++) {
      const token = tokens[look] as Token
      if (token.region >= 0 || (!token.word && token.text !== '\u2019' && token.text !== "'")) break
      if (token.lower === 'that') {
        // "said in a statement Sunday that…", not "said the pact deals with groups that…"
        const before = tokens[look - 1] as Token
        const complementiser =
          look === frame.to ||
          look === index ||
          (frame.hearer && look - frame.to <= 5) ||
          before.capitalised ||
          reportingNouns.has(before.lower) ||
          timeWords.has(before.lower)
        if (complementiser) return { start: look + 1, introduced: true }
        break
      }
    }
    // "told reporters in Atlanta on Thursday: "…"": a colon hands over to the quote.
    for (let look = index; look < limit && look < index + 15; look++) {
      const token = tokens[look] as Token
      if (token.region >= 0 || token.text === '.' || token.lower === 'that') break
      if (token.text === ':' && (tokens[look + 1]?.region ?? -1) >= 0)
        return { start: look + 1, introduced: true }
    }
    let introduced = false
    while (index < limit) {
      const token = tokens[index] as Token
      if (token.region >= 0) break
      if (token.text === ':' || token.text === ',') {
        introduced ||= token.text === ':'
        index++
      } else if (token.word && timeWords.has(token.lower)) {
        index++
      } else if (token.word && adjunctPrepositions.has(token.lower)) {
        let end = -1
        for (let look = index + 1; look < limit && look < index + 8; look++) {
          const next = tokens[look] as Token
          if (next.region >= 0 || next.lower === 'that' || next.text === ',') break
          if (reportingNouns.has(next.lower) || (timeWords.has(next.lower) && look === index + 1))
            end = look + 1
        }
        if (end < 0) break
        index = end
        const linker = tokens[index]
        if (linker && (linker.lower === 'with' || linker.lower === 'to'))
          index = skipHearer(tokens, index + 1, limit)
      } else {
        break
      }
    }
    return { start: index, introduced }
  }

  emit(
    tokens: readonly Token[],
    ranges: TokenRange[],
    attribution: Attribution,
    sentence: SentenceRange,
    leadInAllowed: boolean,
  ): Quote | undefined {
    const measured = ranges.map((range) => this.measure(tokens, range))
    const regionIndexes = measured.flatMap((entry) => entry.regionIndexes)
    const words = measured.reduce((sum, entry) => sum + entry.words - entry.joiners, 0)
    let kind: QuoteKind
    let content: Span[]
    if (regionIndexes.length > 0 && words === 0) {
      kind = 'direct'
      content = regionIndexes.map((index) => this.regionSpan(index))
    } else if (regionIndexes.length > 0) {
      const speech = regionIndexes.filter((index) => {
        const region = this.regions[index] as QuotedRegion
        const { token: previous, index: previousIndex } = this.tokenBefore(tokens, index, sentence)
        return (
          classifyQuoted(this.text.slice(region.start, region.end), {
            attributed: true,
            previousWord: previous?.lower,
            previousCapitalised: previous?.capitalised === true && previousIndex > sentence.from,
          }) === 'speech'
        )
      })
      const last = ranges.at(-1) as TokenRange
      const lastRegion = (tokens[last.to - 1] as Token).region
      const leadIn =
        lastRegion >= 0 ? this.tokenBefore(tokens, lastRegion, sentence).token : undefined
      if (speech.length === 0) {
        kind = 'indirect'
      } else if (
        leadInAllowed &&
        ranges.length === 1 &&
        lastRegion >= 0 &&
        !this.startsLower(lastRegion) &&
        regionIndexes.length === 1 &&
        speech.includes(lastRegion) &&
        (leadIn?.text === ',' || leadIn?.text === ':') &&
        this.regionWords(lastRegion) >= 3
      ) {
        // "Asked about the plan, "We will see," he said.": the lead-in is not the quote.
        for (const index of regionIndexes)
          if (index !== lastRegion) this.nonQuote(index, tokens, sentence)
        this.consumed.add(lastRegion)
        return this.push(
          {
            kind: 'direct',
            content: [this.regionSpan(lastRegion)],
            ...attribution,
          },
          [lastRegion],
        )
      } else {
        kind = speech.every((index) => this.startsLower(index)) ? 'partial' : 'mixed'
      }
      content = ranges.map((range) => this.rangeSpan(tokens, range))
      for (const index of regionIndexes)
        if (!speech.includes(index)) this.nonQuote(index, tokens, sentence)
    } else {
      if (words < 3) return undefined
      kind = 'indirect'
      content = ranges.map((range) => this.rangeSpan(tokens, range))
    }
    for (const index of regionIndexes) this.consumed.add(index)
    return this.push({ kind, content, ...attribution }, kind === 'direct' ? regionIndexes : [])
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

  regionWords(index: number): number {
    const region = this.regions[index] as QuotedRegion
    return (this.text.slice(region.start, region.end).match(/[\p{L}\p{N}]+/gu) ?? []).length
  }

  startsLower(index: number): boolean {
    const region = this.regions[index] as QuotedRegion
    const inner = this.text.slice(region.start, region.end).replace(/^[\s"'“”‘’„«»[]+/u, '')
    return /^\p{Ll}/u.test(inner)
  }

  nonQuote(index: number, tokens: readonly Token[], sentence: SentenceRange) {
    if (this.consumed.has(index)) return
    this.consumed.add(index)
    const region = this.regions[index] as QuotedRegion
    const previous = this.tokenBefore(tokens, index, sentence).token
    const kind = classifyQuoted(this.text.slice(region.start, region.end), {
      previousWord: previous?.lower,
    })
    this.nonQuotes.push({ ...this.regionSpan(index), kind: kind === 'title' ? 'title' : 'scare' })
  }

  startParagraph(tokens: readonly Token[]) {
    this.regionFirstToken = new Map()
    tokens.forEach((token, index) => {
      if (token.region >= 0 && !this.regionFirstToken.has(token.region))
        this.regionFirstToken.set(token.region, index)
    })
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

  read(tokens: readonly Token[], sentence: SentenceRange) {
    const frames = findFrames(tokens, sentence.from, sentence.to, this.regions, this.options)
    const pending = this.pending
    this.pending = undefined
    let cursor = sentence.from
    let lastMention: Span | undefined
    for (let index = 0; index < frames.length; index++) {
      const frame = frames[index] as Frame
      const next = frames[index + 1]
      // A later frame ends this one's content only when it opens a clause of its own
      // (", adding…", ", according to…", "; she said…"); "X said Canada has asked…" nests.
      const splitter = frames.slice(index + 1).find((later) => this.opensClause(tokens, later))
      let limit = splitter ? splitter.from : sentence.to
      const subject =
        frame.dependent && !lastMention
          ? sentenceSubject(tokens, sentence.from, frame.from)
          : undefined
      const attribution = this.attribution(
        tokens,
        frame,
        lastMention ?? (subject ? this.rangeSpan(tokens, subject) : undefined),
      )
      if (attribution.mention && !frame.dependent) lastMention = attribution.mention
      // A trailing "according to X" after this frame: the outlet relaying the quote, or the speaker.
      let trailing: Frame | undefined
      if (next?.according && !frame.according) {
        const after = this.trim(tokens, { from: next.to, to: sentence.to })
        const between = this.measure(tokens, { from: frame.to, to: next.from })
        if (!after && (between.words <= 3 || !frame.inverted)) {
          trailing = next
          limit = next.from
        }
      }
      const before = this.trim(tokens, { from: cursor, to: frame.from })
      const start = this.contentStart(tokens, frame, limit)
      const after = this.trim(tokens, { from: start.start, to: limit })
      const beforeSize = this.measure(tokens, before)
      const afterSize = this.measure(tokens, after)
      const beforeHas = beforeSize.regionIndexes.length > 0 || beforeSize.words >= 3
      const afterHas = afterSize.regionIndexes.length > 0 || afterSize.words >= 2
      const joint = tokens[frame.from - 1]
      const adjacent =
        joint !== undefined &&
        (joint.text === ',' ||
          joint.text === '\u2014' ||
          joint.text === '\u2013' ||
          (joint.region >= 0 && (this.regions[joint.region] as QuotedRegion).end === joint.end))
      // The words after a verb with its subject before it are only a tail ("on Sunday", "in
      // Ottawa") when they are few or open with a preposition, not a clause of their own.
      const firstAfter = after ? (tokens[after.from] as Token) : undefined
      const afterTail =
        !afterHas ||
        (!start.introduced &&
          firstAfter !== undefined &&
          firstAfter.region < 0 &&
          ((afterSize.words < 3 && afterSize.regionIndexes.length === 0) ||
            tailOpeners.has(firstAfter.lower)))
      const closesBefore = joint !== undefined && joint.region >= 0
      // A clause must follow a verb that also takes plain objects ("confirmed the move").
      const clauseAfter =
        after !== undefined &&
        (frame.lemma === 'say' ||
          (frame.lemma === 'tell' && !tailOpeners.has((tokens[after.from] as Token).lower)) ||
          frame.according ||
          start.introduced ||
          looksLikeClause(tokens, after))
      let ranges: TokenRange[] | undefined
      let consumedTo = limit
      if (frame.dependent || (frame.according && frame.from === sentence.from)) {
        if (afterHas && after && clauseAfter) ranges = [after]
      } else if (
        beforeHas &&
        before &&
        adjacent &&
        (frame.inverted || frame.according || afterTail || closesBefore)
      ) {
        ranges = [before]
        if (after && firstAfter && firstAfter.region >= 0 && !frame.according) {
          ranges.push(after) // "…," he said, "…"
        } else {
          consumedTo = frame.to
        }
      } else if (afterHas && after && clauseAfter) {
        ranges = [after]
      }
      if (trailing) {
        const trailingMention = trailing.source
          ? this.rangeSpan(tokens, trailing.source)
          : undefined
        if (
          ranges &&
          ranges[0] === after &&
          !frame.inverted &&
          trailingMention &&
          frame.lemma !== 'say'
        ) {
          // "DoD News reported that … , according to Dunford": Dunford spoke, DoD News relayed.
          attribution.via = attribution.mention
          attribution.mention = trailingMention
          attribution.cue = { ...this.rangeSpan(tokens, trailing.cue), lemma: 'according to' }
        } else if (trailingMention) {
          attribution.via = trailingMention
        }
        index++
        consumedTo = sentence.to
      }
      if (ranges) {
        this.emit(tokens, ranges, attribution, sentence, ranges[0] === before)
        cursor = Math.max(cursor, consumedTo)
        continue
      }
      cursor = Math.max(cursor, frame.to)
      const colonEnds =
        tokens[frame.to]?.text === ':' && !this.trim(tokens, { from: frame.to, to: sentence.to })
      if (colonEnds) this.pending = attribution // "He said:" and the quote follows in the next paragraph
    }
    this.readLeftovers(tokens, sentence, pending)
  }

  /**
   * A headline, subheading or "READ MORE:" line: no one is quoted in it. Names and scare quotes
   * inside are still classified; a heading that is one quote (a pull quote) is left alone.
   */
  readHeading(tokens: readonly Token[]) {
    if (tokens.length === 0) return
    const sentence = { from: 0, to: tokens.length }
    const first = tokens[0] as Token
    const last = tokens[tokens.length - 1] as Token
    for (const index of new Set(tokens.map((token) => token.region))) {
      if (index < 0) continue
      const region = this.regions[index] as QuotedRegion
      if (region.start === first.start && region.end === last.end) continue
      this.nonQuote(index, tokens, sentence)
    }
  }

  readLeftovers(
    tokens: readonly Token[],
    sentence: SentenceRange,
    pending: Attribution | undefined,
  ) {
    const seen = new Set<number>()
    let outsideWords = 0
    let signature: Span | undefined
    for (let index = sentence.from; index < sentence.to; index++) {
      const token = tokens[index] as Token
      if (token.region >= 0) {
        seen.add(token.region)
      } else if (token.word) {
        outsideWords++
      } else if (
        signatureDashes.has(token.text) &&
        tokens[index - 1]?.region !== undefined &&
        (tokens[index - 1] as Token).region >= 0
      ) {
        // `"We will be back." ― Maria Ortiz`: a quote signed with a dash.
        const name = phraseAfter(tokens, index + 1, sentence.to)
        if (name && !this.trim(tokens, { from: name.to, to: sentence.to })) {
          signature = this.rangeSpan(tokens, name)
          break
        }
      }
    }
    for (const index of seen) {
      if (this.consumed.has(index)) continue
      const region = this.regions[index] as QuotedRegion
      const wholeSentence = outsideWords === 0 && seen.size === 1
      const previous = this.tokenBefore(tokens, index, sentence).token
      const kind = classifyQuoted(this.text.slice(region.start, region.end), {
        wholeSentence,
        previousWord: previous?.lower,
      })
      if (kind !== 'speech') {
        this.nonQuote(index, tokens, sentence)
        continue
      }
      this.consumed.add(index)
      const continued = region.continuation ? this.regionQuote.get(index - 1) : undefined
      if (continued && wholeSentence) {
        continued.content.push(this.regionSpan(index))
        continued.text = continued.content.map((span) => span.text).join(' ')
        this.regionQuote.set(index, continued)
        continue
      }
      const before = this.tokenBefore(tokens, index, sentence)
      const introduced = before.token?.text === ':'
      // "Valanciunas had one message: "I'm back."": the subject of the introducing clause.
      const subject =
        introduced && wholeSentence === false && !pending
          ? sentenceSubject(tokens, sentence.from, before.index)
          : undefined
      const attribution =
        wholeSentence && pending
          ? pending
          : wholeSentence && signature
            ? { mention: signature }
            : subject
              ? { mention: this.rangeSpan(tokens, subject) }
              : {}
      this.push(
        {
          kind: wholeSentence || introduced ? 'direct' : 'partial',
          content: [this.regionSpan(index)],
          ...attribution,
        },
        [index],
      )
    }
  }
}

const sentenceEnd = /[.?!…:;,\-—–]/
const closingMarks = /["'”’»)\]\s]/

/** A paragraph with no closing punctuation, not even inside a final quote: a heading. */
function isHeading(
  text: string,
  paragraph: ParagraphRange,
  tokens: readonly Token[],
  regions: readonly QuotedRegion[],
): boolean {
  let index = paragraph.end - 1
  while (index > paragraph.start && closingMarks.test(text[index] as string)) index--
  if (sentenceEnd.test(text[index] as string) || tokens.length > 40) return false
  // `"We will be back." ― Maria Ortiz` is a quote signed with a dash, not a heading.
  for (const token of tokens) {
    if (token.region < 0) continue
    const region = regions[token.region] as QuotedRegion
    if (region.end === token.end && token.start > region.start) {
      let inner = token.start - 1
      while (inner > region.start && /[\s"'”’]/.test(text[inner] as string)) inner--
      if (/[.?!…,]/.test(text[inner] as string)) return false
    }
  }
  return true
}

/**
 * Read the quotes of `text`, paragraph by paragraph. Offsets index `text`.
 */
export function analyzeParagraphs(
  text: string,
  paragraphs: readonly ParagraphRange[],
  options: AnalyzeOptions = {},
): Analysis {
  const { regions, problems } = findQuotedRegions(text, paragraphs)
  const reader = new SentenceReader(text, regions, options)
  let regionCursor = 0
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p] as ParagraphRange
    while (regionCursor < regions.length && (regions[regionCursor] as QuotedRegion).paragraph < p)
      regionCursor++
    const tokens = tokenize(text, paragraph.start, paragraph.end, regions, regionCursor)
    reader.startParagraph(tokens)
    if (isHeading(text, paragraph, tokens, regions)) reader.readHeading(tokens)
    else for (const sentence of splitSentences(tokens, regions)) reader.read(tokens, sentence)
  }
  reader.quotes.sort((a, b) => (a.content[0] as Span).start - (b.content[0] as Span).start)
  return { quotes: reader.quotes, nonQuotes: reader.nonQuotes, problems }
}
