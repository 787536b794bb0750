import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import type { Point, Position } from 'unist'
import type { Span } from '../../types.js'
import { tokenize } from './tokenize.js'

/**
 * Tokens per batch of the sentence plugins. parse-latin's plugins splice the
 * token list, which costs its length: bounded batches keep the whole linear
 * (plain retext-english runs them over a whole document and slows down
 * quadratically on very large ones).
 */
const maxBatchTokens = 2048

/** nlcst plugin lists a unified processor may add (`nlcstSentenceExtensions`, …). */
export interface TreeExtensions {
  sentence?: Array<(node: never) => void>
  paragraph?: Array<(node: never) => void>
  root?: Array<(node: never) => void>
}

/**
 * parse-english, fed with tokens made once for the whole text. Tokens carry
 * positions into the original text, so the tree needs no shifting: each body
 * paragraph runs parse-english's sentence and paragraph plugins over its own
 * slice of the token list. When a paragraph's edge falls inside a token (it
 * never does for the edges the classifier makes, but the code does not rely
 * on it), that paragraph is tokenised on its own and its points are shifted.
 */
class BodyParseEnglish extends ParseEnglish {
  /** Tokens to hand out on the next `tokenize` call instead of tokenising. */
  pending: SentenceContent[] | undefined
  /** Shift for paragraphs tokenised on their own. */
  offset = 0
  line = 1
  column = 1

  /** Whether `pending` tokens already went through the sentence plugins. */
  pendingIsMerged = false

  override tokenizeSentence(value: string | null | undefined): Sentence {
    const pending = this.pending
    if (pending && this.pendingIsMerged) {
      this.pending = undefined
      const sentence: Sentence = { type: 'SentenceNode', children: pending }
      // The plugins ran over the whole run of tokens; only the position is left to set.
      const first = pending[0]
      const last = pending[pending.length - 1]
      if (first?.position && last?.position)
        sentence.position = { start: first.position.start, end: last.position.end }
      return sentence
    }
    return super.tokenizeSentence(value)
  }

  override tokenize(value: string | null | undefined): SentenceContent[] {
    const pending = this.pending
    if (pending) {
      this.pending = undefined
      return pending
    }
    // The same tokens as parse-latin's, made faster (see `tokenize.js`).
    const nodes = tokenize(value ?? '')
    if (this.offset === 0 && this.line === 1 && this.column === 1) return nodes
    for (const node of nodes) {
      const position = node.position
      if (!position) continue
      this.shift(position.start)
      this.shift(position.end)
      if (node.type === 'WordNode') {
        // The word's text node shares its start point with the word; only its end is its own.
        for (const child of node.children) {
          if (child.position && child.position.end !== position.end) this.shift(child.position.end)
        }
      }
    }
    return nodes
  }

  private shift(point: Point): void {
    if (point.offset !== undefined) point.offset += this.offset
    if (point.line === 1) point.column += this.column - 1
    point.line += this.line - 1
  }
}

/**
 * Parse the body paragraphs of an article into one nlcst tree whose positions
 * (line, column, offset) index the original text. The text up to the end of
 * the body is tokenised once; only body paragraphs are built into sentences.
 *
 * @example
 *   buildBodyTree('Hi.\nOne. Two.', [{start: 4, end: 13, text: 'One. Two.'}]).children[0].position.start
 *   // => {line: 2, column: 1, offset: 4}
 */
export function buildBodyTree(text: string, body: Span[], extensions: TreeExtensions = {}): Root {
  const parser = new BodyParseEnglish()
  if (extensions.sentence)
    parser.tokenizeSentencePlugins.unshift(...(extensions.sentence as never[]))
  if (extensions.paragraph)
    parser.tokenizeParagraphPlugins.unshift(...(extensions.paragraph as never[]))
  const children: Paragraph[] = []
  const last = body[body.length - 1]
  if (last) {
    // Tokenise the text up to the end of the body once: the points index `text` as they are.
    const raw = parser.tokenize(text.slice(0, last.end))
    const lines = new LineCounter(text)
    let cursor = 0
    let spanIndex = 0
    while (spanIndex < body.length) {
      // A batch: whole paragraphs, at most `maxBatchTokens` tokens (one paragraph at least).
      const first = body[spanIndex] as Span
      while (cursor < raw.length && endOf(raw[cursor] as SentenceContent) <= first.start) cursor++
      const batchStart = cursor
      let batchEnd = cursor
      let batchSpans = 0
      while (spanIndex + batchSpans < body.length) {
        const span = body[spanIndex + batchSpans] as Span
        let end = batchEnd
        while (end < raw.length && endOf(raw[end] as SentenceContent) <= span.end) end++
        if (batchSpans > 0 && end - batchStart > maxBatchTokens) break
        batchEnd = end
        batchSpans++
      }
      // The sentence plugins merge adjacent tokens (`U.S.`, `don't`): run them once per batch.
      const tokens = mergeTokens(parser, raw, batchStart, batchEnd)
      let index = 0
      for (const span of body.slice(spanIndex, spanIndex + batchSpans)) {
        while (index < tokens.length && endOf(tokens[index] as SentenceContent) <= span.start)
          index++
        const from = index
        while (index < tokens.length && endOf(tokens[index] as SentenceContent) <= span.end) index++
        const aligned =
          from < tokens.length &&
          startOf(tokens[from] as SentenceContent) === span.start &&
          index > from &&
          endOf(tokens[index - 1] as SentenceContent) === span.end
        parser.pendingIsMerged = aligned
        if (aligned) {
          parser.pending = tokens.slice(from, index)
        } else {
          // An edge inside a token (or a merge across it): tokenise this paragraph on its own.
          const point = lines.pointAt(span.start)
          parser.offset = span.start
          parser.line = point.line
          parser.column = point.column
        }
        children.push(parser.tokenizeParagraph(span.text))
        parser.offset = 0
        parser.line = 1
        parser.column = 1
      }
      spanIndex += batchSpans
      cursor = batchEnd
    }
  }
  const root: Root = { type: 'RootNode', children }
  const firstChild = children[0]
  const lastChild = children[children.length - 1]
  if (firstChild?.position && lastChild?.position) {
    root.position = { start: { ...firstChild.position.start }, end: { ...lastChild.position.end } }
  }
  for (const plugin of extensions.root ?? []) (plugin as (node: Root) => void)(root)
  return root
}

/**
 * Runs the sentence plugins over `raw[from..to)` in pieces of about `maxBatchTokens` tokens, so a
 * single long paragraph costs its length, not its square. A piece ends before a white-space token:
 * the sentence plugins join a word only with the symbols touching it, and each treats white space
 * and the end of the list alike, so the merged tokens are the same as in one run.
 */
function mergeTokens(
  parser: BodyParseEnglish,
  raw: SentenceContent[],
  from: number,
  to: number,
): SentenceContent[] {
  const merged: SentenceContent[] = []
  let start = from
  while (start < to) {
    let end = Math.min(to, start + maxBatchTokens)
    while (end < to && (raw[end] as SentenceContent).type !== 'WhiteSpaceNode') end++
    parser.pending = raw.slice(start, end)
    parser.pendingIsMerged = false
    for (const token of parser.tokenizeSentence('').children) merged.push(token)
    start = end
  }
  return merged
}

// Tokens made by parse-english always have positions with offsets.
function startOf(token: SentenceContent): number {
  return (token.position as Position).start.offset as number
}

function endOf(token: SentenceContent): number {
  return (token.position as Position).end.offset as number
}

/** Line and column of offsets asked for in increasing order, counting line endings as parse-english does. */
class LineCounter {
  private readonly text: string
  private cursor = 0
  private line = 1
  private lineStart = 0

  constructor(text: string) {
    this.text = text
  }

  pointAt(offset: number): { line: number; column: number } {
    for (; this.cursor < offset; this.cursor++) {
      const code = this.text.charCodeAt(this.cursor)
      if (code === 0x0a || (code === 0x0d && this.text.charCodeAt(this.cursor + 1) !== 0x0a)) {
        this.line++
        this.lineStart = this.cursor + 1
      }
    }
    return { line: this.line, column: offset - this.lineStart + 1 }
  }
}
