/** Name what a bad argument was, for error messages: `null`, `an array`, `number`… */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
