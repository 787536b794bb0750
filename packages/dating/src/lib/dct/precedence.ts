/**
 * Which dated evidence wins when several disagree, most trusted first. The caller knows where
 * the document came from (a CMS, a crawl log); a date the page's markup states about itself
 * (`pageDate`: JSON-LD `datePublished`, `article:published_time`, a `<time>`) is the publisher's
 * record as structured data; the metadata date line is the publisher's
 * structured record of the article's date; the published timestamp is the creation time
 * proper; an updated timestamp postdates creation; an unlabelled one could be either.
 */
export const DOCUMENT_DATE_PRECEDENCE = [
  'caller',
  'page-metadata',
  'metadata-date',
  'timestamp:published',
  'timestamp:updated',
  'timestamp:unlabelled',
] as const

/** One of `DOCUMENT_DATE_PRECEDENCE`. */
export type DocumentDateEvidenceKind = (typeof DOCUMENT_DATE_PRECEDENCE)[number]

/** How each kind of evidence is named in reasons and warnings. */
export const EVIDENCE_LABELS: Record<DocumentDateEvidenceKind, string> = {
  caller: 'the date given by the caller',
  'page-metadata': "the page's metadata",
  'metadata-date': 'the metadata date line',
  'timestamp:published': 'the published timestamp',
  'timestamp:updated': 'the updated timestamp',
  'timestamp:unlabelled': 'the unlabelled timestamp',
}

/** The precedence as a sentence fragment: `caller > page metadata > metadata date > published > …`. */
export const PRECEDENCE_SUMMARY =
  'caller > page metadata > metadata date > published > updated > unlabelled timestamp'
