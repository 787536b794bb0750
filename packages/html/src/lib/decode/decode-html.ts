import sniffHTMLEncoding from 'html-encoding-sniffer'

/** Where the encoding a page was read in came from. */
export type EncodingSource = 'bom' | 'content-type' | 'meta' | 'bytes' | 'default'

/** A page's bytes as text, with the encoding used and why. */
export interface DecodedHtml {
  html: string
  /** The WHATWG name of the encoding the bytes were read in (`UTF-8`, `windows-1252`, `Shift_JIS`). */
  encoding: string
  /** Why that encoding: a byte-order mark, the HTTP `Content-Type`, a `<meta charset>`, the bytes themselves (valid UTF-8) or the default. */
  source: EncodingSource
  /** What was declared when the bytes contradicted it, or nothing could be decoded cleanly; empty when all agreed. */
  warnings: string[]
}

export interface DecodeHtmlOptions {
  /** The HTTP `Content-Type` the page was served with (`text/html; charset=ISO-8859-1`), if known. */
  contentType?: string
}

/** Bytes that are not an HTML page at all (binary data). */
export class HtmlDecodeError extends Error {
  override name = 'HtmlDecodeError'
  readonly code = 'binary'
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
const singleByte =
  /^(?:windows-125\d|ISO-8859-\d+|KOI8-[RU]|macintosh|IBM866|x-mac-cyrillic|windows-874)$/

/**
 * Reads a page's bytes as text the way a browser picks the encoding (WHATWG: byte-order mark, then
 * the HTTP charset, then a `<meta charset>` in the first 1024 bytes), but believes the bytes when
 * they contradict the declaration: a page declared UTF-8 whose bytes are not UTF-8 is read as
 * windows-1252, a page declared in a single-byte encoding whose non-ASCII bytes are all valid UTF-8
 * is read as UTF-8, each with a warning. Undeclared pages are UTF-8 when their bytes are, else
 * windows-1252. Linear in the bytes.
 *
 * @throws {HtmlDecodeError} when the bytes are binary (a NUL, or more than 1% control characters).
 * @example
 *   decodeHtml(bytes, {contentType: 'text/html; charset=utf-8'})
 *   // {html: '<!doctype html>…', encoding: 'UTF-8', source: 'content-type', warnings: []}
 */
export function decodeHtml(bytes: Uint8Array, options: DecodeHtmlOptions = {}): DecodedHtml {
  const declared = declaredEncoding(bytes, options.contentType)
  const warnings: string[] = []
  let html: string
  let encoding: string
  let source: EncodingSource
  const utf8 = tryUtf8(bytes)
  if (!declared) {
    source = utf8 === undefined ? 'default' : 'bytes'
    encoding = utf8 === undefined ? 'windows-1252' : 'UTF-8'
    html = utf8 ?? new TextDecoder('windows-1252').decode(bytes)
  } else if (declared.encoding === 'UTF-8') {
    if (utf8 === undefined) {
      warnings.push(
        `The page declares UTF-8 (${describe(declared.source)}) but its bytes are not valid UTF-8: read as windows-1252`,
      )
      encoding = 'windows-1252'
      source = 'bytes'
      html = new TextDecoder('windows-1252').decode(bytes)
    } else {
      ;({ encoding, source } = declared)
      html = utf8
    }
  } else if (utf8 !== undefined && singleByte.test(declared.encoding) && !isAscii(bytes)) {
    warnings.push(
      `The page declares ${declared.encoding} (${describe(declared.source)}) but its non-ASCII bytes are all valid UTF-8: read as UTF-8`,
    )
    encoding = 'UTF-8'
    source = 'bytes'
    html = utf8
  } else {
    ;({ encoding, source } = declared)
    let decoder: InstanceType<typeof TextDecoder>
    try {
      decoder = new TextDecoder(declared.encoding)
    } catch {
      warnings.push(
        `The page declares ${declared.encoding} (${describe(declared.source)}), which this runtime cannot decode: read as windows-1252`,
      )
      encoding = 'windows-1252'
      source = 'default'
      decoder = new TextDecoder('windows-1252')
    }
    html = decoder.decode(bytes)
    const replaced = countReplacements(html)
    if (replaced > 0) {
      warnings.push(
        `${replaced} byte sequence${replaced === 1 ? '' : 's'} could not be read as ${encoding} and became U+FFFD`,
      )
    }
  }
  const binary = binaryProblem(html)
  if (binary) throw new HtmlDecodeError(`Cannot read the bytes as an HTML page: ${binary}`)
  if (html.charCodeAt(0) === 0xfeff) html = html.slice(1)
  return { html, encoding, source, warnings }
}

function declaredEncoding(
  bytes: Uint8Array,
  contentType: string | undefined,
): { encoding: string; source: EncodingSource } | undefined {
  const bom = bomEncoding(bytes)
  if (bom) return { encoding: bom, source: 'bom' }
  const label = contentType
    ? /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1]
    : undefined
  if (label) {
    const encoding = sniff(new Uint8Array(0), label)
    if (encoding) return { encoding, source: 'content-type' }
  }
  const meta = sniff(bytes, undefined)
  return meta ? { encoding: meta, source: 'meta' } : undefined
}

function sniff(bytes: Uint8Array, transport: string | undefined): string | undefined {
  // A null default makes the sniffer say when nothing was declared instead of guessing.
  const options = {
    defaultEncoding: null as unknown as string,
    ...(transport ? { transportLayerEncodingLabel: transport } : {}),
  }
  return sniffHTMLEncoding(bytes, options) ?? undefined
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE'
  return undefined
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return false
  return true
}

function countReplacements(text: string): number {
  let count = 0
  for (let index = text.indexOf('\ufffd'); index !== -1; index = text.indexOf('\ufffd', index + 1))
    count++
  return count
}

function binaryProblem(text: string): string | undefined {
  let controls = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0)
      return `it contains a NUL character at offset ${index} (binary data, not a page)`
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) controls++
  }
  if (controls > 8 && controls > text.length / 100) {
    return `${controls} of its ${text.length} characters are control characters (binary data, not a page)`
  }
  return undefined
}

function describe(source: EncodingSource): string {
  return source === 'content-type'
    ? 'HTTP Content-Type'
    : source === 'meta'
      ? '<meta charset>'
      : 'byte-order mark'
}
