import type { Report, ReportDocument } from '../report/types.js'
import type { CorpusOverview } from './overview.js'

/** What the HTML page is built from: the report without its documents, plus those rendered. */
export interface HtmlModel {
  report: Omit<Report, 'documents'>
  /** The documents rendered as articles (all of them on a small corpus; the largest stories' otherwise). */
  documents: ReportDocument[]
  /** How many documents the report holds in all. */
  totalDocuments: number
  /** The whole corpus at a glance (counted over every document, not only those rendered). */
  overview?: CorpusOverview
  /** Caps applied to long lists. */
  limits: HtmlLimits
}

export interface HtmlLimits {
  documents: number
  timelineEvents: number
  speakers: number
  pairs: number
}

/** The HTML anchor of a document (ids can hold any character, anchors should not). */
export function documentAnchors(documents: ReportDocument[]): Map<string, string> {
  return new Map(documents.map((document, index) => [document.id, `doc-${index + 1}`]))
}

/** A short title for a document: its headline, the input's title, or the start of its first block. */
export function documentTitle(document: ReportDocument): string {
  const headline = document.article.headline?.text ?? document.title
  if (headline) return headline.trim()
  const first =
    document.article.blocks.find((block) => block.role === 'body') ?? document.article.blocks[0]
  if (!first) return document.id
  const text = first.text.trim()
  return text.length > 90 ? `${text.slice(0, 90).replace(/\s+\S*$/, '')} …` : text
}
