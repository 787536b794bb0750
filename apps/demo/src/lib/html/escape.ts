/** Markup that is already escaped (built by `html`), so it is inserted as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 *   escapeHtml('<b>"hi"</b>') // => '&lt;b&gt;&quot;hi&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!)
}

/**
 * A tagged template that escapes every interpolated value unless it is `SafeHtml` (made by
 * `html` itself). Arrays are joined; `undefined`, `null` and `false` render nothing. This is the
 * only way the report builds markup, so text from articles can never become markup.
 *
 * @example
 *   html`<h1>${headline}</h1>` // headline '<script>' => '<h1>&lt;script&gt;</h1>'
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? ''
  for (let index = 0; index < values.length; index++) {
    out += render(values[index]) + (strings[index + 1] ?? '')
  }
  return new SafeHtml(out)
}

function render(value: unknown): string {
  if (value === undefined || value === null || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

/** Joins pieces of markup. */
export function joinHtml(parts: Iterable<SafeHtml>, separator = ''): SafeHtml {
  return new SafeHtml(Array.from(parts, (part) => part.value).join(separator))
}

/**
 * Serialises a value as JSON that is safe inside a `<script>` element: `<`, U+2028 and U+2029 are
 * written as escapes, so `</script>` in the data cannot close the element.
 *
 * @example
 *   jsonForScript({a: '</script>'}) // => '{"a":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): SafeHtml {
  return new SafeHtml(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  )
}
