/**
 * XML escaping for TimeML. Text content escapes only `&`, `<` and `>`, so a text that had just
 * those entities (as TimeBank and AQUAINT do) is written back byte for byte; attribute values
 * also escape `"`.
 */

const textEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const attributeEntities: Record<string, string> = { ...textEntities, '"': '&quot;' }

/** Escape character data for use between tags: `AT&T` → `AT&amp;T`. */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (character) => textEntities[character]!)
}

/** Escape a value for a double-quoted attribute. */
export function escapeXmlAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (character) => attributeEntities[character]!)
}

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/**
 * Decode the five predefined XML entities and numeric character references. Anything else that
 * looks like an entity is left as it is (TimeML has no DTD declaring more).
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(
    /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g,
    (entity, body: string) => {
      if (body.startsWith('#x')) return fromCodePoint(Number.parseInt(body.slice(2), 16), entity)
      if (body.startsWith('#')) return fromCodePoint(Number.parseInt(body.slice(1), 10), entity)
      return namedEntities[body] ?? entity
    },
  )
}

function fromCodePoint(codePoint: number, fallback: string): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : fallback
}
