import { newsOrganisations } from '../data/news-organisations.js'
import { lineLabels } from '../data/residue-cues.js'
import { finalMark, isDash, isInlineSpace, isLower, isUpper } from '../text/characters.js'

/** A dateline at the start of a paragraph. */
export interface DatelineMatch {
  /** Offset just after the dateline (its closing dash or parenthesis). */
  end: number
  /** Offset where the text after it starts (`== paragraph end` when it stands alone). */
  bodyStart: number
  place?: string
  agency?: string
}

const maxPlaceLength = 40
const maxAgencyLength = 40
const maxRegionLength = 40

/**
 * Read the dateline that opens a lead paragraph: `(CNN)`, `(CNN)US-backed…`,
 * `WASHINGTON (AP) —`, `ATLANTA --`, `LONDON, Nov 6 (Reuters) -`,
 * `UNITED STATES—In…`, or a line holding only `CNN —`.
 *
 * A place is a run of capitals (with spaces, periods, apostrophes and inner
 * hyphens), optionally followed by a comma and a short capitalised region or
 * date; an agency is a short capitalised name in parentheses. A place must be
 * closed by a dash (or an agency); a lone known news organisation before the
 * dash is the agency, not a place.
 *
 * @example
 *   readDateline('WASHINGTON (AP) — The…', 0, 22) // => {end: 17, bodyStart: 18, place: 'WASHINGTON', agency: 'AP'}
 */
export function readDateline(text: string, start: number, end: number): DatelineMatch | undefined {
  const limit = Math.min(end, start + 160)
  let index = start
  let place: string | undefined
  let agency: string | undefined

  if (text.charCodeAt(index) !== 0x28) {
    const placeEnd = scanPlace(text, index, limit)
    if (placeEnd === index) return undefined
    place = text.slice(index, placeEnd).trimEnd()
    if (!isPlausiblePlace(place)) return undefined
    index = placeEnd
    if (text.charCodeAt(index) === 0x2c) {
      const regionEnd = scanRegion(text, index + 1, limit)
      if (regionEnd === undefined) return undefined
      index = regionEnd
    }
    index = skipInlineSpace(text, index, limit)
  }

  if (text.charCodeAt(index) === 0x28) {
    const close = text.indexOf(')', index + 1)
    if (close < 0 || close >= limit || close - index - 1 > maxAgencyLength) return undefined
    const inner = text.slice(index + 1, close).trim()
    if (!isPlausibleAgency(inner)) return undefined
    agency = inner
    index = close + 1
  }

  let datelineEnd = index
  const dashStart = skipInlineSpace(text, index, limit)
  const dashEnd = scanDash(text, dashStart, limit)
  if (dashEnd > dashStart) {
    datelineEnd = dashEnd
  } else if (
    agency === undefined &&
    place !== undefined &&
    dashStart === index &&
    text.charCodeAt(index) === 0x3a &&
    isColonDateline(text, place, index, limit)
  ) {
    // `SHANGHAI: Chinese police…` — a colon after a place, not after a label such as `BREAKING:`.
    datelineEnd = index + 1
  } else if (agency === undefined) {
    return undefined
  }

  const bodyStart = skipInlineSpace(text, datelineEnd, end)
  if (bodyStart < end) {
    const next = text.charAt(bodyStart)
    // What follows must start a sentence (a letter, digit or opening quote/bracket) and the
    // paragraph must end like one: `GOTY: Top 12 games, ranked` is a headline, not a dateline.
    if (!/[\p{L}\p{N}"'“‘([]/u.test(next)) return undefined
    const mark = finalMark(text.slice(Math.max(bodyStart, end - 8), end))
    if (mark !== '.' && mark !== '!' && mark !== '?' && mark !== '…') return undefined
  }

  if (place !== undefined && agency === undefined && newsOrganisations.has(place.toLowerCase())) {
    agency = place
    place = undefined
  }
  const match: DatelineMatch = { end: datelineEnd, bodyStart }
  if (place !== undefined) match.place = place
  if (agency !== undefined) match.agency = agency
  return match
}

function skipInlineSpace(text: string, from: number, limit: number): number {
  let index = from
  while (index < limit && isInlineSpace(text.charCodeAt(index))) index++
  return index
}

/** Offset after a run of capitals, spaces, periods, apostrophes and inner hyphens. */
function scanPlace(text: string, start: number, limit: number): number {
  let index = start
  let lastGood = start
  while (index < limit && index - start <= maxPlaceLength) {
    const char = text.charAt(index)
    if (isUpper(char)) {
      index++
      lastGood = index
    } else if (isMcPrefix(text, index)) {
      // `McALLEN, Texas`: the small c of a Mc/Mac name inside capitals.
      index++
    } else if (char === '.' || char === "'" || char === '’' || char === '&') {
      index++
      lastGood = index
    } else if (char === '-' && isUpper(text.charAt(index + 1))) {
      index++
    } else if (isInlineSpace(text.charCodeAt(index))) {
      index++
    } else {
      break
    }
  }
  // A place is followed by a comma, a parenthesis, space or a dash, never by a lower-case letter.
  if (isLower(text.charAt(index)) || /\p{N}/u.test(text.charAt(index))) return start
  return lastGood
}

function isMcPrefix(text: string, index: number): boolean {
  const char = text.charAt(index)
  if (char === 'c' && text.charAt(index - 1) === 'M') return isUpper(text.charAt(index + 1))
  if (char === 'a' && text.charAt(index - 1) === 'M' && text.charAt(index + 1) === 'c')
    return isUpper(text.charAt(index + 2))
  if (char === 'c' && text.charAt(index - 1) === 'a' && text.charAt(index - 2) === 'M')
    return isUpper(text.charAt(index + 1))
  return false
}

function isPlausiblePlace(place: string): boolean {
  let letters = 0
  for (const char of place) if (isUpper(char)) letters++
  if (letters < 2) return false
  const firstWord = place.split(/[\s\u00a0]/)[0] ?? ''
  return firstWord.replace(/[.'’&]/g, '').length >= 2 && place.split(/[\s\u00a0]+/).length <= 5
}

function isPlausibleAgency(inner: string): boolean {
  if (inner === '' || !isUpper(inner.charAt(0))) return false
  if (/[:;,.!?\d]/.test(inner) && !/^[\p{L} .&-]+$/u.test(inner)) return false
  return inner.split(/\s+/).length <= 5
}

/** Offset after a region or date such as `Ga.`, `D.C.` or `Nov 6`, up to `(` or a dash. */
function scanRegion(text: string, start: number, limit: number): number | undefined {
  let index = start
  while (index < limit && index - start <= maxRegionLength) {
    const code = text.charCodeAt(index)
    if (code === 0x28 || isDash(code)) break
    index++
  }
  if (index >= limit || index - start > maxRegionLength) return undefined
  const region = text.slice(start, index).trim()
  if (region === '') return undefined
  for (const word of region.split(/[\s\u00a0]+/)) {
    if (!/^[\p{Lu}\p{N}]/u.test(word)) return undefined
  }
  if (region.split(/[\s\u00a0,]+/).length > 5) return undefined
  // Keep the space before `(` or the dash outside the region.
  let regionEnd = index
  while (regionEnd > start && isInlineSpace(text.charCodeAt(regionEnd - 1))) regionEnd--
  return regionEnd
}

function isColonDateline(text: string, place: string, colon: number, limit: number): boolean {
  if (lineLabels.has(place.toUpperCase()) || place.replace(/[^\p{Lu}]/gu, '').length < 3)
    return false
  return (
    isInlineSpace(text.charCodeAt(colon + 1)) &&
    colon + 2 < limit &&
    isUpper(text.charAt(colon + 2))
  )
}

/**
 * Offset after a dateline dash: `—`, `–`, `--`, ` - ` (a hyphen followed by
 * space), or ` ? ` between spaces — an em dash mangled by a wrong encoding.
 */
function scanDash(text: string, start: number, limit: number): number {
  if (
    text.charAt(start) === '?' &&
    isInlineSpace(text.charCodeAt(start - 1)) &&
    isInlineSpace(text.charCodeAt(start + 1)) &&
    start + 1 < limit
  ) {
    return start + 1
  }
  let index = start
  while (index < limit && index - start < 3 && isDash(text.charCodeAt(index))) index++
  if (index === start) return start
  const run = text.slice(start, index)
  if (run === '-' && index < limit && !isInlineSpace(text.charCodeAt(index))) return start
  return index
}
