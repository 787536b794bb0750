import { isValidDay } from '@copydesk/lexicon'

/** A metadata date line found at the start of a paragraph. */
export interface MetadataDateMatch {
  /** Length of the `date 2016-11-07` part. */
  length: number
  value: string
  valid: boolean
}

const metadataDatePattern = /^date:?[ \t\u00a0]{1,4}(\d{4})-(\d{2})-(\d{2})(?![\d-])/i

/**
 * Read a scraper's metadata date line (`date 2016-11-07`, `Date: 2016-11-07`)
 * at the start of a paragraph; the article may continue on the same line.
 *
 * @example
 *   readMetadataDate('date 2016-11-07 (CNN) American…')?.value // => '2016-11-07'
 */
export function readMetadataDate(head: string): MetadataDateMatch | undefined {
  const match = metadataDatePattern.exec(head.slice(0, 40))
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return {
    length: match[0].length,
    value: `${match[1]}-${match[2]}-${match[3]}`,
    valid: isValidDay(year, month, day),
  }
}
