import type { Article } from '@copydesk/parse'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { resolveDocumentDate } from './dct/resolve.js'
import type { DocumentDateOptions } from './dct/types.js'
import { extractTimexes } from './extract-timexes.js'
import type { DocumentDate, Timex } from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** Temporal expressions found by `retextTimexes`, resolved against `documentDate`. */
    timexes: Timex[]
    /** The document creation time `retextTimexes` decided on; `undefined` when there is none. */
    documentDate: DocumentDate | undefined
  }
}

/** Options for `retextTimexes`: how to decide the document date. */
export type RetextTimexesOptions = DocumentDateOptions

type Point = NonNullable<ReturnType<ReturnType<typeof location>['toPoint']>>

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
const retextTimexes: Plugin<[RetextTimexesOptions?]> = (options) => (_tree, file) => {
  const article = (file.data as { article?: Article }).article
  const input = article ?? String(file)
  const text = typeof input === 'string' ? input : input.text
  const resolution = resolveDocumentDate(input, options ?? {})
  const place = location(text)
  const placeOf = (start?: number, end?: number) => {
    if (start === undefined || end === undefined) return undefined
    const from = place.toPoint(start)
    const to = place.toPoint(end)
    return from && to ? { start: from, end: to } : undefined
  }
  for (const warning of resolution.warnings) {
    report(file, warning.reason, warning.ruleId, placeOf(warning.start, warning.end))
  }
  const dct = resolution.documentDate?.value
  if (dct === undefined) {
    report(file, `No document date: ${resolution.reason}`, 'dct-missing', undefined)
  }
  file.data.documentDate = resolution.documentDate
  file.data.timexes = extractTimexes(input, dct === undefined ? {} : { dct })
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
