/** A paragraph of the source: `[start, end)` with surrounding white space trimmed. */
export interface ParagraphRange {
  start: number
  end: number
}

const whiteSpace = /\s/
const lineBreaks = /\r\n?|\n|\u2029/g

/**
 * Split plain text into paragraphs at line breaks (blank lines included), trimming each one.
 *
 * @example
 *   splitParagraphs('One.\n\nTwo.') // [{start: 0, end: 4}, {start: 6, end: 10}]
 */
export function splitParagraphs(text: string, from = 0, to = text.length): ParagraphRange[] {
  const paragraphs: ParagraphRange[] = []
  let lineStart = from
  lineBreaks.lastIndex = from
  for (
    let match = lineBreaks.exec(text);
    match && match.index < to;
    match = lineBreaks.exec(text)
  ) {
    pushTrimmed(text, lineStart, match.index, paragraphs)
    lineStart = match.index + match[0].length
  }
  pushTrimmed(text, lineStart, to, paragraphs)
  return paragraphs
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
