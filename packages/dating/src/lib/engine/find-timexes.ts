import { type Day, formatDay, isValidDay } from '@copydesk/lexicon'
import type { ResolveContext } from '../normalise/resolver.js'
import { mentionsQuarter, tenseAround } from '../normalise/tense.js'
import { recognise } from '../recognise/recognise.js'
import { Scanner } from '../tokens/scanner.js'
import { tokenize } from '../tokens/tokenize.js'
import type { Timex, TimexAnchor } from '../types.js'

const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/

/** The first day of an absolute TIMEX3 value at year, month or day granularity (`1989-04` → 1989-04-01). */
function readCalendarValue(value: string): Day | null {
  const match = CALENDAR_VALUE.exec(value)
  if (!match) return null
  const day = { year: Number(match[1]), month: Number(match[2] ?? 1), day: Number(match[3] ?? 1) }
  return isValidDay(day.year, day.month, day.day) ? day : null
}

/**
 * Recognise and normalise the temporal expressions of a text against a DCT (or none: relative
 * values then keep placeholders). The engine behind `extractTimexes`, without its input checks.
 *
 * @example
 *   findTimexes('He left last month.', {year: 2016, month: 11, day: 7})[0]?.value // '2016-10'
 */
export function findTimexes(text: string, dct: Day | null): Timex[] {
  const dctValue = dct ? formatDay(dct) : undefined
  const scanner = new Scanner(text, tokenize(text))
  const timexes: Timex[] = []
  let previous: Day | null = null
  for (const found of recognise(scanner)) {
    const first = scanner.tokens[found.start]
    const last = scanner.tokens[found.end - 1]
    if (!first || !last) continue
    let value: string
    let anchor: TimexAnchor | undefined
    if (typeof found.value === 'string') {
      value = found.value
    } else {
      const usePrevious = found.fromPrevious === true && previous !== null
      const anchorDay = usePrevious ? previous : dct
      const context: ResolveContext = {
        anchor: anchorDay,
        tense: tenseAround(scanner, found.start, found.end),
        quarterly: () => mentionsQuarter(scanner, found.start, found.end),
      }
      value = found.value(context)
      if (anchorDay)
        anchor = { value: formatDay(anchorDay), source: usePrevious ? 'previous' : 'dct' }
      else if (dctValue) anchor = { value: dctValue, source: 'dct' }
    }
    // Anaphoric expressions (`the following month`) count from the last date mentioned, absolute or resolved.
    if (found.type === 'DATE' || found.type === 'TIME')
      previous = readCalendarValue(value) ?? previous
    const timex: Timex = {
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      type: found.type,
      value,
    }
    if (found.mod) timex.mod = found.mod
    if (found.quant) timex.quant = found.quant
    if (found.freq) timex.freq = found.freq
    if (anchor) timex.anchor = anchor
    timexes.push(timex)
  }
  return timexes
}
