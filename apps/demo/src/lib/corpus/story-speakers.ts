import type { SpeakerCompletion } from '@copydesk/quotes'
import type { ReportDocument } from '../report/types.js'

/**
 * A report document with its speakers named as its story names them: the `completions` that
 * `completeSpeakerNames` of `@copydesk/quotes` applied to the document ("Dunford" → "Joseph
 * Dunford"), each quote's mention keeping the document's own word. A role comes along when the
 * quote has none.
 *
 * @example
 *   withStoryNames(document, [{from: 'Dunford', name: 'Joseph Dunford', role: 'Chairman …'}])
 */
export function withStoryNames(
  document: ReportDocument,
  completions: readonly SpeakerCompletion[] | undefined,
): ReportDocument {
  if (!completions || completions.length === 0) return document
  const byName = new Map(completions.map((completion) => [completion.from, completion]))
  return {
    ...document,
    quotes: document.quotes.map((quote) => {
      const name = quote.speaker?.name
      const completion = name === undefined ? undefined : byName.get(name)
      if (!completion || !quote.speaker) return quote
      return {
        ...quote,
        speaker: {
          ...quote.speaker,
          name: completion.name,
          ...(quote.speaker.role || !completion.role ? {} : { role: completion.role }),
        },
      }
    }),
  }
}
