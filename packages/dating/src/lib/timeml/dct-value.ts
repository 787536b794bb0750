import { tryReadDate } from '../input/read-date.js'
import type { TimexType } from '../types.js'

/**
 * Turn a document creation time into a TIMEX3 value and type. A calendar date stays as it is
 * (`DATE`); a date-time keeps its wall-clock hour and minute and drops seconds and the UTC
 * offset, which TIMEX3 values cannot hold (`2016-11-06T07:53:00-05:00` → `2016-11-06T07:53`,
 * `TIME`). Reads what `readDate` reads (a compact `19980108` is a date); returns `undefined` for anything
 * else, impossible dates (`2016-02-30`) included.
 *
 * @example
 *   dctToTimex3('2016-11-07') // {value: '2016-11-07', type: 'DATE'}
 */
export function dctToTimex3(dct: string): { value: string; type: TimexType } | undefined {
  const read = tryReadDate(dct)
  if (read === undefined) return undefined
  if (read.length === 10) return { value: read, type: 'DATE' }
  return { value: read.slice(0, 16), type: 'TIME' }
}
