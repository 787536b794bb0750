import { type Article, checkOptions, toPoint } from '@copydesk/parse'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { resolveDocumentDate } from './dct/resolve.js'
import type { DocumentDateOptions } from './dct/types.js'
import { extractTimexes } from './extract-timexes.js'
import { dctCheck } from './input/dct-option.js'
import type { DocumentDate, Timex } from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** Temporal expressions found by `retextTimexes`, resolved against `documentDate`. */
    timexes: Timex[]
    /** The document creation time `retextTimexes` decided on; `undefined` when there is none. */
    documentDate: DocumentDate | undefined
  }
}

/**
 * Options for `retextTimexes`: how to decide the document date (`dct` takes anything
 * `readDate` reads, or a `DocumentDate`; `near`; `siblings`), as for `resolveDocumentDate`.
 */
export type RetextTimexesOptions = DocumentDateOptions

type Point = ReturnType<typeof toPoint>

const source = '@copydesk/dating'

/**
 * Unified plugin: decide the document date, then find and normalise the temporal expressions.
 * Reads `file.data.article` when `@copydesk/parse`'s plugin ran first, else the file's text.
 * Puts `file.data.documentDate` and `file.data.timexes` (offsets into the file's text), and
 * reports evidence that disagrees (`dct-conflict`), unreadable dates (`dct-unsupported`) and a
 * missing date (`dct-missing`, relative expressions then stay unresolved) as file messages.
 *
 * @example
 *   const file = await unified().use(retextEnglish).use(retextTimexes, {dct: '2016-11-07'})
 *     .use(retextStringify).process('Forces said Sunday they had begun.')
 *   file.data.timexes // [{text: 'Sunday', type: 'DATE', value: '2016-11-06', …}]
 */
const retextTimexes: Plugin<[RetextTimexesOptions?]> = (options) => {
  // Checked when the pipeline is built, so a typo fails before any file is processed.
  const checked = checkOptions<RetextTimexesOptions>('retextTimexes', options, optionChecks)
  return (_tree, file) => transform(checked, file)
}

const optionChecks = {
  dct: dctCheck,
  near: {
    expected: 'a year or a date',
    test: (value: unknown) => typeof value === 'number' || typeof value === 'string',
  },
  siblings: 'array',
  pageDate: {
    expected: "an object like `{value: '2016-11-07', key: 'JSON-LD datePublished'}`",
    test: (value: unknown) => typeof value === 'object' && value !== null,
  },
} as const

function transform(options: RetextTimexesOptions, file: VFile) {
  const article = (file.data as { article?: Article }).article
  const input = article ?? String(file)
  const text = typeof input === 'string' ? input : input.text
  const resolution = resolveDocumentDate(input, options)
  const placeOf = (start?: number, end?: number) =>
    start === undefined || end === undefined
      ? undefined
      : { start: toPoint(text, start), end: toPoint(text, end) }
  for (const warning of resolution.warnings) {
    report(file, warning.reason, warning.ruleId, placeOf(warning.start, warning.end))
  }
  const dct = resolution.documentDate
  if (dct === undefined) {
    report(file, `No document date: ${resolution.reason}`, 'dct-missing', undefined)
  }
  file.data.documentDate = resolution.documentDate
  file.data.timexes = extractTimexes(input, { dct })
}

function report(
  file: VFile,
  reason: string,
  ruleId: string,
  place: { start: Point; end: Point } | undefined,
) {
  file.message(reason, { ...(place ? { place } : {}), source, ruleId })
}

export default retextTimexes
