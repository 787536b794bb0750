import { clauseSubjects, finiteWords, tailOpeners } from '../lexicon/clause-words.js'
import { adjunctPrepositions, reportingNouns, timeWords } from '../lexicon/reporting-phrases.js'
import type { Span } from '../types.js'
import type { Token } from './cue-tokens.js'
import { floatingQuotes } from './floating.js'
import { type Frame, type FrameOptions, findFrames } from './frames.js'
import { sentenceSubject, skipHearer, type TokenRange } from './noun-phrase.js'
import { emitQuote } from './quote-kind.js'
import type { QuotedRegion } from './quote-marks.js'
import type { Attribution, QuoteReader } from './quote-reader.js'
import { trimRange } from './ranges.js'
import type { SentenceRange } from './sentences.js'

/** Whether a token range reads as a clause (a subject pronoun, or a finite verb early on). */
function looksLikeClause(tokens: readonly Token[], range: TokenRange): boolean {
  const first = tokens[range.from] as Token
  if (first.region >= 0) return true
  if (clauseSubjects.has(first.lower)) return true
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
      (/[’']s$/.test(token.lower) && clauseSubjects.has(token.lower.slice(0, -2)))
    )
      return true
  }
  return false
}

function attributionOf(
  reader: QuoteReader,
  tokens: readonly Token[],
  frame: Frame,
  inherited?: Span,
): Attribution {
  const cue = reader.rangeSpan(tokens, frame.cue)
  return {
    cue: { ...cue, lemma: frame.lemma },
    mention: frame.source ? reader.rangeSpan(tokens, frame.source) : inherited,
  }
}

/** A frame that opens a clause of its own (", adding…", ", according to…", "; she said…"). */
function opensClause(tokens: readonly Token[], frame: Frame): boolean {
  if (frame.dependent || frame.according || frame.inverted) return true
  const before = tokens[frame.from - 1]
  return before !== undefined && (before.text === ',' || before.text === ';' || before.region >= 0)
}

/** Where the reported clause starts after the frame, and whether "that" or ":" introduced it. */
function contentStart(tokens: readonly Token[], frame: Frame, limit: number) {
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

/**
 * Read one sentence's attributed quotes: for each cue frame, decide which side of the cue holds
 * what was said (the words before it, after it, or both around an inverted `…," he said, "…`),
 * and hand those ranges to {@link emitQuote}. What no frame takes is read by
 * {@link floatingQuotes}.
 */
export function readSentence(
  reader: QuoteReader,
  tokens: readonly Token[],
  sentence: SentenceRange,
  options: FrameOptions,
) {
  const frames = findFrames(tokens, sentence.from, sentence.to, reader.regions, options)
  const pending = reader.pending
  reader.pending = undefined
  let cursor = sentence.from
  let lastMention: Span | undefined
  // A later frame ends a frame's content only when it opens a clause of its own
  // (", adding…", ", according to…", "; she said…"); "X said Canada has asked…" nests.
  // Where each frame's content may run to, found once from the right.
  const limits = new Array<number>(frames.length)
  let splitterFrom = sentence.to
  for (let index = frames.length - 1; index >= 0; index--) {
    limits[index] = splitterFrom
    const frame = frames[index] as Frame
    if (opensClause(tokens, frame)) splitterFrom = frame.from
  }
  for (let index = 0; index < frames.length; index++) {
    const frame = frames[index] as Frame
    const next = frames[index + 1]
    let limit = limits[index] as number
    const subject =
      frame.dependent && !lastMention
        ? sentenceSubject(tokens, sentence.from, frame.from)
        : undefined
    const attribution = attributionOf(
      reader,
      tokens,
      frame,
      lastMention ?? (subject ? reader.rangeSpan(tokens, subject) : undefined),
    )
    if (attribution.mention && !frame.dependent) lastMention = attribution.mention
    // A trailing "according to X" after this frame: the outlet relaying the quote, or the speaker.
    let trailing: Frame | undefined
    if (next?.according && !frame.according) {
      const after = trimRange(tokens, { from: next.to, to: sentence.to })
      const between = reader.measure({ from: frame.to, to: next.from })
      if (!after && (between.words <= 3 || !frame.inverted)) {
        trailing = next
        limit = next.from
      }
    }
    const before = trimRange(tokens, { from: cursor, to: frame.from })
    const start = contentStart(tokens, frame, limit)
    const after = trimRange(tokens, { from: start.start, to: limit })
    const beforeSize = reader.measure(before)
    const afterSize = reader.measure(after)
    const beforeHas = beforeSize.regionIndexes.length > 0 || beforeSize.words >= 3
    const afterHas = afterSize.regionIndexes.length > 0 || afterSize.words >= 2
    const joint = tokens[frame.from - 1]
    const adjacent =
      joint !== undefined &&
      (joint.text === ',' ||
        joint.text === '\u2014' ||
        joint.text === '\u2013' ||
        (joint.region >= 0 && (reader.regions[joint.region] as QuotedRegion).end === joint.end))
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
        ? reader.rangeSpan(tokens, trailing.source)
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
        attribution.cue = { ...reader.rangeSpan(tokens, trailing.cue), lemma: 'according to' }
      } else if (trailingMention) {
        attribution.via = trailingMention
      }
      index++
      consumedTo = sentence.to
    }
    if (ranges) {
      emitQuote(reader, tokens, ranges, attribution, sentence, ranges[0] === before)
      cursor = Math.max(cursor, consumedTo)
      continue
    }
    cursor = Math.max(cursor, frame.to)
    const colonEnds =
      tokens[frame.to]?.text === ':' && !trimRange(tokens, { from: frame.to, to: sentence.to })
    if (colonEnds) reader.pending = attribution // "He said:" and the quote follows in the next paragraph
  }
  floatingQuotes(reader, tokens, sentence, pending)
}
