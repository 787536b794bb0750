/** A paragraph of the source: `[start, end)` with surrounding white space trimmed. */
export interface ParagraphRange {
  start: number
  end: number
}

const whiteSpace = /\s/
const lineBreaks = /\r\n?|\n|\u2029/g

/**
 * Split plain text into paragraphs at line breaks (blank lines included), trimming each one.
 * A break inside a hard-wrapped paragraph is not a paragraph end: when the line before stops
 * mid-sentence (a comma, or no closing punctuation before a lower-case continuation) and the next
 * line is not indented, the two lines stay one paragraph. In newswire text whose paragraphs open
 * with an indented line, every line that is not indented continues its paragraph.
 *
 * @example
 *   splitParagraphs('One.\n\nTwo.') // [{start: 0, end: 4}, {start: 6, end: 10}]
 *   splitParagraphs('The minister said the\nplan was ready.') // one paragraph
 */
export function splitParagraphs(text: string, from = 0, to = text.length): ParagraphRange[] {
  const paragraphs: ParagraphRange[] = []
  const indented = usesIndentedParagraphs(text, from, to)
  let paragraphStart = from
  let lineStart = from
  lineBreaks.lastIndex = from
  for (
    let match = lineBreaks.exec(text);
    match && match.index < to;
    match = lineBreaks.exec(text)
  ) {
    const next = match.index + match[0].length
    const runsOn = indented
      ? next < to && !/\s/.test(text[next] as string)
      : continuesLine(text, lineStart, match.index, next, to)
    if (!runsOn) {
      pushTrimmed(text, paragraphStart, match.index, paragraphs)
      paragraphStart = next
    }
    lineStart = next
  }
  pushTrimmed(text, paragraphStart, to, paragraphs)
  return paragraphs
}

const indentedLine = /\n[ \t]{2,}\S/g

/**
 * Newswire style: paragraphs open with an indented line and the lines between are hard-wrapped.
 * Then only an indented or blank line starts a paragraph.
 */
function usesIndentedParagraphs(text: string, from: number, to: number): boolean {
  indentedLine.lastIndex = from
  let count = 0
  for (
    let match = indentedLine.exec(text);
    match && match.index < to;
    match = indentedLine.exec(text)
  ) {
    if (++count >= 2) return true
  }
  return false
}

const wrappedEnd = /[\p{L}\p{N},;\u2013\u2014-]/u
const continuation = /[\p{Ll}\p{N}]/u

/** Whether the line `[lineStart, lineEnd)` runs on into the line starting at `next`. */
function continuesLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  next: number,
  to: number,
): boolean {
  if (next >= to) return false
  const first = text[next] as string
  if (/\s/.test(first)) return false
  let last = lineEnd - 1
  while (last > lineStart && /[ \t]/.test(text[last] as string)) last--
  if (last <= lineStart) return false
  const end = text[last] as string
  if (!wrappedEnd.test(end)) return false
  if (end === ',' || end === ';' || continuation.test(first)) return true
  // A long line stopping on a lower-case word is wrapped too ("…since early\nJanuary and…").
  return lineEnd - lineStart >= 55 && /\p{Ll}/u.test(end) && /\p{Lu}/u.test(first)
}

/** Add `[start, end)` trimmed of white space when anything is left. */
export function pushTrimmed(
  text: string,
  start: number,
  end: number,
  into: ParagraphRange[],
): void {
  let first = start
  let last = end
  while (first < last && whiteSpace.test(text[first] as string)) first++
  while (last > first && whiteSpace.test(text[last - 1] as string)) last--
  if (last > first) into.push({ start: first, end: last })
}
