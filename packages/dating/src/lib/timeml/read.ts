import { describeValue } from '@copydesk/parse'
import type { TimexType } from '../types.js'
import type { TimeMLDocument, TimeMLTimex } from './types.js'
import { decodeXmlEntities } from './xml-escape.js'

const timexTypes = new Set<string>(['DATE', 'TIME', 'DURATION', 'SET'])

/**
 * Read a TimeML (`.tml`) document: its `<DOCID>`, the creation time (the TIMEX3 with
 * `functionInDocument="CREATION_TIME"`), and `<TEXT>` as plain text (every tag removed,
 * entities decoded) with the TIMEX3 tags inside it as offsets into that text. Other TimeML
 * tags (`EVENT`, `SIGNAL`, `TLINK`, `MAKEINSTANCE`…) are skipped.
 *
 * @throws {TypeError} when `tml` is not a string.
 * @throws {SyntaxError} when there is no `<TEXT>…</TEXT>`, a tag is not closed, or a TIMEX3 is
 *   unbalanced or has no `type`/`value`.
 * @example
 *   parseTimeML('<TimeML><TEXT>Rain <TIMEX3 tid="t1" type="DATE" value="2016-11-06">Sunday</TIMEX3>.</TEXT></TimeML>')
 *   // {text: 'Rain Sunday.', timexes: [{start: 5, end: 11, text: 'Sunday', type: 'DATE', value: '2016-11-06', …}]}
 */
export function parseTimeML(tml: string): TimeMLDocument {
  if (typeof tml !== 'string') {
    throw new TypeError(
      `Cannot \`parseTimeML\` without TimeML: expected the text of a .tml file as a string, got ${describeValue(tml)}`,
    )
  }
  const open = findOpeningTag(tml, 'TEXT', 0)
  const close = open ? tml.indexOf('</TEXT>', open.end) : -1
  if (!open || close < 0) {
    throw new SyntaxError(
      'Cannot `parseTimeML`: expected a `<TEXT>…</TEXT>` element holding the document text',
    )
  }
  const { text, timexes } = readText(tml, open.end, close)
  const document: TimeMLDocument = { text, timexes }
  const docId = elementText(tml, 'DOCID')
  if (docId !== undefined) document.docId = docId.trim()
  const creationTime = findCreationTime(tml, open.start, close)
  if (creationTime) {
    document.dct = creationTime.value
    document.dctType = creationTime.type
  }
  const dctAnchor = document.dct
  const dctTid = creationTime?.tid
  if (dctAnchor !== undefined && dctTid !== undefined) {
    for (const timex of timexes) {
      if (timex.attributes.anchorTimeID === dctTid)
        timex.anchor = { value: dctAnchor, source: 'dct' }
    }
  }
  return document
}

interface Tag {
  start: number
  end: number
  name: string
  closing: boolean
  source: string
}

/** Scan the tags (and comments, named `!--`) between `from` and `to` in one pass. */
function* tags(tml: string, from: number, to: number): Generator<Tag> {
  let cursor = from
  while (cursor < to) {
    const start = tml.indexOf('<', cursor)
    if (start < 0 || start >= to) return
    if (tml.startsWith('<!--', start)) {
      const commentEnd = tml.indexOf('-->', start + 4)
      if (commentEnd < 0) throw unclosed(tml, start)
      cursor = commentEnd + 3
      yield { start, end: cursor, name: '!--', closing: false, source: tml.slice(start, cursor) }
      continue
    }
    const end = tml.indexOf('>', start + 1)
    if (end < 0 || end >= to) throw unclosed(tml, start)
    const source = tml.slice(start, end + 1)
    const closing = source.startsWith('</')
    const nameMatch = /^<\/?\s*([A-Za-z_][\w:.-]*)/.exec(source)
    yield { start, end: end + 1, name: nameMatch?.[1] ?? '', closing, source }
    cursor = end + 1
  }
}

function unclosed(tml: string, at: number): SyntaxError {
  return new SyntaxError(
    `Cannot \`parseTimeML\`: the tag at ${position(tml, at)} (\`${tml.slice(at, at + 20)}…\`) is never closed with \`>\``,
  )
}

function position(tml: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (
    let index = tml.indexOf('\n');
    index >= 0 && index < offset;
    index = tml.indexOf('\n', index + 1)
  ) {
    line++
    lineStart = index + 1
  }
  return `line ${line}, column ${offset - lineStart + 1}`
}

function findOpeningTag(tml: string, name: string, from: number): Tag | undefined {
  for (const tag of tags(tml, from, tml.length)) {
    if (!tag.closing && tag.name === name) return tag
  }
  return undefined
}

function elementText(tml: string, name: string): string | undefined {
  const open = findOpeningTag(tml, name, 0)
  if (!open) return undefined
  const close = tml.indexOf(`</${name}>`, open.end)
  if (close < 0) return undefined
  return decodeXmlEntities(stripTags(tml.slice(open.end, close)))
}

function stripTags(fragment: string): string {
  let plain = ''
  let cursor = 0
  for (const tag of tags(fragment, 0, fragment.length)) {
    plain += fragment.slice(cursor, tag.start)
    cursor = tag.end
  }
  return plain + fragment.slice(cursor)
}

/** The CREATION_TIME TIMEX3 outside `<TEXT>` (normally inside `<DCT>`). */
function findCreationTime(
  tml: string,
  textStart: number,
  textEnd: number,
): { value: string; type: TimexType; tid?: string } | undefined {
  let fallback: { value: string; type: TimexType; tid?: string } | undefined
  let insideDct = false
  for (const tag of tags(tml, 0, tml.length)) {
    if (tag.start >= textStart && tag.start < textEnd) continue
    if (tag.name === 'DCT') insideDct = !tag.closing
    if (tag.name !== 'TIMEX3' || tag.closing) continue
    const attributes = readAttributes(tag.source)
    const value = attributes.value
    if (value === undefined) continue
    const type: TimexType = attributes.type === 'TIME' ? 'TIME' : 'DATE'
    const found = { value, type, ...(attributes.tid ? { tid: attributes.tid } : {}) }
    if (attributes.functionInDocument === 'CREATION_TIME') return found
    if (insideDct) fallback ??= found
  }
  return fallback
}

const attributePattern = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function readAttributes(tagSource: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of tagSource.matchAll(attributePattern)) {
    attributes[match[1]!] = decodeXmlEntities(match[2] ?? match[3] ?? '')
  }
  return attributes
}

/** An open TIMEX3: its tag, where its text starts, and the first piece of that text. */
interface OpenTimex {
  tag: Tag
  start: number
  piece: number
  attributes: Record<string, string>
}

function readText(tml: string, from: number, to: number) {
  // The text is collected in pieces and joined once: slicing a string built by `+=` copies all
  // of it, which made each timex cost the length of the text before it.
  const pieces: string[] = []
  let length = 0
  const timexes: TimeMLTimex[] = []
  let open: OpenTimex | undefined
  let cursor = from
  for (const tag of tags(tml, from, to)) {
    const piece = decodeXmlEntities(tml.slice(cursor, tag.start))
    pieces.push(piece)
    length += piece.length
    cursor = tag.end
    if (tag.name !== 'TIMEX3') continue
    if (!tag.closing) {
      if (open) {
        throw new SyntaxError(
          `Cannot \`parseTimeML\`: TIMEX3 at ${position(tml, tag.start)} opens inside the TIMEX3 at ${position(tml, open.tag.start)}; TIMEX3 tags cannot nest`,
        )
      }
      const attributes = readAttributes(tag.source)
      if (tag.source.endsWith('/>')) continue
      open = { tag, start: length, piece: pieces.length, attributes }
      continue
    }
    if (!open) {
      throw new SyntaxError(
        `Cannot \`parseTimeML\`: \`</TIMEX3>\` at ${position(tml, tag.start)} closes no open TIMEX3`,
      )
    }
    timexes.push(toTimex(tml, open, pieces.slice(open.piece).join(''), length))
    open = undefined
  }
  if (open) {
    throw new SyntaxError(
      `Cannot \`parseTimeML\`: the TIMEX3 at ${position(tml, open.tag.start)} is never closed before \`</TEXT>\``,
    )
  }
  pieces.push(decodeXmlEntities(tml.slice(cursor, to)))
  return { text: pieces.join(''), timexes }
}

function toTimex(tml: string, open: OpenTimex, text: string, end: number): TimeMLTimex {
  const { attributes } = open
  const type = attributes.type
  if (type === undefined || !timexTypes.has(type) || attributes.value === undefined) {
    throw new SyntaxError(
      `Cannot \`parseTimeML\`: the TIMEX3 at ${position(tml, open.tag.start)} needs \`type\` (DATE, TIME, DURATION or SET) and \`value\` attributes, got \`${open.tag.source}\``,
    )
  }
  const timex: TimeMLTimex = {
    start: open.start,
    end,
    text,
    type: type as TimexType,
    value: attributes.value,
    attributes,
  }
  if (attributes.tid !== undefined) timex.tid = attributes.tid
  if (attributes.mod !== undefined) timex.mod = attributes.mod
  if (attributes.quant !== undefined) timex.quant = attributes.quant
  if (attributes.freq !== undefined) timex.freq = attributes.freq
  return timex
}
