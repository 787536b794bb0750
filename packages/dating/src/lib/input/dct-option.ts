import type { DocumentDate } from '../types.js'
import { readNamedDate } from './read-date.js'

/** What every `dct` option takes: what `readDate` reads, or the `DocumentDate` `resolveDocumentDate` decided. */
export type DctInput = string | Date | DocumentDate

/**
 * Read a `dct` option of `caller` into ISO 8601, or `undefined` when it is absent. A
 * `DocumentDate` gives its value; a `DocumentDateResolution` is refused with a hint to pass
 * its `documentDate`.
 *
 * @throws {RangeError} for text that is not a real calendar date; {TypeError} for anything else.
 */
export function readDctOption(value: unknown, caller: string, name = 'dct'): string | undefined {
  if (value === undefined) return undefined
  const what = `\`${name}\` for \`${caller}\``
  if (isDocumentDate(value)) return readNamedDate(value.value, what)
  if (typeof value === 'object' && value !== null && 'documentDate' in value) {
    throw new TypeError(
      `Cannot read ${what}: it is a \`DocumentDateResolution\`; pass its \`documentDate\` (a \`DocumentDate\`) or a date such as \`2016-11-07\``,
    )
  }
  return readNamedDate(value, what)
}

/** Whether a value is a `DocumentDate` (as `findDocumentDate` returns). */
export function isDocumentDate(value: unknown): value is DocumentDate {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as DocumentDate).value === 'string' &&
    typeof (value as DocumentDate).source === 'string' &&
    Array.isArray((value as DocumentDate).candidates)
  )
}

/** The option check for `checkOptions`. */
export const dctCheck = {
  expected: 'a date (`2016-11-07`, `November 7, 2016`, a `Date`) or a `DocumentDate`',
  test: (value: unknown) =>
    typeof value === 'string' ||
    value instanceof Date ||
    (typeof value === 'object' && value !== null),
}
