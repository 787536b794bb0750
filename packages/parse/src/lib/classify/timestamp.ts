import type { Timestamp } from '../../types.js'
import { normaliseSpaces } from '../text/characters.js'
import { type DateTimeReading, readDateTime } from '../time/read-date-time.js'

/** A timestamp line: its kind and the date-time it gives. */
export interface TimestampMatch {
  kind: Timestamp['kind']
  reading: DateTimeReading
}

const fourDigits = /\d{4}/

/** Labels that open a timestamp line, longest first, with the kind they mean. */
const labels: ReadonlyArray<[string, Timestamp['kind']]> = [
  ['last updated', 'updated'],
  ['last modified', 'updated'],
  ['first published', 'published'],
  ['updated', 'updated'],
  ['modified', 'updated'],
  ['published', 'published'],
  ['posted', 'published'],
]

/**
 * Read a paragraph that is a publication or update time:
 * `Updated 7:53 AM ET, Sun November 6, 2016`, `Published 6 November 2016`,
 * or a bare date-time line (kind `unlabelled`).
 *
 * @example
 *   readTimestamp('Updated 7:53 AM ET, Sun November 6, 2016')?.reading.value
 *   // => '2016-11-06T07:53:00-05:00'
 */
export function readTimestamp(paragraph: string): TimestampMatch | undefined {
  // Every reading needs a four-digit year: screen for one before tokenising.
  if (paragraph.length > 120 || !fourDigits.test(paragraph)) return undefined
  const value = normaliseSpaces(paragraph)
  const lower = value.toLowerCase()
  for (const [label, kind] of labels) {
    if (lower.startsWith(label)) {
      const following = lower.charAt(label.length)
      if (following !== ' ' && following !== ':') continue
      const reading = readDateTime(value.slice(label.length).replace(/^:/, ''))
      return reading ? { kind, reading } : undefined
    }
  }
  const reading = readDateTime(value)
  return reading ? { kind: 'unlabelled', reading } : undefined
}
