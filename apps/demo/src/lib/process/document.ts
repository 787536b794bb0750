import {
  type DocumentDateSibling,
  extractTimexes,
  readDate,
  resolveDocumentDate,
} from '@copydesk/dating'
import { createMinHash } from '@copydesk/dedupe'
import { articleBody, exactKey } from '@copydesk/dedupe/text'
import { documentDateOptions, extractArticle } from '@copydesk/html'
import { type Article, parseArticle } from '@copydesk/parse'
import { digestQuote, extractQuotes, type QuoteDigest } from '@copydesk/quotes'
import type { ReportDocument, ReportDocumentDate, ReportTimex } from '../report/types.js'
import { reportArticle, reportDate, reportQuote, reportTimex } from './convert.js'

/** A document to analyse (what the reader produced). */
export interface AnalyseInput {
  id: string
  /** The text, or with `format: 'html'` the page's HTML. */
  text: string
  format?: 'html'
  url?: string
  /** What the reader noticed, reported as warnings. */
  notes?: string[]
  date?: string
  title?: string
  bytes: number
}

/** Everything the main thread needs from one document. */
export interface AnalyseOutput {
  record: ReportDocument
  /** MinHash signature values of the body (residue left out); absent when the body has no words. */
  signature?: Uint32Array
  /** The body's distinct shingle hashes (word 5-grams), for finding shared passages. */
  shingles?: Uint32Array
  /** The MinHash parameter id the signature was made with. */
  parameters?: string
  /** Normalised-text key: equal keys are exact duplicates. */
  exactKey?: string
  /** What the cross-document merge needs of each quote. */
  quotes: QuoteDigest[]
}

/** A document with no date of its own, to date again from related documents. */
export interface RedateInput {
  document: AnalyseInput
  siblings: DocumentDateSibling[]
}

export interface RedateOutput {
  dct: ReportDocumentDate
  timexes: ReportTimex[]
  warnings: string[]
}

/** A pair of documents whose shared passages are wanted. */
export interface AlignInput {
  a: Pick<AnalyseInput, 'id' | 'text' | 'format' | 'url'>
  b: Pick<AnalyseInput, 'id' | 'text' | 'format' | 'url'>
}

/** What the page itself says of its date, for `resolveDocumentDate`. */
type PageDateOptions = ReturnType<typeof documentDateOptions>

/**
 * The Article of an input: a text parsed by `@copydesk/parse`, a web page's main text extracted
 * by `@copydesk/html` (whose metadata then dates it: `found`, with the source named).
 *
 * @example
 *   articleOf({id: 'p', text: '<html>…', format: 'html', bytes: 900}).article.text // the page's text
 */
export function articleOf(input: Pick<AnalyseInput, 'text' | 'format' | 'url'>): {
  article: Article
  pageDate: PageDateOptions
  warnings: string[]
} {
  if (input.format !== 'html') {
    return { article: parseArticle(input.text, { tree: false }), pageDate: {}, warnings: [] }
  }
  const page = extractArticle(input.text, { tree: false, ...(input.url ? { url: input.url } : {}) })
  return {
    article: page,
    pageDate: documentDateOptions(page.metadata),
    warnings: (page.metadata.warnings ?? []).map((warning) => `Page metadata: ${warning.reason}`),
  }
}

const minhash = createMinHash()

/**
 * The per-document work of the pipeline (run in a worker thread): parse, decide the document date,
 * find and resolve temporal expressions, extract quotes, sign the body for dedupe.
 *
 * @example
 *   const {record} = analyseDocument({id: '000', text, bytes: text.length})
 *   record.dct // {value: '2016-11-07', source: 'found', reason: '…'}
 */
export function analyseDocument(input: AnalyseInput): AnalyseOutput {
  const { article, pageDate, warnings: pageWarnings } = articleOf(input)
  const warnings: string[] = [...(input.notes ?? []), ...pageWarnings]
  const dated = dateDocument(article, input, [], warnings, pageDate)
  const timexes = extractTimexes(article, dated.value === undefined ? {} : { dct: dated.value })
  const quotes = extractQuotes(article)
  const body = articleBody(article)
  const output: AnalyseOutput = {
    record: {
      id: input.id,
      bytes: input.bytes,
      ...(input.title ? { title: input.title } : {}),
      ...(input.format ? { format: input.format } : {}),
      ...(input.url ? { url: input.url } : {}),
      article: reportArticle(article),
      dct: dated,
      timexes: timexes.map((timex) => reportTimex(timex, article.text, article)),
      quotes: quotes.map(reportQuote),
      warnings,
    },
    quotes: quotes.map(digestQuote),
  }
  if (/[\p{L}\p{N}]/u.test(body)) {
    try {
      const shingles = minhash.shingles(body)
      const signature = minhash.signatureOfShingles(shingles)
      // Own copies, so both buffers can be transferred to the main thread.
      output.shingles = shingles.slice()
      output.signature = signature.values.slice()
      output.parameters = signature.parameters
      output.exactKey = exactKey(body)
    } catch (error) {
      warnings.push(`Not compared for duplicates: ${(error as Error).message}`)
    }
  } else {
    warnings.push('Not compared for duplicates: the article has no body text')
  }
  return output
}

/**
 * Dates a document again from its related documents (duplicates and story siblings), then resolves
 * its temporal expressions against that date.
 *
 * @example
 *   redateDocument({document, siblings: [{id: '000', dct: '2016-11-07', relation: 'duplicate'}]})
 */
export function redateDocument(input: RedateInput): RedateOutput {
  const { article, pageDate } = articleOf(input.document)
  const warnings: string[] = []
  const dct = dateDocument(article, input.document, input.siblings, warnings, pageDate)
  const timexes = extractTimexes(article, dct.value === undefined ? {} : { dct: dct.value })
  return {
    dct,
    timexes: timexes.map((timex) => reportTimex(timex, article.text, article)),
    warnings,
  }
}

function dateDocument(
  article: Article,
  input: AnalyseInput,
  siblings: DocumentDateSibling[],
  warnings: string[],
  pageDate: PageDateOptions,
): ReportDocumentDate {
  let given: string | undefined
  if (input.date !== undefined) {
    try {
      given = readDate(withoutResidue(input.date), 'date')
    } catch (error) {
      warnings.push(`Date ignored: ${(error as Error).message}`)
    }
  }
  const resolution = resolveDocumentDate(article, {
    ...pageDate,
    ...(given ? { dct: given } : {}),
    ...(siblings.length > 0 ? { siblings } : {}),
  })
  for (const warning of resolution.warnings) warnings.push(warning.reason)
  const from = resolution.documentDate?.candidates
    .map((candidate) => /^sibling:[^:]+:(.+)$/.exec(candidate.evidence)?.[1])
    .filter(
      (id): id is string =>
        id !== undefined && resolution.documentDate?.reason.includes(id) === true,
    )
  return reportDate(resolution.documentDate, resolution.reason, from)
}

/**
 * The date a corpus gives, without the residue some corpora leave after it: Reuters-21578's
 * `DATE` field sometimes ends in control-character references and a desk code
 * (`27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM`), which are not part of the date.
 */
function withoutResidue(date: string): string {
  return date.replace(/&#\d+;[\s\S]*$/, '')
}
