import type { Paragraph, Span } from '../../types.js'
import { unfinishedWords } from '../data/unfinished-words.js'
import { finalMark, isSpace } from '../text/characters.js'
import { isBlank, type Line, splitLines } from './lines.js'

/** Lines longer than this are not hard-wrapped prose: wrapping happens at 60–80 columns. */
const maxWrapWidth = 100
/** Below this width a block of lines is a list of short lines, not wrapped prose. */
const minWrapWidth = 45

/**
 * Group the lines of a text into paragraphs.
 *
 * Blank lines always separate paragraphs. Within a run of non-blank lines the
 * question is whether each line break is a hard wrap (Reuters style, ~70
 * columns) or a paragraph break (one paragraph per line, as many scrapers
 * write). A run is treated as wrapped only when its widest line is between 45
 * and 100 columns and at least half of its lines (the last aside) run to three
 * quarters of that width; inside it a line break starts a new paragraph when the next
 * line is indented more than the run's least-indented line, or when the next
 * line's first word would have fitted on the line (so the writer broke it on
 * purpose, and it ends with a mark or is well short of the width), or when
 * the next line opens a bulleted item — but never when the line ends without
 * a mark and the next one starts in lower case (a paragraph does not open in
 * lower case, and a line ending on a function word such as `the` is unfinished;
 * scrapers that drop a dateline leave such short first lines). When the run
 * marks its paragraphs by indenting their first lines (newswire: a minority of
 * lines indented, or every unindented line but the first continuing a full
 * line, as in wire earnings reports whose rows of figures are indented too),
 * only an indented line or a bulleted item opens a paragraph, however short
 * the lines. In any layout a line stopping on a comma or semicolon, or without
 * a mark before a line opening in lower case or with a figure that runs on as
 * prose (`1.52 trillion yen`, not `1985 12.4 mln` or `7. Stay at…`), is
 * continued by the next line.
 *
 * @example
 *   splitParagraphs('One line.\nAnother line.').length // => 2
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = splitLines(text)
  const paragraphs: Paragraph[] = []
  let runStart = 0
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index]
    if (line === undefined || isBlank(line)) {
      if (index > runStart) splitRun(text, lines, runStart, index, paragraphs)
      runStart = index + 1
    }
  }
  return paragraphs
}

function splitRun(text: string, lines: Line[], from: number, to: number, out: Paragraph[]): void {
  let width = 0
  let minIndent = Number.POSITIVE_INFINITY
  let indentVaries = false
  for (let index = from; index < to; index++) {
    const line = lines[index] as Line
    width = Math.max(width, line.contentEnd - line.start)
    if (minIndent !== Number.POSITIVE_INFINITY && line.indent !== minIndent) indentVaries = true
    minIndent = Math.min(minIndent, line.indent)
  }
  const proseWidth = to - from > 1 && width >= minWrapWidth && width <= maxWrapWidth
  // Newswire marks its paragraphs by indenting their first line: then every other line break is
  // a wrap, however short the lines around it (a first line whose dateline was cut, a short run).
  // Indented lines are a minority, unless the run also holds indented rows of figures (wire
  // earnings reports: `    Net 12,406,000 vs 10,311,000`), where what gives the layout away is
  // that each line at the least indentation after the first continues a line that ran full.
  const indentMarked =
    proseWidth &&
    indentVaries &&
    (fewIndented(lines, from, to, minIndent) || unindentedWrap(lines, from, to, minIndent, width))
  const wrapped = indentMarked || (proseWidth && mostLinesFull(lines, from, to, width))

  let paragraphStart = from
  for (let index = from + 1; index <= to; index++) {
    const next = lines[index]
    const previous = lines[index - 1] as Line
    if (
      index === to ||
      next === undefined ||
      (!wrapped
        ? !stopsMidSentence(text, previous, next)
        : indentMarked
          ? next.indent > minIndent || opensStructure(text, next)
          : startsParagraph(text, previous, next, width, indentVaries ? minIndent : -1))
    ) {
      const spans: Span[] = []
      for (let line = paragraphStart; line < index; line++) {
        const { contentStart, contentEnd } = lines[line] as Line
        spans.push({
          start: contentStart,
          end: contentEnd,
          text: text.slice(contentStart, contentEnd),
        })
      }
      const start = (lines[paragraphStart] as Line).contentStart
      out.push({
        start,
        end: previous.contentEnd,
        text: text.slice(start, previous.contentEnd),
        lines: spans,
      })
      paragraphStart = index
    }
  }
}

/** Indented lines open paragraphs, so they are at most half of the lines. */
function fewIndented(lines: Line[], from: number, to: number, minIndent: number): boolean {
  let indented = 0
  for (let index = from; index < to; index++) {
    if ((lines[index] as Line).indent > minIndent) indented++
  }
  return indented * 2 <= to - from
}

/**
 * Whether every line at the least indentation (the first aside) follows a line that ran to three
 * quarters of the width: those lines are wraps, and the indented ones open paragraphs.
 */
function unindentedWrap(
  lines: Line[],
  from: number,
  to: number,
  minIndent: number,
  width: number,
): boolean {
  let wraps = 0
  for (let index = from + 1; index < to; index++) {
    const line = lines[index] as Line
    if (line.indent !== minIndent) continue
    const previous = lines[index - 1] as Line
    if (previous.contentEnd - previous.start < width * 0.75) return false
    wraps++
  }
  return wraps > 0
}

/** In wrapped prose most lines run nearly to the width; in one-line-per-paragraph text few do. */
function mostLinesFull(lines: Line[], from: number, to: number, width: number): boolean {
  let full = 0
  for (let index = from; index < to - 1; index++) {
    const line = lines[index] as Line
    if (line.contentEnd - line.start >= width * 0.75) full++
  }
  return full * 2 >= to - 1 - from
}

function startsParagraph(
  text: string,
  previous: Line,
  next: Line,
  width: number,
  minIndent: number,
): boolean {
  if (minIndent >= 0 && next.indent > minIndent) return true
  if (stopsMidSentence(text, previous, next)) return false
  const mark = finalMark(
    text.slice(Math.max(previous.contentStart, previous.contentEnd - 4), previous.contentEnd),
  )
  // A paragraph does not open in lower case, nor end on a function word: an unfinished line continues.
  if (mark === '' && (isLowerStart(text, next) || endsWithFunctionWord(text, previous)))
    return false
  if (opensStructure(text, next)) return true
  const nextWord = firstWordLength(text, next)
  const previousWidth = previous.contentEnd - previous.start
  // The next word would have fitted: the break was deliberate. Lines that end mid-sentence
  // without a mark are still wrapped unless they are well short of the width.
  return previousWidth + 1 + nextWord <= width && (mark !== '' || previousWidth < width * 0.6)
}

const wordEnd = /[\p{L}\p{N}\u2013\u2014-]/u
/**
 * A line that opens with a figure and runs on as prose: the figure (`62`, `1.52`, `1980s`,
 * `12:30`) is followed by a lower-case word, a bracket, a comma or semicolon, or ends the line. Rows of
 * figures (`1985 12.4 mln`), numbered items (`7. Stay at…`) and headings that open with a number
 * (`2023 Nissan Pathfinder`, `700-Horsepower Under The Hood`) do not.
 */
const figureRunningOn =
  /^\p{N}(?:[\p{N}.,:/%]*\p{N})?(?:%|s|st|nd|rd|th)?(?:[.,;]?$|[,;]\s|\s+[\p{Ll}(])/u

/**
 * Whether a line stops mid-sentence, so that the next line continues it whatever the layout: it
 * ends on a comma or semicolon, or on a letter, digit or dash (no closing punctuation) before a
 * line that opens in lower case or with a figure running on as prose; the next line is not
 * indented and opens no list item. (A scraper's one-line-per-paragraph text keeps such
 * hard-wrapped lines joined.)
 */
function stopsMidSentence(text: string, previous: Line, next: Line): boolean {
  if (next.indent > 0 || opensStructure(text, next)) return false
  const last = text.charAt(previous.contentEnd - 1)
  if (last === ',' || last === ';') return true
  if (!wordEnd.test(last)) return false
  if (isLowerStart(text, next)) return true
  return figureRunningOn.test(
    text.slice(next.contentStart, Math.min(next.contentEnd, next.contentStart + 40)),
  )
}

function endsWithFunctionWord(text: string, line: Line): boolean {
  let start = line.contentEnd
  while (start > line.contentStart && !isSpace(text.charCodeAt(start - 1))) start--
  return unfinishedWords.has(text.slice(start, line.contentEnd).toLowerCase())
}

function isLowerStart(text: string, line: Line): boolean {
  const char = text.charAt(line.contentStart)
  return char !== char.toUpperCase()
}

function firstWordLength(text: string, line: Line): number {
  let index = line.contentStart
  while (index < line.contentEnd && !isSpace(text.charCodeAt(index))) index++
  return index - line.contentStart
}

function opensStructure(text: string, line: Line): boolean {
  const head = text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + 4))
  return head.startsWith('• ') || head.startsWith('* ') || head.startsWith('· ')
}
