import { DURATION_CODES, PLURAL_UNITS, UNIT_WORDS, type Unit } from '../lexicon/units.js'
import { resolvePeriod } from '../normalise/resolver.js'
import type { Scanner } from '../tokens/scanner.js'
import type { Core } from './core.js'
import { readQuantity } from './quantities.js'

/** Words between `the` and a quantity that keep it a duration: `the past two years`, `the first nine months`. */
export const DURATION_LEADS = new Set([
  'past',
  'last',
  'next',
  'first',
  'coming',
  'previous',
  'prior',
  'final',
  'latest',
  'remaining',
  'following',
  'preceding',
  'recent',
  'initial',
  'same',
])

/** Words between a quantity and its unit: `two more weeks`, `three full years`. */
const QUANTITY_FILLERS = new Set([
  'more',
  'additional',
  'full',
  'straight',
  'consecutive',
  'extra',
  'long',
  'whole',
  'further',
  'trading',
  'business',
  'working',
  'calendar',
])

/** TIMEX3 duration value: `P2Y`, `PT5H`, `P10Y` for a decade, `PXM` when the amount is vague. */
export function durationValue(unit: Unit, amount: number | null): string {
  const { code, factor, clock } = DURATION_CODES[unit]
  const prefix = clock ? 'PT' : 'P'
  if (amount === null) {
    if (unit === 'decade') return 'PXDE'
    if (unit === 'century') return 'PXCE'
    return `${prefix}X${code}`
  }
  const total = amount * factor
  if (Number.isInteger(total)) return `${prefix}${total}${code}`
  // Fractions go to the next smaller unit: `2 1/2 years` → P2Y6M, `5 1/2 hours` → PT5H30M.
  const whole = Math.floor(total)
  if (code === 'Y') return `P${whole}Y${Math.round((total - whole) * 12)}M`
  if (code === 'H') return `PT${whole}H${Math.round((total - whole) * 60)}M`
  if (code === 'M' && clock) return `PT${whole}M${Math.round((total - whole) * 60)}S`
  if (code === 'D' && !clock) return `P${whole}DT${Math.round((total - whole) * 24)}H`
  return `${prefix}${Number(total.toFixed(3))}${code}`
}

/**
 * Durations: `two years`, `the past two years`, `a decade`, `24 hours`, `the first nine months`,
 * `several weeks`, `three-month`, `30-year`, `recent weeks`, `the next few days`, `the weeks ahead`,
 * and bare plurals (`months` → `PXM`).
 */
export function duration(scanner: Scanner, index: number): Core | null {
  let at = index
  let lead = ''
  if (DURATION_LEADS.has(scanner.word(at))) {
    lead = scanner.word(at)
    at++
  }
  let quantity = readQuantity(scanner, at)
  if (!quantity && scanner.word(at) === 'couple' && scanner.word(at + 1) === 'of')
    quantity = { value: 2, end: at + 2, article: false }
  let unitAt: number
  let hyphenated = false
  if (quantity) {
    unitAt = quantity.end
    if (scanner.is(unitAt, '-') && scanner.attached(unitAt) && scanner.attached(unitAt + 1)) {
      unitAt++
      hyphenated = true
    }
    while (QUANTITY_FILLERS.has(scanner.word(unitAt)) && unitAt < quantity.end + 2) unitAt++
  } else {
    unitAt = at
  }
  const word = scanner.word(unitAt)
  const unit = UNIT_WORDS.get(word)
  if (unit === undefined) return null
  if (isTitleWord(scanner, unitAt)) return null
  // `a quarter of the vote` is a fraction.
  if (unit === 'quarter' && scanner.word(unitAt + 1) === 'of' && quantity?.value === 1) return null
  // `a second time`, `a second term`: the ordinal, not the unit.
  if (word === 'second' && quantity?.article && scanner.tokens[unitAt + 1]?.kind === 'word') {
    const next = scanner.word(unitAt + 1)
    if (next !== 'or' && next !== 'later' && next !== 'ago' && next !== 'and') return null
  }
  // `a year-earlier loss` is a date (see relative.ts), not a year.
  if (scanner.is(unitAt + 1, '-') && ['earlier', 'ago', 'end'].includes(scanner.word(unitAt + 2)))
    return null
  // `the 1988 quarter` names a year's period, not 1,988 quarters.
  if (quantity && scanner.digitCount(at) === 4 && !PLURAL_UNITS.has(word)) return null
  let end = unitAt + 1
  const plural = PLURAL_UNITS.has(word)
  if (!quantity) {
    if (!plural) {
      // `the past year`, `the last decade`: TimeBank reads them as the previous period.
      if ((lead === 'past' || lead === 'last') && scanner.word(index - 1) === 'the') {
        return { end, type: 'DATE', value: resolvePeriod(unit, -1), takesThe: true }
      }
      return null
    }
    if (lead === 'recent' && unit === 'year')
      return { end, type: 'DATE', value: 'PAST_REF', takesThe: true }
    // A bare `quarters` is more often lodging or a fraction (`three-quarters`) than a duration.
    if (lead === '' && (unit === 'quarter' || scanner.is(index - 1, '-'))) return null
    if (lead === '' && scanner.word(index - 1) === 'the' && scanner.word(end) === 'ahead') end++
    if (
      lead === '' &&
      (scanner.word(end) === 'old' || scanner.is(end, '-') || scanner.word(index - 1) === 'these')
    )
      return null
    if (lead === 'same' || lead === 'latest') return null
    return {
      end: withOrSo(scanner, end),
      type: 'DURATION',
      value: durationValue(unit, null),
      // `the weeks before the vote`: TimeBank leaves the article out of a bare plural.
      takesThe: lead !== '',
      unit,
      amount: null,
    }
  }
  if (quantity.article && plural) return null
  // `three-quarters` is a fraction; compounds take the singular (`two-year`).
  if (hyphenated && plural) return null
  // Ages (`a 6-year-old`, `52 years old`) are not durations in TimeML.
  if (scanner.word(end) === 'old' || (scanner.is(end, '-') && scanner.word(end + 1) === 'old')) {
    return null
  }
  // `a year` as part of `twice a year` is a set (see sets.ts); `the year` is not a quantity.
  if (hyphenated) {
    const next = scanner.word(end + 1)
    if (scanner.is(end, '-') && scanner.attached(end) && next === 'long') end += 2
  }
  let amount = quantity.value
  // `a minute and a half`, `two years and a half`
  if (
    amount !== null &&
    !hyphenated &&
    scanner.word(end) === 'and' &&
    (scanner.word(end + 1) === 'a' || scanner.word(end + 1) === 'one') &&
    scanner.word(end + 2) === 'half'
  ) {
    amount += 0.5
    end += 3
  }
  return {
    end: withOrSo(scanner, end),
    type: 'DURATION',
    value: durationValue(unit, amount),
    // `the eight-year contract`: the article belongs to the noun, not to the adjective.
    takesThe: !hyphenated,
    quantified: lead === '',
    unit,
    amount,
  }
}

/** `the next two years or so`: the hedge belongs to the extent. */
function withOrSo(scanner: Scanner, end: number): number {
  return scanner.word(end) === 'or' && scanner.word(end + 1) === 'so' ? end + 2 : end
}

/**
 * A capitalised unit word inside a sentence is part of a title (`60 Minutes`, `Person of the
 * Year`), not a time; at the start of a sentence or a line it is just capitalised.
 */
export function isTitleWord(scanner: Scanner, index: number): boolean {
  const token = scanner.tokens[index]
  if (!token?.capitalised || token.newline) return false
  const previous = scanner.tokens[index - 1]
  if (!previous || previous.kind === 'punct') return false
  // An all-capitals line (a headline) capitalises everything.
  return !(
    previous.kind === 'word' &&
    previous.lower.toUpperCase() === scanner.text.slice(previous.start, previous.end) &&
    previous.end - previous.start > 1
  )
}
