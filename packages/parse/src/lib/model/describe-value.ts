/**
 * What a caller passed, in a few words, for error messages: `the string "no"`, `the number 3`,
 * `null`, `undefined`, `an array`, `an empty string`, `a function`, `an object (Map)`. Strings are
 * quoted and cut at 40 characters, so a message stays one line.
 *
 * @example
 *   describeValue('no') // => 'the string "no"'
 *   describeValue([1]) // => 'an array'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  if (value === '') return 'an empty string'
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
      return `the string ${JSON.stringify(shown)}`
    }
    case 'number':
      return `the number ${String(value)}`
    case 'bigint':
      return `the bigint ${String(value)}n`
    case 'boolean':
      return `the boolean ${String(value)}`
    case 'function':
      return 'a function'
    case 'symbol':
      return 'a symbol'
    default: {
      const name = (value as object).constructor?.name
      return name && name !== 'Object' ? `an object (${name})` : 'an object'
    }
  }
}
