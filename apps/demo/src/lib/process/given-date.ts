import { formatDay, isValidDay, monthNumbers } from '@copydesk/lexicon'

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/
const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/
const slashDate = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/
// Reuters-21578: `26-FEB-1987 15:01:01.79`, sometimes with residue after the time.
const dayMonthYear =
  /^(\d{1,2})[- ]([A-Za-z]{3})[A-Za-z]*[- ,]+(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:$|[^\dA-Za-z])/
// `November 7, 2016` / `Nov 7 2016`.
const monthDayYear = /^([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}),? (\d{4})$/

/**
 * Reads the date a corpus gives for a document (the JSONL `date` field) as an ISO 8601 value, or
 * says why it cannot: `2016-11-07`, `2016-11-07T10:00:00Z`, `2016/11/07`, `26-FEB-1987 15:01:01.79`
 * and `November 7, 2016` are understood; ranges such as `2004/2005` are not dates.
 *
 * @example
 *   normaliseGivenDate('26-FEB-1987 15:01:01.79') // => {ok: true, value: '1987-02-26'}
 */
export function normaliseGivenDate(
  raw: string,
): { ok: true; value: string } | { ok: false; reason: string } {
  const text = raw.trim()
  let match = isoDate.exec(text)
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]), raw)
  match = isoDateTime.exec(text)
  if (match) {
    const day = checked(Number(match[1]), Number(match[2]), Number(match[3]), raw)
    if (!day.ok) return day
    const zone = match[7] === undefined ? '' : normaliseZone(match[7])
    return { ok: true, value: `${day.value}T${match[4]}:${match[5]}:${match[6] ?? '00'}${zone}` }
  }
  match = slashDate.exec(text)
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]), raw)
  match = dayMonthYear.exec(text)
  if (match) {
    const month = monthNumbers.get(match[2]!.toLowerCase())
    if (month) return checked(Number(match[3]), month, Number(match[1]), raw)
  }
  match = monthDayYear.exec(text)
  if (match) {
    const month = monthNumbers.get(match[1]!.toLowerCase())
    if (month) return checked(Number(match[3]), month, Number(match[2]), raw)
  }
  return {
    ok: false,
    reason: `the given date \`${raw}\` is not a calendar date (expected e.g. 2016-11-07 or 26-FEB-1987)`,
  }
}

function checked(
  year: number,
  month: number,
  day: number,
  raw: string,
): { ok: true; value: string } | { ok: false; reason: string } {
  if (!isValidDay(year, month, day)) {
    return { ok: false, reason: `the given date \`${raw}\` does not exist in the calendar` }
  }
  return { ok: true, value: formatDay({ year, month, day }) }
}

function normaliseZone(zone: string): string {
  if (zone === 'Z') return 'Z'
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
}
