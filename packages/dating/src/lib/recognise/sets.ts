import { monthNumbers, weekdayNumbers } from '@copydesk/lexicon'
import { PARTS_OF_DAY, WEEKDAY_PLURALS } from '../lexicon/calendar-names.js'
import { FREQUENCY_ADVERBS, UNIT_WORDS } from '../lexicon/units.js'
import { pad2 } from '../normalise/format.js'
import type { Scanner } from '../tokens/scanner.js'
import type { Core } from './core.js'
import { durationValue } from './durations.js'
import { readQuantity } from './quantities.js'

/** Words before `a`/`per` + unit that make it a rate: `twice a year`, `$5 a month`, `3% a year`. */
const RATE_CUES = new Set([
  'twice',
  'thrice',
  'once',
  'times',
  '%',
  'percent',
  'million',
  'billion',
  'hours',
  'days',
  'dollars',
  'cents',
])

/**
 * Sets (recurring times): `every week`, `each year`, `every two years`, `every other month`, `each
 * Thursday`, `each July`, `Tuesday nights`, `Mondays`, `daily`, `annually`, `twice a year`, `per day`.
 */
export function recurrence(scanner: Scanner, index: number): Core | null {
  const word = scanner.word(index)
  const adverb = FREQUENCY_ADVERBS.get(word)
  if (adverb !== undefined) {
    return { end: index + 1, type: 'SET', value: durationValue(adverb, 1), freq: undefined }
  }
  const plural = WEEKDAY_PLURALS.get(word)
  if (plural !== undefined && scanner.capitalised(index))
    return { end: index + 1, type: 'SET', value: `XXXX-WXX-${plural}` }
  const weekday = weekdayNumbers.get(word)
  if (weekday !== undefined && scanner.capitalised(index) && word.length > 3) {
    const part = scanner.word(index + 1)
    const code = PARTS_OF_DAY.get(part.endsWith('s') ? part.slice(0, -1) : '')
    if (code !== undefined)
      return { end: index + 2, type: 'SET', value: `XXXX-WXX-${weekday}T${code}` }
    return null
  }
  if (word === 'every' || word === 'each') {
    let at = index + 1
    if (word === 'every' && scanner.word(at) === 'other') {
      const unit = UNIT_WORDS.get(scanner.word(at + 1))
      if (unit === undefined) return null
      return { end: at + 2, type: 'SET', value: durationValue(unit, 2), quant: 'EVERY' }
    }
    const named = scanner.word(at)
    const day = weekdayNumbers.get(named)
    if (day !== undefined && scanner.capitalised(at)) {
      const code = PARTS_OF_DAY.get(scanner.word(at + 1))
      if (code !== undefined)
        return { end: at + 2, type: 'SET', value: `XXXX-WXX-${day}T${code}`, quant: 'EACH' }
      return { end: at + 1, type: 'SET', value: `XXXX-WXX-${day}`, quant: word.toUpperCase() }
    }
    const month = monthNumbers.get(named)
    if (month !== undefined && scanner.capitalised(at)) {
      return {
        end: scanner.skipStop(at + 1),
        type: 'SET',
        value: `XXXX-${pad2(month)}`,
        quant: word.toUpperCase(),
      }
    }
    const part = PARTS_OF_DAY.get(named)
    if (part !== undefined)
      return { end: at + 1, type: 'SET', value: `XXXX-XX-XXT${part}`, quant: word.toUpperCase() }
    let amount: number | null = 1
    const quantity = readQuantity(scanner, at)
    if (quantity && !quantity.article) {
      amount = quantity.value
      at = quantity.end
    }
    const unit = UNIT_WORDS.get(scanner.word(at))
    if (unit === undefined) return null
    return {
      end: at + 1,
      type: 'SET',
      value: durationValue(unit, amount),
      quant: word.toUpperCase(),
    }
  }
  if (
    word === 'per' ||
    ((word === 'a' || word === 'an') && RATE_CUES.has(scanner.lower(index - 1)))
  ) {
    const unitWord = scanner.word(index + 1)
    const unit = UNIT_WORDS.get(unitWord)
    if (unit === undefined || unitWord.endsWith('s')) return null
    return { end: index + 2, type: 'SET', value: durationValue(unit, 1) }
  }
  return null
}
