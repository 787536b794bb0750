import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sideBySide } from './html/diff.js'
import { escapeHtml, html } from './html/escape.js'
import { markText } from './html/marks.js'
import { splitLines } from './inputs/lines.js'

/** The text a browser would show for markup made only of our spans, sups and entities. */
function visibleText(markup: string): string {
  return markup
    .replace(/<sup[^>]*>[^<]*<\/sup>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

describe('properties', () => {
  it('interpolated text never becomes markup', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = html`<p>${text}</p>`.value
        expect(out.slice(3, -4)).toBe(escapeHtml(text))
        expect(out.slice(3, -4)).not.toMatch(/[<>"']/)
      }),
    )
  })

  it('marked text shows exactly the original text, whatever the marks', () => {
    const marks = fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: 60 }),
        length: fc.integer({ min: 0, max: 30 }),
        className: fc.constantFrom('timex', 'quote', 'cue'),
      }),
      { maxLength: 6 },
    )
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.integer({ min: 0, max: 1000 }),
        marks,
        (text, offset, raw) => {
          const out = markText(
            text,
            offset,
            raw.map((mark) => ({
              start: offset + mark.start,
              end: offset + mark.start + mark.length,
              className: mark.className,
              note: 'n',
            })),
          )
          expect(visibleText(out.value)).toBe(text)
        },
      ),
    )
  })

  it('side by side keeps both texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const [left, right] = sideBySide(a, b)
        expect(visibleText(left.value)).toBe(a)
        expect(visibleText(right.value)).toBe(b)
      }),
    )
  })

  it('lines split from any chunking join back into the input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 10 }),
        async (text, cuts) => {
          const bytes = Buffer.from(text)
          const chunks: Buffer[] = []
          let at = 0
          for (const cut of cuts) {
            if (at >= bytes.length) break
            chunks.push(bytes.subarray(at, at + cut))
            at += cut
          }
          if (at < bytes.length) chunks.push(bytes.subarray(at))
          const lines: string[] = []
          for await (const line of splitLines(Readable.from(chunks), 1_000_000)) {
            if (line.overflow) throw new Error('unexpected overflow')
            lines.push(line.bytes.toString())
          }
          const expected = text.split('\n')
          if (text.endsWith('\n')) expected.pop()
          expect(lines).toEqual(text === '' ? [] : expected.map((part) => part.replace(/\r$/, '')))
        },
      ),
    )
  })
})
