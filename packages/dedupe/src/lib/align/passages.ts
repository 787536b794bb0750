import { checkOptions, type OptionCheck, type Span } from '@copydesk/parse'
import { type ComparedText, comparedText, type TextInput } from '../input/compared-text.js'
import { quotationMarks } from '../lexicon/punctuation.js'
import { mix32, mixBlock } from '../shingle/hash.js'
import { sentences } from '../text/sentences.js'
import { type Word, words } from '../text/words.js'

/** Options for {@link sharedPassages}. */
export interface PassageOptions {
  /** Words in an anchor n-gram that seeds an alignment; 5 by default. */
  anchor?: number
  /** Most unaligned words bridged inside one passage (an edit, an insertion); 8 by default. */
  maxGap?: number
  /** Fewest matched words for a passage to be reported; 8 by default. */
  minWords?: number
  /** Anchors that occur more often than this in the first text are boilerplate, skipped; 16. */
  maxAnchorRepeats?: number
}

/** How much of the documents' structure a shared passage spans. */
export type PassageLevel = 'paragraph' | 'sentence' | 'fragment'

/** A passage two documents share. */
export interface SharedPassage {
  /** The passage in the first document (offsets into it: into `article.text` for an Article). */
  a: Span
  /** The passage in the second document (offsets into it: into `article.text` for an Article). */
  b: Span
  /** Words aligned exactly between the two spans. */
  words: number
  /** `2 × words / (words in a + words in b)`: 1 for a verbatim copy, lower for an edited one. */
  similarity: number
  /**
   * `'paragraph'`: (most of) a whole paragraph of each document; `'sentence'`: one or more sentences
   * of each; `'fragment'`: less than a sentence (a lifted quote, a phrase).
   */
  level: PassageLevel
  /** Sentences shared (at least 70% of their words aligned in both documents). */
  sentences: number
  /** Whether the passage starts inside a quotation in either document (a lifted quote). */
  quoted: boolean
}

interface Run {
  a: number
  b: number
  length: number
}

interface Chain {
  aStart: number
  aEnd: number
  bStart: number
  bEnd: number
  runs: Run[]
}

/**
 * The passages two documents share, found as passim does: n-gram anchors that occur in both,
 * extended to maximal exact runs, then chained across small gaps into passages. Each passage
 * has offsets in both documents, a similarity and a level (paragraph, sentence or fragment), so
 * a rewrite that copied two sentences and a quote shows as exactly that. Each document is a
 * string or an `Article` from `parseArticle`: an article is compared by its body (residue left
 * out), its paragraphs are `article.paragraphs`, and the offsets point into `article.text`.
 *
 * @example
 *   sharedPassages(parseArticle(original), parseArticle(rewrite))
 *   // => [{ a: { start: 212, end: 330, text: 'The union …' }, b: {…}, words: 24,
 *   //        similarity: 1, level: 'sentence', sentences: 1, quoted: false }, …]
 */
export function sharedPassages(
  a: TextInput,
  b: TextInput,
  options?: PassageOptions,
): SharedPassage[] {
  const first = comparedText(a, 'sharedPassages', 'two texts')
  const second = comparedText(b, 'sharedPassages', 'two texts')
  const checked = checkPassageOptions('sharedPassages', options)
  return alignTexts(first, second, checked).map((passage) => ({
    ...passage,
    a: first.toSource(passage.a),
    b: second.toSource(passage.b),
  }))
}

const passageChecks: { [K in keyof PassageOptions]-?: OptionCheck } = {
  anchor: integer(1),
  maxGap: integer(0),
  minWords: integer(1),
  maxAnchorRepeats: integer(1),
}

/** Check passage options (also nested, as `storyClusters`' `passages`). */
export function checkPassageOptions(caller: string, options: unknown): PassageOptions {
  return checkOptions<PassageOptions>(caller, options, passageChecks)
}

function integer(least: number): OptionCheck {
  return {
    expected: least === 0 ? 'a whole number ≥ 0' : `a whole number ≥ ${least}`,
    test: (value) => typeof value === 'number' && Number.isInteger(value) && value >= least,
  }
}

/** The passages of two compared texts, with offsets into those texts. */
function alignTexts(
  first: ComparedText,
  second: ComparedText,
  options: PassageOptions,
): SharedPassage[] {
  const a = first.text
  const b = second.text
  const anchor = options.anchor ?? 5
  const maxGap = options.maxGap ?? 8
  const minWords = options.minWords ?? 8
  const maxRepeats = options.maxAnchorRepeats ?? 16

  const wordsA = words(a)
  const wordsB = words(b)
  const vocabulary = new Map<string, number>()
  const idsA = toIds(wordsA, vocabulary)
  const idsB = toIds(wordsB, vocabulary)
  const runs = exactRuns(idsA, idsB, anchor, maxRepeats)
  const chains = chainRuns(runs, idsA, idsB, maxGap)
  if (chains.length === 0) return []
  const structureA = structure(a, wordsA, first.paragraphs())
  const structureB = structure(b, wordsB, second.paragraphs())

  const passages: SharedPassage[] = []
  for (const chain of withoutEchoes(chains, minWords)) {
    extendEnds(chain, idsA, idsB, maxGap, structureA.sentences, structureB.sentences)
    const matched = matchedWords(chain)
    const matchedA = new Uint8Array(wordsA.length)
    const matchedB = new Uint8Array(wordsB.length)
    for (const run of chain.runs) {
      matchedA.fill(1, run.a, run.a + run.length)
      matchedB.fill(1, run.b, run.b + run.length)
    }
    const spanA = spanOf(a, wordsA, chain.aStart, chain.aEnd)
    const spanB = spanOf(b, wordsB, chain.bStart, chain.bEnd)
    const sentencesShared = Math.min(
      coveredUnits(structureA.sentences, matchedA),
      coveredUnits(structureB.sentences, matchedB),
    )
    const paragraphShared =
      coveredUnits(structureA.paragraphs, matchedA) > 0 &&
      coveredUnits(structureB.paragraphs, matchedB) > 0
    passages.push({
      a: spanA,
      b: spanB,
      words: matched,
      similarity: round((2 * matched) / (chain.aEnd - chain.aStart + chain.bEnd - chain.bStart)),
      level: paragraphShared ? 'paragraph' : sentencesShared > 0 ? 'sentence' : 'fragment',
      sentences: sentencesShared,
      quoted:
        insideQuotation(a, spanA.start, structureA.paragraphSpans) ||
        insideQuotation(b, spanB.start, structureB.paragraphSpans),
    })
  }
  return passages.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start)
}

function toIds(found: Word[], vocabulary: Map<string, number>): Int32Array {
  const ids = new Int32Array(found.length)
  for (const [index, word] of found.entries()) {
    let id = vocabulary.get(word.normal)
    if (id === undefined) {
      id = vocabulary.size
      vocabulary.set(word.normal, id)
    }
    ids[index] = id
  }
  return ids
}

/** Maximal runs of equal words that contain at least one shared anchor n-gram. */
function exactRuns(a: Int32Array, b: Int32Array, anchor: number, maxRepeats: number): Run[] {
  const positions = new Map<number, number[]>()
  for (let i = 0; i + anchor <= a.length; i++) {
    const key = gramKey(a, i, anchor)
    const list = positions.get(key)
    if (list) list.push(i)
    else positions.set(key, [i])
  }
  const runs: Run[] = []
  // Per diagonal (a − b), where the last run found on it ends in b: anchors inside it are skipped.
  const coveredUntil = new Map<number, number>()
  for (let j = 0; j + anchor <= b.length; j++) {
    const list = positions.get(gramKey(b, j, anchor))
    if (!list || list.length > maxRepeats) continue
    for (const i of list) {
      const diagonal = i - j
      if ((coveredUntil.get(diagonal) ?? -1) > j) continue
      let length = 0
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) {
        length++
      }
      if (length < anchor) continue // a hash collision, not a real anchor
      let back = 0
      while (i - back > 0 && j - back > 0 && a[i - back - 1] === b[j - back - 1]) back++
      coveredUntil.set(diagonal, j + length)
      runs.push({ a: i - back, b: j - back, length: length + back })
    }
  }
  return runs.sort((x, y) => x.b - y.b || x.a - y.a)
}

function gramKey(ids: Int32Array, start: number, length: number): number {
  let h = 0x1b873593
  for (let offset = 0; offset < length; offset++) h = mixBlock(h, ids[start + offset]!)
  return mix32(h)
}

/**
 * Chain runs that follow each other in both documents. The words between two runs are aligned
 * too (longest common subsequence, as an edit script would), and the runs are chained when at
 * most `maxGap` words of the longer side are left unaligned — so an edited sentence
 * (`that the government would cut the fuel duty` / `the government would cut fuel duty`) stays
 * one passage.
 */
function chainRuns(runs: Run[], a: Int32Array, b: Int32Array, maxGap: number): Chain[] {
  const chains: Chain[] = []
  for (const original of runs) {
    let best: { chain: Chain; run: Run; bridge: Run[]; unaligned: number } | undefined
    for (const chain of chains) {
      const overlap = Math.max(chain.aEnd - original.a, chain.bEnd - original.b, 0)
      if (overlap >= original.length) continue
      const run = {
        a: original.a + overlap,
        b: original.b + overlap,
        length: original.length - overlap,
      }
      const gapA = run.a - chain.aEnd
      const gapB = run.b - chain.bEnd
      if (gapA < 0 || gapB < 0 || gapA > 4 * maxGap || gapB > 4 * maxGap) continue
      const bridge = commonSubsequence(a, chain.aEnd, run.a, b, chain.bEnd, run.b)
      const unaligned = Math.max(gapA, gapB) - bridge.length
      if (unaligned > maxGap) continue
      if (!best || unaligned < best.unaligned) best = { chain, run, bridge, unaligned }
    }
    if (best) {
      best.chain.runs.push(...best.bridge, best.run)
      best.chain.aEnd = best.run.a + best.run.length
      best.chain.bEnd = best.run.b + best.run.length
    } else {
      chains.push({
        aStart: original.a,
        aEnd: original.a + original.length,
        bStart: original.b,
        bEnd: original.b + original.length,
        runs: [original],
      })
    }
  }
  return chains
}

/**
 * Extend a chain over edited words at its ends (`hauliers and motoring groups` /
 * `haulage firms and motoring groups`): align the next `window` words on each side and keep the
 * aligned words when they are at least as many as the unaligned ones among them.
 */
function extendEnds(
  chain: Chain,
  a: Int32Array,
  b: Int32Array,
  window: number,
  sentencesA: Unit[],
  sentencesB: Unit[],
): void {
  // Never across a sentence boundary: the words past it belong to another sentence.
  const tail = commonSubsequence(
    a,
    chain.aEnd,
    Math.min(unitAround(sentencesA, chain.aEnd - 1)?.end ?? chain.aEnd, chain.aEnd + window),
    b,
    chain.bEnd,
    Math.min(unitAround(sentencesB, chain.bEnd - 1)?.end ?? chain.bEnd, chain.bEnd + window),
  )
  const lastTail = tail.at(-1)
  if (lastTail && tail.length >= 2) {
    const unaligned =
      Math.max(lastTail.a + 1 - chain.aEnd, lastTail.b + 1 - chain.bEnd) - tail.length
    if (unaligned <= tail.length) {
      chain.runs.push(...tail)
      chain.aEnd = lastTail.a + 1
      chain.bEnd = lastTail.b + 1
    }
  }
  const head = commonSubsequence(
    a,
    Math.max(unitAround(sentencesA, chain.aStart)?.first ?? chain.aStart, chain.aStart - window),
    chain.aStart,
    b,
    Math.max(unitAround(sentencesB, chain.bStart)?.first ?? chain.bStart, chain.bStart - window),
    chain.bStart,
  )
  const firstHead = head[0]
  if (firstHead && head.length >= 2) {
    const unaligned = Math.max(chain.aStart - firstHead.a, chain.bStart - firstHead.b) - head.length
    if (unaligned <= head.length) {
      chain.runs.unshift(...head)
      chain.aStart = firstHead.a
      chain.bStart = firstHead.b
    }
  }
}

/** The unit (sentence) holding word `index`. */
function unitAround(units: Unit[], index: number): Unit | undefined {
  let low = 0
  let high = units.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const unit = units[middle]!
    if (index < unit.first) high = middle - 1
    else if (index >= unit.end) low = middle + 1
    else return unit
  }
  return undefined
}

/** The longest common subsequence of `a[aFrom, aTo)` and `b[bFrom, bTo)`, as one-word runs. */
function commonSubsequence(
  a: Int32Array,
  aFrom: number,
  aTo: number,
  b: Int32Array,
  bFrom: number,
  bTo: number,
): Run[] {
  const rows = aTo - aFrom
  const columns = bTo - bFrom
  if (rows === 0 || columns === 0) return []
  const table = new Uint16Array((rows + 1) * (columns + 1))
  const width = columns + 1
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      table[i * width + j] =
        a[aFrom + i] === b[bFrom + j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!)
    }
  }
  const pairs: Run[] = []
  let i = 0
  let j = 0
  while (i < rows && j < columns) {
    if (a[aFrom + i] === b[bFrom + j]) {
      pairs.push({ a: aFrom + i, b: bFrom + j, length: 1 })
      i++
      j++
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++
    else j++
  }
  return pairs
}

function matchedWords(chain: Chain): number {
  return chain.runs.reduce((sum, run) => sum + run.length, 0)
}

/**
 * Keep chains of at least `minWords`, largest first, dropping echoes: a phrase repeated inside
 * one document (a lead sentence quoted again later) also aligns with the other copy's repeat;
 * a chain mostly inside a larger kept chain's words, in either document, is such an echo.
 */
function withoutEchoes(chains: Chain[], minWords: number): Chain[] {
  const kept: Chain[] = []
  const candidates = chains
    .filter((chain) => matchedWords(chain) >= minWords)
    .sort((x, y) => matchedWords(y) - matchedWords(x))
  for (const chain of candidates) {
    const echo = kept.some(
      (other) =>
        overlap(chain.aStart, chain.aEnd, other.aStart, other.aEnd) >=
          0.5 * (chain.aEnd - chain.aStart) ||
        overlap(chain.bStart, chain.bEnd, other.bStart, other.bEnd) >=
          0.5 * (chain.bEnd - chain.bStart),
    )
    if (!echo) kept.push(chain)
  }
  return kept
}

function overlap(start: number, end: number, otherStart: number, otherEnd: number): number {
  return Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart))
}

interface Unit {
  first: number
  end: number
}

interface Structure {
  sentences: Unit[]
  paragraphs: Unit[]
  paragraphSpans: Span[]
}

function structure(text: string, found: Word[], paragraphSpans: Span[]): Structure {
  const sentenceSpans = paragraphSpans.flatMap((p) => sentences(text, p.start, p.end))
  const toUnits = (spans: Span[]) =>
    spans.map((span) => wordRange(found, span)).filter((u) => u.end > u.first)
  return { sentences: toUnits(sentenceSpans), paragraphs: toUnits(paragraphSpans), paragraphSpans }
}

/** The words `[first, end)` that lie inside `span`. */
function wordRange(found: Word[], span: Span): Unit {
  let low = 0
  let high = found.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (found[middle]!.start < span.start) low = middle + 1
    else high = middle
  }
  let end = low
  while (end < found.length && found[end]!.end <= span.end) end++
  return { first: low, end }
}

/** How many units have at least 70% of their words aligned. */
function coveredUnits(units: Unit[], matched: Uint8Array): number {
  let covered = 0
  for (const unit of units) {
    let count = 0
    for (let index = unit.first; index < unit.end; index++) count += matched[index]!
    if (count >= 0.7 * (unit.end - unit.first)) covered++
  }
  return covered
}

function spanOf(text: string, found: Word[], first: number, end: number): Span {
  const start = found[first]!.start
  const stop = found[end - 1]!.end
  return { start, end: stop, text: text.slice(start, stop) }
}

/** Whether `offset` lies inside an open quotation within its paragraph. */
function insideQuotation(text: string, offset: number, paragraphSpans: Span[]): boolean {
  const paragraph = paragraphSpans.find((span) => span.start <= offset && offset < span.end)
  let open = false
  for (let index = paragraph?.start ?? 0; index < offset; index++) {
    const char = text[index]!
    if (char === '\u201C' || char === '\u00AB') open = true
    else if (char === '\u201D' || char === '\u00BB') open = false
    else if (char === '"') open = !open
  }
  if (open) return true
  // A quotation that opens right before the passage (`“The coalition…`).
  const before = text[offset - 1]
  return before !== undefined && quotationMarks.has(before) && before !== "'" && before !== '\u2019'
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
