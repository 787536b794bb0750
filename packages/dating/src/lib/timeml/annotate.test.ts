import { describe, expect, it } from 'vitest'
import type { Timex } from '../types.js'
import { annotateTimeML, withoutOverlaps } from './annotate.js'
import { parseTimeML } from './read.js'

const gold = `<?xml version="1.0" ?>
<TimeML>
<DOCID>PORT-7</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2016-11-07" temporalFunction="false" functionInDocument="CREATION_TIME">November 7, 2016</TIMEX3></DCT>
<TEXT>
The port of Tartus &amp; its terminals <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> <TIMEX3 tid="t1" type="DATE" value="2016-11-06">Sunday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3> of repairs.
</TEXT>
</TimeML>
`

describe('annotateTimeML', () => {
  it('strips the gold timexes, keeps DOCID, DCT and text, and writes the system’s', () => {
    const result = annotateTimeML(gold)
    const system = parseTimeML(result.tml)
    const original = parseTimeML(gold)
    expect(system.text).toBe(original.text)
    expect(system.docId).toBe('PORT-7')
    expect(system.dct).toBe('2016-11-07')
    expect(result.dct).toBe('2016-11-07')
    expect(result.tml).not.toContain('<EVENT')
    expect(system.timexes.map((timex) => [timex.text, timex.type, timex.value])).toEqual([
      ['Sunday', 'DATE', '2016-11-06'],
      ['three weeks', 'DURATION', 'P3W'],
    ])
  })

  it('runs the extractor it is given, with the document’s creation time', () => {
    const calls: { text: string; dct?: string }[] = []
    const result = annotateTimeML(gold, {
      extract: (text, { dct }) => {
        calls.push({ text, ...(dct === undefined ? {} : { dct }) })
        const start = text.indexOf('repairs')
        return [{ start, end: start + 7, text: 'repairs', type: 'DATE', value: 'PAST_REF' }]
      },
    })
    expect(calls).toEqual([{ text: parseTimeML(gold).text, dct: '2016-11-07' }])
    expect(result.tml).toContain('<TIMEX3 tid="t1" type="DATE" value="PAST_REF"')
    expect(result.tml).toContain('Tartus &amp; its')
  })

  it('leaves out the shorter of two overlapping timexes rather than failing', () => {
    const text = 'Tuesday night'
    const night: Timex = { start: 0, end: 13, text, type: 'TIME', value: '2016-11-01TNI' }
    const day: Timex = { start: 0, end: 7, text: 'Tuesday', type: 'DATE', value: '2016-11-01' }
    expect(withoutOverlaps([day, night])).toEqual({ kept: [night], dropped: [day] })
  })
})
