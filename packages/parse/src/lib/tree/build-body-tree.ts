import type { Paragraph, Root, SentenceContent } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import type { Point } from 'unist'
import type { Span } from '../../types.js'

/** nlcst plugin lists a unified processor may add (`nlcstSentenceExtensions`, …). */
export interface TreeExtensions {
  sentence?: Array<(node: never) => void>
  paragraph?: Array<(node: never) => void>
  root?: Array<(node: never) => void>
}

/**
 * parse-english, with positions shifted so that a paragraph parsed on its own
 * reports points into the whole original text. Points are shifted once, as
 * tokens are made, before the sentence and paragraph plugins copy them up.
 */
class ShiftedParseEnglish extends ParseEnglish {
  offset = 0
  line = 1
  column = 1

  override tokenize(value: string | null | undefined): SentenceContent[] {
    const nodes = super.tokenize(value)
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
 * (line, column, offset) index the original text. Only the body is parsed.
 *
 * @example
 *   buildBodyTree('Hi.\nOne. Two.', [{start: 4, end: 13, text: 'One. Two.'}]).children[0].position.start
 *   // => {line: 2, column: 1, offset: 4}
 */
export function buildBodyTree(text: string, body: Span[], extensions: TreeExtensions = {}): Root {
  const parser = new ShiftedParseEnglish()
  if (extensions.sentence)
    parser.tokenizeSentencePlugins.unshift(...(extensions.sentence as never[]))
  if (extensions.paragraph)
    parser.tokenizeParagraphPlugins.unshift(...(extensions.paragraph as never[]))
  const children: Paragraph[] = []
  let cursor = 0
  let line = 1
  let lineStart = 0
  for (const span of body) {
    // Advance the line count to the span's start, once over the whole text.
    for (; cursor < span.start; cursor++) {
      const code = text.charCodeAt(cursor)
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(cursor + 1) !== 0x0a)) {
        line++
        lineStart = cursor + 1
      }
    }
    parser.offset = span.start
    parser.line = line
    parser.column = span.start - lineStart + 1
    children.push(parser.tokenizeParagraph(span.text))
  }
  const root: Root = { type: 'RootNode', children }
  const first = children[0]
  const last = children[children.length - 1]
  if (first?.position && last?.position) {
    root.position = { start: { ...first.position.start }, end: { ...last.position.end } }
  }
  for (const plugin of extensions.root ?? []) (plugin as (node: Root) => void)(root)
  return root
}
