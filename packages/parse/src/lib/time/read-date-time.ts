import {
  formatDay,
  isoOffset,
  isoWeekday,
  isUsDaylightTime,
  isValidDay,
  monthNumbers,
  timeZones,
  weekdayNumbers,
} from '@copydesk/lexicon'

/** A date and time read from a short timestamp text. */
export interface DateTimeReading {
  year: number
  month: number
  day: number
  hour?: number
  minute?: number
  second?: number
  /** The zone as written (`ET`, `GMT`, `+01:00`). */
  zone?: string
  /** Offset from UTC in minutes, when the zone gives one for this date. */
  offsetMinutes?: number
  /** Whether a written weekday disagrees with the date. */
  weekdayMismatch: boolean
  /** Whether a US zone was named for a year before uniform daylight time (1967). */
  zoneUnresolved: boolean
  /** ISO 8601: date only, local date-time, or date-time with offset. */
  value: string
}

interface Token {
  kind: 'number' | 'word' | 'punctuation'
  value: string
}

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)? ?(Z|[+-]\d{2}:?\d{2})?)?$/

const fillerWords = new Set(['at', 'on', 'of', 'the', 'st', 'nd', 'rd', 'th', 'time'])

/**
 * Read a date (and time and zone, when given) that makes up the whole of a
 * short text: `7:53 AM ET, Sun November 6, 2016`, `6 Nov 2016 09.00 GMT`,
 * `2016-11-06T07:53:00Z`. Returns `undefined` when the text holds anything
 * else (an unknown word) or no complete calendar date.
 *
 * @example
 *   readDateTime('7:53 AM ET, Sun November 6, 2016')?.value
 *   // => '2016-11-06T07:53:00-05:00'
 */
export function readDateTime(text: string): DateTimeReading | undefined {
  if (text.length > 120) return undefined
  const iso = isoPattern.exec(text.trim())
  if (iso) return readIso(iso)

  const tokens = mergeMeridiems(tokenize(text))
  let year: number | undefined
  let month: number | undefined
  let day: number | undefined
  let hour: number | undefined
  let minute: number | undefined
  let second: number | undefined
  let meridiem: 'am' | 'pm' | undefined
  let zone: string | undefined
  let zoneOffset: number | undefined
  let usZone = false
  let weekdayNumber: number | undefined

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    const next = tokens[index + 1]
    if (token.kind === 'number') {
      const number = Number(token.value)
      const after = tokens[index + 2]
      if (
        next?.kind === 'punctuation' &&
        (next.value === ':' || next.value === '.') &&
        after?.kind === 'number' &&
        after.value.length === 2 &&
        number <= 23 &&
        hour === undefined
      ) {
        hour = number
        minute = Number(after.value)
        index += 2
        const secondColon = tokens[index + 1]
        const secondValue = tokens[index + 2]
        if (
          secondColon?.value === ':' &&
          secondValue?.kind === 'number' &&
          secondValue.value.length === 2
        ) {
          second = Number(secondValue.value)
          index += 2
        }
      } else if (
        token.value.length === 4 &&
        number >= 1800 &&
        number <= 2200 &&
        year === undefined
      ) {
        year = number
      } else if (
        token.value.length <= 2 &&
        number >= 1 &&
        number <= 31 &&
        day === undefined &&
        !isMeridiem(tokens, index + 1)
      ) {
        day = number
      } else if (
        token.value.length <= 2 &&
        number <= 12 &&
        hour === undefined &&
        isMeridiem(tokens, index + 1)
      ) {
        hour = number
        minute = 0
      } else {
        return undefined
      }
      continue
    }
    if (token.kind === 'punctuation') {
      if (
        (token.value === '+' || token.value === '-') &&
        zone !== undefined &&
        zoneOffset !== undefined &&
        next?.kind === 'number' &&
        !usZone
      ) {
        const offsetHours = Number(next.value)
        if (next.value.length > 2 || offsetHours > 14) return undefined
        let offsetMinutes = offsetHours * 60
        zone = `${zone}${token.value}${next.value}`
        index++
        const colon = tokens[index + 1]
        const minutes = tokens[index + 2]
        if (colon?.value === ':' && minutes?.kind === 'number' && minutes.value.length === 2) {
          offsetMinutes += Number(minutes.value)
          zone = `${zone}:${minutes.value}`
          index += 2
        }
        zoneOffset = (token.value === '-' ? -1 : 1) * offsetMinutes
      }
      continue
    }
    const lower = token.value.toLowerCase()
    if (lower === 'am' || lower === 'pm') {
      meridiem = lower
      continue
    }
    const monthNumber = monthNumbers.get(lower)
    if (monthNumber !== undefined && month === undefined) {
      month = monthNumber
      continue
    }
    const dayOfWeek = weekdayNumbers.get(lower)
    if (dayOfWeek !== undefined && weekdayNumber === undefined) {
      weekdayNumber = dayOfWeek
      continue
    }
    const upper = token.value.toUpperCase()
    const entry = timeZones.get(upper)
    // Short abbreviations must be written in capitals (`ET`, not `et`).
    if (entry && zone === undefined && (token.value === upper || token.value.length > 4)) {
      zone = token.value
      zoneOffset = entry.offsetMinutes
      usZone = entry.observesUsDaylightTime
      continue
    }
    if (fillerWords.has(lower)) continue
    return undefined
  }

  if (year === undefined || month === undefined || day === undefined) return undefined
  if (!isValidDay(year, month, day)) return undefined
  if (hour !== undefined && meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0)
  }
  if (minute !== undefined && minute > 59) return undefined
  if (second !== undefined && second > 59) return undefined

  let zoneUnresolved = false
  let offsetMinutes = zoneOffset
  if (usZone && offsetMinutes !== undefined) {
    const daylight = isUsDaylightTime(year, month, day, hour ?? 12)
    if (daylight === undefined) {
      zoneUnresolved = true
      offsetMinutes = undefined
    } else if (daylight) {
      offsetMinutes += 60
    }
  }

  const reading: DateTimeReading = {
    year,
    month,
    day,
    weekdayMismatch:
      weekdayNumber !== undefined && weekdayNumber !== isoWeekday({ year, month, day }),
    zoneUnresolved,
    value: '',
  }
  if (hour !== undefined) reading.hour = hour
  if (minute !== undefined) reading.minute = minute
  if (second !== undefined) reading.second = second
  if (zone !== undefined) reading.zone = zone
  if (offsetMinutes !== undefined && hour !== undefined) reading.offsetMinutes = offsetMinutes
  reading.value = formatReading(reading)
  return reading
}

function isMeridiem(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (token?.kind !== 'word') return false
  const lower = token.value.toLowerCase()
  return lower === 'am' || lower === 'pm'
}

/** Turn `a.m.` / `p.m.` (four tokens) into one `am` / `pm` word. */
function mergeMeridiems(tokens: Token[]): Token[] {
  const merged: Token[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    const lower = token.value.toLowerCase()
    if (
      (lower === 'a' || lower === 'p') &&
      tokens[index + 1]?.value === '.' &&
      tokens[index + 2]?.value.toLowerCase() === 'm'
    ) {
      merged.push({ kind: 'word', value: `${lower}m` })
      index += tokens[index + 3]?.value === '.' ? 3 : 2
    } else {
      merged.push(token)
    }
  }
  return merged
}

function readIso(match: RegExpExecArray): DateTimeReading | undefined {
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (!isValidDay(year, month, day)) return undefined
  const reading: DateTimeReading = {
    year,
    month,
    day,
    weekdayMismatch: false,
    zoneUnresolved: false,
    value: '',
  }
  if (match[4] !== undefined) {
    reading.hour = Number(match[4])
    reading.minute = Number(match[5])
    if (reading.hour > 23 || reading.minute > 59) return undefined
    if (match[6] !== undefined) reading.second = Number(match[6])
    const zone = match[7]
    if (zone !== undefined) {
      reading.zone = zone
      if (zone === 'Z') {
        reading.offsetMinutes = 0
      } else {
        const digits = zone.replace(':', '')
        const sign = digits.startsWith('-') ? -1 : 1
        reading.offsetMinutes =
          sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)))
      }
    }
  }
  reading.value = formatReading(reading)
  return reading
}

function formatReading(reading: DateTimeReading): string {
  const date = formatDay(reading)
  if (reading.hour === undefined) return date
  const time = `${String(reading.hour).padStart(2, '0')}:${String(reading.minute ?? 0).padStart(2, '0')}:${String(reading.second ?? 0).padStart(2, '0')}`
  const offset = reading.offsetMinutes === undefined ? '' : isoOffset(reading.offsetMinutes)
  return `${date}T${time}${offset}`
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let index = 0
  while (index < text.length) {
    const char = text.charAt(index)
    if (char >= '0' && char <= '9') {
      let end = index + 1
      while (end < text.length && text.charAt(end) >= '0' && text.charAt(end) <= '9') end++
      tokens.push({ kind: 'number', value: text.slice(index, end) })
      index = end
    } else if (char.toLowerCase() !== char.toUpperCase()) {
      let end = index + 1
      while (end < text.length && text.charAt(end).toLowerCase() !== text.charAt(end).toUpperCase())
        end++
      tokens.push({ kind: 'word', value: text.slice(index, end) })
      index = end
    } else {
      if (char.trim() !== '' && char !== '\u00a0') tokens.push({ kind: 'punctuation', value: char })
      index++
    }
  }
  return tokens
}
