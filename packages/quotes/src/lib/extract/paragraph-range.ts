/** A paragraph (or the body part of one) the extractor reads: `[start, end)` of the source, trimmed. */
export interface ParagraphRange {
  start: number
  end: number
}
