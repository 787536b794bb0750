import { describeValue } from '@copydesk/parse'
import type { Timex } from '../types.js'
import { dctToTimex3 } from './dct-value.js'
import type { ToTimeMLOptions } from './types.js'
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js'

const header =
  '<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'

/**
 * Write a TimeML (`.tml`) document: `<DOCID>`, the creation time as a TIMEX3 with
 * `functionInDocument="CREATION_TIME"` (tid `t0`), and `<TEXT>` holding `text` unchanged (only
 * XML-escaped) with a TIMEX3 tag around every timex (`tid`, `type`, `value`, and `mod`, `quant`,
 * `freq` when set; relative values anchored on the DCT get `anchorTimeID="t0"`).
 *
 * @throws {TypeError} when `text` is not a string, `timexes` not an array, or `dct` not an ISO date.
 * @throws {RangeError} when a timex's offsets fall outside `text`, do not match its `text`, or
 *   overlap another timex (TIMEX3 tags cannot nest).
 * @example
 *   toTimeML('It rained Sunday.', [{start: 10, end: 16, text: 'Sunday', type: 'DATE',
 *     value: '2016-11-06'}], {dct: '2016-11-07', docId: 'rain'})
 */
export function toTimeML(text: string, timexes: readonly Timex[], options: ToTimeMLOptions = {}) {
  if (typeof text !== 'string') {
    throw new TypeError(
      `Cannot \`toTimeML\` without text: expected a string, got ${describeValue(text)}`,
    )
  }
  if (!Array.isArray(timexes)) {
    throw new TypeError(
      `Cannot \`toTimeML\` without \`timexes\`: expected an array of timexes (\`[]\` for none), got ${describeValue(timexes)}`,
    )
  }
  const ordered = checkTimexes(text, timexes)
  let document = header
  if (options.docId !== undefined) document += `\n<DOCID>${escapeXmlText(options.docId)}</DOCID>\n`
  if (options.dct !== undefined) document += `\n<DCT>${creationTimeTag(options)}</DCT>\n`
  document += '\n<TEXT>'
  let cursor = 0
  ordered.forEach((timex, index) => {
    document += escapeXmlText(text.slice(cursor, timex.start))
    document += `${openingTag(timex, index + 1)}${escapeXmlText(timex.text)}</TIMEX3>`
    cursor = timex.end
  })
  document += `${escapeXmlText(text.slice(cursor))}</TEXT>\n\n</TimeML>\n`
  return document
}

function creationTimeTag(options: ToTimeMLOptions): string {
  const dct = options.dct!
  const timex3 = typeof dct === 'string' ? dctToTimex3(dct) : undefined
  if (!timex3) {
    throw new TypeError(
      `Cannot \`toTimeML\` with \`dct\` ${JSON.stringify(dct)}: expected an ISO 8601 date or date-time such as \`2016-11-07\` or \`2016-11-07T09:30:00-05:00\``,
    )
  }
  const content = escapeXmlText(options.dctText ?? timex3.value)
  return `<TIMEX3 tid="t0" type="${timex3.type}" value="${timex3.value}" temporalFunction="false" functionInDocument="CREATION_TIME">${content}</TIMEX3>`
}

function openingTag(timex: Timex, number: number): string {
  const attributes: [string, string | undefined][] = [
    ['tid', `t${number}`],
    ['type', timex.type],
    ['value', timex.value],
    ['mod', timex.mod],
    ['quant', timex.quant],
    ['freq', timex.freq],
    ['temporalFunction', timex.anchor ? 'true' : 'false'],
    ['functionInDocument', 'NONE'],
    ['anchorTimeID', timex.anchor?.source === 'dct' ? 't0' : undefined],
  ]
  let tag = '<TIMEX3'
  for (const [name, value] of attributes) {
    if (value !== undefined) tag += ` ${name}="${escapeXmlAttribute(value)}"`
  }
  return `${tag}>`
}

function checkTimexes(text: string, timexes: readonly Timex[]): Timex[] {
  const ordered = [...timexes].sort((a, b) => a.start - b.start || a.end - b.end)
  let previous: Timex | undefined
  for (const timex of ordered) {
    const { start, end } = timex
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end > text.length ||
      start >= end
    ) {
      throw new RangeError(
        `Cannot \`toTimeML\` with timex ${JSON.stringify(timex.text)} at ${start}–${end}: expected integer offsets with 0 ≤ start < end ≤ ${text.length} (the text's length)`,
      )
    }
    if (text.slice(start, end) !== timex.text) {
      throw new RangeError(
        `Cannot \`toTimeML\` with timex ${JSON.stringify(timex.text)} at ${start}–${end}: the text there is ${JSON.stringify(text.slice(start, end))}`,
      )
    }
    if (previous && start < previous.end) {
      throw new RangeError(
        `Cannot \`toTimeML\` with overlapping timexes ${JSON.stringify(previous.text)} (${previous.start}–${previous.end}) and ${JSON.stringify(timex.text)} (${start}–${end}): TIMEX3 tags cannot nest`,
      )
    }
    previous = timex
  }
  return ordered
}
