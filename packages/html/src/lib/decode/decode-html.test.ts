import { measureGrowth } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { decodeHtml, HtmlDecodeError } from './decode-html.js'

const page = (charset: string, body: string) =>
  `<!doctype html><html><head><meta charset="${charset}"><title>Stadtrat</title></head><body><p>${body}</p></body></html>`
const sentence = 'Der Bürgermeister äußerte sich am Dienstag zur Straßenbahn.'

describe('decodeHtml', () => {
  it('reads the encoding from the HTTP Content-Type before the meta charset', () => {
    const bytes = Buffer.from(page('utf-8', sentence), 'latin1')
    const decoded = decodeHtml(bytes, { contentType: 'text/html; charset=ISO-8859-1' })
    expect(decoded).toMatchObject({
      encoding: 'windows-1252',
      source: 'content-type',
      warnings: [],
    })
    expect(decoded.html).toContain(sentence)
  })

  it('reads a meta charset and a byte-order mark', () => {
    const latin = decodeHtml(Buffer.from(page('iso-8859-1', sentence), 'latin1'))
    expect(latin).toMatchObject({ encoding: 'windows-1252', source: 'meta', warnings: [] })
    expect(latin.html).toContain(sentence)
    const bom = decodeHtml(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('windows-1252', sentence))]),
    )
    expect(bom).toMatchObject({ encoding: 'UTF-8', source: 'bom', warnings: [] })
    expect(bom.html.startsWith('<!doctype')).toBe(true)
  })

  it('believes the bytes when they contradict the declared charset, with a warning', () => {
    const utf8AsLatin = decodeHtml(Buffer.from(page('iso-8859-1', sentence)))
    expect(utf8AsLatin.encoding).toBe('UTF-8')
    expect(utf8AsLatin.html).toContain(sentence)
    expect(utf8AsLatin.warnings[0]).toMatch(
      /declares windows-1252 \(<meta charset>\) but its non-ASCII bytes are all valid UTF-8/,
    )
    const latinAsUtf8 = decodeHtml(Buffer.from(page('utf-8', sentence), 'latin1'))
    expect(latinAsUtf8.encoding).toBe('windows-1252')
    expect(latinAsUtf8.html).toContain(sentence)
    expect(latinAsUtf8.warnings[0]).toMatch(
      /declares UTF-8 \(<meta charset>\) but its bytes are not valid UTF-8/,
    )
  })

  it('takes undeclared pages as UTF-8 when their bytes are, else windows-1252', () => {
    const bare = (text: string) => `<html><body><p>${text}</p></body></html>`
    expect(decodeHtml(Buffer.from(bare(sentence)))).toMatchObject({
      encoding: 'UTF-8',
      source: 'bytes',
    })
    const latin = decodeHtml(Buffer.from(bare(sentence), 'latin1'))
    expect(latin).toMatchObject({ encoding: 'windows-1252', source: 'default' })
    expect(latin.html).toContain(sentence)
  })

  it('decodes multi-byte legacy encodings and counts what it could not read', () => {
    const shiftJis = Buffer.concat([
      Buffer.from('<meta charset="shift_jis"><p>'),
      Buffer.from([0x93, 0x8c, 0x8b, 0x9e]), // 東京
      Buffer.from([0x81]), // a lead byte with nothing after it
      Buffer.from('</p>'),
    ])
    const decoded = decodeHtml(shiftJis)
    expect(decoded.encoding).toBe('Shift_JIS')
    expect(decoded.html).toContain('東京')
    expect(decoded.warnings).toEqual([
      '1 byte sequence could not be read as Shift_JIS and became U+FFFD',
    ])
  })

  it('refuses binary data with a typed error', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
    ])
    expect(() => decodeHtml(png)).toThrow(HtmlDecodeError)
    expect(() => decodeHtml(png)).toThrow(/NUL character at offset 8/)
  })
})

describe('decodeHtml on large pages', () => {
  it('stays linear in pages full of bytes it cannot decode', () => {
    const result = measureGrowth({
      make: (n) =>
        Buffer.concat([
          Buffer.from('<meta charset="shift_jis"><p>'),
          Buffer.from(Array.from({ length: n }, (_, index) => (index % 3 === 0 ? 0x81 : 0x41))),
        ]),
      run: (bytes) => decodeHtml(bytes),
      n: 20_000,
    })
    expect(result.linear, result.summary).toBe(true)
  }, 120_000)
})
