import type { InputFailure } from './types.js'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Decodes `bytes` as UTF-8 text, or says why it is not a text document (invalid UTF-8, NUL bytes,
 * too many control characters).
 *
 * @example
 *   decodeText(Buffer.from('Hello'), 'a.txt') // => {ok: true, text: 'Hello'}
 */
export function decodeText(
  bytes: Uint8Array,
  where: string,
  id: string,
): { ok: true; text: string } | { ok: false; failure: InputFailure } {
  let text: string
  try {
    text = strictUtf8.decode(bytes)
  } catch {
    return {
      ok: false,
      failure: failure(
        id,
        where,
        'binary',
        `Cannot read \`${where}\` as text: it is not valid UTF-8`,
      ),
    }
  }
  const problem = binaryProblem(text)
  if (problem)
    return {
      ok: false,
      failure: failure(id, where, 'binary', `Cannot read \`${where}\` as text: ${problem}`),
    }
  return { ok: true, text }
}

/** Says why decoded text looks binary (NUL, or more than 1% control characters), or undefined. */
export function binaryProblem(text: string): string | undefined {
  let controls = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0) return `it contains a NUL character at offset ${index}`
    // Tab, line feed, form feed and carriage return are ordinary in text.
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) controls++
  }
  if (controls > 8 && controls > text.length / 100) {
    return `${controls} of its ${text.length} characters are control characters`
  }
  return undefined
}

/** Says why a decoded text is empty (nothing but whitespace), or undefined. */
export function emptyProblem(text: string): string | undefined {
  return text.trim() === '' ? 'it has no text (empty or whitespace only)' : undefined
}

export function failure(
  id: string,
  where: string,
  code: InputFailure['code'],
  reason: string,
): InputFailure {
  return { kind: 'error', id, where, code, reason }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`
  return `${bytes} B`
}

const pageStart = /^<(?:!doctype\s+html|html|head|body|\?xml)[\s>]/i
const pageTag = /<(?:html|head|body)[\s>]/i
const blockStart = /^<(p|div|article|section|main|h[1-6]|table|ul|figure|header)[\s>]/i

/**
 * Says whether text is an HTML page or fragment rather than plain text: it starts (after
 * whitespace) with a doctype or an `<html>`/`<head>`/`<body>` tag, has one of those tags in its first
 * 2 kB after a leading `<`, or starts with a block element that it also closes (`<p>…</p>`). Plain
 * news text does not start with `<`. Reads at most the first 2 kB and one `indexOf`.
 *
 * @example
 *   looksLikeHtml('<!DOCTYPE html><html>…') // => true
 *   looksLikeHtml('ANKARA (Reuters) - …') // => false
 */
export function looksLikeHtml(text: string): boolean {
  let start = 0
  while (start < text.length && start < 1024 && /\s|\ufeff/.test(text[start]!)) start++
  if (text[start] !== '<') return false
  const head = text.slice(start, start + 2048)
  if (pageStart.test(head) || pageTag.test(head)) return true
  const block = blockStart.exec(head)
  return block !== null && text.includes(`</${block[1]!.toLowerCase()}>`, start)
}
