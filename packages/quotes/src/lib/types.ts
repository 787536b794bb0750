import type { Span, Warning } from '@copydesk/parse'

/** A stretch of the source text: `text === source.slice(start, end)` (the one Span of `@copydesk/parse`). */
export type { Span }

/**
 * `direct`: fully inside quote marks; `partial`: a quoted fragment inside reported speech;
 * `mixed`: quoted and unquoted material in one attributed statement; `indirect`: reported speech.
 */
export type QuoteKind = 'direct' | 'partial' | 'mixed' | 'indirect'

/** Quoted text that is not speech: a scare quote or a name/title ("Euphrates Rage"). */
export type NonQuoteKind = 'scare' | 'title'

/** The reporting cue: `said`, `told`, `according to`… with its lemma. */
export interface Cue extends Span {
  lemma: string
}

/** Who the speaker is, once resolved within the document. */
export interface SpeakerEntity {
  /** Canonical name: the full person name ("Joseph Dunford") or organisation ("the Turkish army"). */
  name: string
  kind: 'person' | 'organisation' | 'unknown'
  /** Title or role when the text gives one ("Chairman of the US Joint Chiefs of Staff"). */
  role?: string
  /** Honorific or rank written before the name ("Gen.", "Brig. Gen.", "Mr."). */
  title?: string
}

/** One attributed quote. All offsets index the source text. */
export interface Quote {
  kind: QuoteKind
  /**
   * Content span(s): more than one when the quote is interrupted ("…," he said, "…") or runs on
   * into the next paragraph. Quoted spans keep their quotation marks (as the GGT and PolNeAR
   * annotations do); a reported clause starts after "that" and stops before the final full stop.
   */
  content: Span[]
  /** The whole quote as one string (content spans joined with a space). */
  text: string
  cue?: Cue
  /** The speaker as mentioned at this quote ("he", "Dunford", "the general"). */
  mention?: Span
  speaker?: SpeakerEntity
  /** The outlet the quote was relayed through: "…, according to DoD News". */
  via?: Span
}

/** A quoted stretch classified as not speech. */
export interface NonQuote extends Span {
  kind: NonQuoteKind
}

/** One place a merged quote occurs. */
export interface QuoteOccurrence {
  document: string
  quote: Quote
}

/** The same quote across documents, with the speaker's names reconciled. */
export interface MergedQuote {
  /** The longest form of the quote's text. */
  text: string
  speaker?: SpeakerEntity
  /** Every name the documents use for the speaker. */
  speakerNames: string[]
  /** Other speakers some documents give for the same words (another person, an outlet). */
  otherSpeakers?: SpeakerEntity[]
  /**
   * The words recur in many unrelated groups of documents (an issuer's filing notice): not a quote
   * to merge, and usually not a quote at all. Such an entry has one occurrence.
   */
  boilerplate?: true
  occurrences: QuoteOccurrence[]
}

/**
 * A problem met while reading quotes (an unbalanced mark): a {@link Warning} of
 * `@copydesk/parse`, always with the offsets of the culprit.
 */
export interface QuoteProblem extends Warning {
  ruleId: 'unclosed-quote' | 'unmatched-closing-quote'
  start: number
  end: number
}

/** Everything `analyseQuotes` finds in one text. */
export interface QuoteAnalysis {
  /** Attributed and floating quotes, in text order, speakers resolved. */
  quotes: Quote[]
  /** Quoted stretches that are not speech: names, titles, scare quotes. */
  nonQuotes: NonQuote[]
  /** Unbalanced quotation marks, each recovered within its paragraph. */
  problems: QuoteProblem[]
}
