import * as chrono from 'chrono-node'
import type { Timex } from '../src/lib/types.js'

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/**
 * The peer system for `eval`: chrono-node's casual English parser, its results mapped to TIMEX3
 * as fairly as its output allows. The value is built from the components chrono is certain of
 * (`2016-11-06`, `2016-11`, `2016`, `2016-11-06T15:00`), with the rest implied from the
 * reference date, which is the DCT at noon. chrono has no durations or sets, so every result is
 * a DATE, or a TIME when it is certain of the hour.
 */
export function chronoTimexes(text: string, options: { dct?: string }): Timex[] {
  const reference = options.dct ? new Date(`${options.dct.slice(0, 10)}T12:00:00Z`) : new Date(0)
  const timexes: Timex[] = []
  for (const result of chrono.parse(text, { instant: reference, timezone: 0 })) {
    const start = result.index
    const end = start + result.text.length
    if (text.slice(start, end) !== result.text) continue
    const component = result.start
    const year = component.get('year') ?? reference.getUTCFullYear()
    const month = component.get('month') ?? 1
    const day = component.get('day') ?? 1
    const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
    let value: string
    let type: Timex['type'] = 'DATE'
    if (component.isCertain('hour')) {
      type = 'TIME'
      value = `${date}T${pad(component.get('hour') ?? 0)}:${pad(component.get('minute') ?? 0)}`
    } else if (component.isCertain('day') || component.isCertain('weekday')) value = date
    else if (component.isCertain('month')) value = date.slice(0, 7)
    else if (component.isCertain('year')) value = date.slice(0, 4)
    else value = date
    timexes.push({ start, end, text: result.text, type, value })
  }
  return timexes
}
