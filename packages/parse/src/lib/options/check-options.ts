import { describeValue } from '../model/describe-value.js'

/** What an option must be: a type name, or a test with the words that describe what it expects. */
export type OptionCheck =
  | 'boolean'
  | 'string'
  | 'number'
  | 'function'
  | 'object'
  | 'array'
  | { expected: string; test: (value: unknown) => boolean }

const articles: Record<Exclude<OptionCheck, object>, string> = {
  boolean: 'a boolean',
  string: 'a string',
  number: 'a number',
  function: 'a function',
  object: 'an object',
  array: 'an array',
}

/**
 * Checks the options a caller passed against the options a function knows, and returns them:
 * `undefined` or `null` gives `{}`; anything but a plain object, an unknown key or a value of the
 * wrong type throws a `TypeError` that names the option and the function, with the closest known
 * name when the key looks like a typo. A key whose value is `undefined` counts as absent.
 *
 * @example
 *   checkOptions('duplicateClusters', {threshhold: 0.5}, {threshold: 'number'})
 *   // TypeError: Unknown option `threshhold` for `duplicateClusters`: did you mean `threshold`? Known options: `threshold`
 */
export function checkOptions<T extends object>(
  caller: string,
  options: unknown,
  checks: { [K in keyof T]-?: OptionCheck },
): T {
  if (options === undefined || options === null) return {} as T
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(
      `Options for \`${caller}\` must be an object such as {${exampleKey(checks)}}, not ${describeValue(options)}`,
    )
  }
  const known = Object.keys(checks)
  for (const [key, value] of Object.entries(options)) {
    const check = (checks as Record<string, OptionCheck | undefined>)[key]
    if (check === undefined) {
      const guess = closest(key, known)
      throw new TypeError(
        `Unknown option \`${key}\` for \`${caller}\`${guess ? `: did you mean \`${guess}\`?` : ''} Known options: ${known.map((name) => `\`${name}\``).join(', ') || 'none'}`,
      )
    }
    if (value === undefined || passes(check, value)) continue
    const expected = typeof check === 'string' ? articles[check] : check.expected
    throw new TypeError(
      `Option \`${key}\` for \`${caller}\` must be ${expected}, not ${describeValue(value)}`,
    )
  }
  return options as T
}

function passes(check: OptionCheck, value: unknown): boolean {
  switch (check) {
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    case 'number':
      return typeof value === 'number' && !Number.isNaN(value)
    case 'boolean':
    case 'string':
    case 'function':
      return typeof value === check
    default:
      return check.test(value)
  }
}

function exampleKey(checks: object): string {
  const [first] = Object.keys(checks)
  return first ? `${first}: …` : ''
}

/** The known name within two edits of `key` (case aside), if one is clearly the closest. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const name of known) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase(), 3)
    if (distance < bestDistance) {
      best = name
      bestDistance = distance
    }
  }
  const limit = Math.max(1, Math.min(2, Math.floor(key.length / 3)))
  return bestDistance <= limit ? best : undefined
}

/**
 * Edit distance with adjacent transpositions (`dtc` → `dct` is one edit), given up at `cap`;
 * option names are short, so the full table is cheap.
 */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i]
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j)
        continue
      }
      const above = rows[i - 1] as number[]
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1)
      }
      row.push(value)
    }
    rows.push(row)
  }
  return Math.min((rows[a.length] as number[])[b.length] as number, cap)
}
