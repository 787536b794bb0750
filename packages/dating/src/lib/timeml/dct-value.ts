import type { TimexType } from '../types.js'

const isoDateTime =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const compactDate = /^(\d{4})(\d{2})(\d{2})$/

/**
 * Turn a document creation time into a TIMEX3 value and type. A calendar date stays as it is
 * (`DATE`); a date-time keeps its wall-clock hour and minute and drops seconds and the UTC
 * offset, which TIMEX3 values cannot hold (`2016-11-06T07:53:00-05:00` → `2016-11-06T07:53`,
 * `TIME`). A compact `19980108` is read as a date. Returns `undefined` for anything else.
 *
 * @example
 *   dctToTimex3('2016-11-07') // {value: '2016-11-07', type: 'DATE'}
 */
export function dctToTimex3(dct: string): { value: string; type: TimexType } | undefined {
  const compact = compactDate.exec(dct)
  if (compact) return { value: `${compact[1]}-${compact[2]}-${compact[3]}`, type: 'DATE' }
  const match = isoDateTime.exec(dct)
  if (!match) return undefined
  if (match[2]) return { value: `${match[1]}T${match[2]}`, type: 'TIME' }
  return { value: match[1]!, type: 'DATE' }
}
