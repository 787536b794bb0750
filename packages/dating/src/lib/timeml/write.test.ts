import { describe, expect, it } from 'vitest'
import type { Timex } from '../types.js'
import { toTimeML } from './write.js'

const text = 'Shares in AT&T fell on Sunday after the <b> tag story; the board met two weeks ago.'

const at = (phrase: string) => ({
  start: text.indexOf(phrase),
  end: text.indexOf(phrase) + phrase.length,
  text: phrase,
})

const sunday: Timex = {
  ...at('Sunday'),
  type: 'DATE',
  value: '2016-11-06',
  anchor: { value: '2016-11-07', source: 'dct' },
}
const twoWeeksAgo: Timex = {
  ...at('two weeks ago'),
  type: 'DATE',
  value: '2016-10-24',
  mod: 'APPROX',
}

describe('toTimeML', () => {
  it('writes the DOCID, the creation time and the tagged, escaped text', () => {
    const tml = toTimeML(text, [twoWeeksAgo, sunday], { dct: '2016-11-07', docId: 'att-1' })
    expect(tml).toContain('<DOCID>att-1</DOCID>')
    expect(tml).toContain(
      '<DCT><TIMEX3 tid="t0" type="DATE" value="2016-11-07" temporalFunction="false" functionInDocument="CREATION_TIME">2016-11-07</TIMEX3></DCT>',
    )
    expect(tml).toContain(
      '<TEXT>Shares in AT&amp;T fell on <TIMEX3 tid="t1" type="DATE" value="2016-11-06" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Sunday</TIMEX3> after the &lt;b&gt; tag story; the board met <TIMEX3 tid="t2" type="DATE" value="2016-10-24" mod="APPROX" temporalFunction="false" functionInDocument="NONE">two weeks ago</TIMEX3>.</TEXT>',
    )
    expect(tml.startsWith('<?xml version="1.0" ?>\n<TimeML')).toBe(true)
    expect(tml.trimEnd().endsWith('</TimeML>')).toBe(true)
  })

  it('writes a date-time creation time as a TIME without its offset', () => {
    const tml = toTimeML('Quiet.', [], { dct: '2016-11-06T07:53:00-05:00' })
    expect(tml).toContain('type="TIME" value="2016-11-06T07:53"')
    expect(tml).not.toContain('<DOCID>')
  })

  it('writes sets with quant and freq, escaping attribute values', () => {
    const weekly: Timex = {
      start: 13,
      end: 23,
      text: 'every week',
      type: 'SET',
      value: 'P1W',
      quant: 'EVERY',
      freq: '1"x',
    }
    const tml = toTimeML('The team met every week.', [weekly])
    expect(tml).toContain('type="SET" value="P1W" quant="EVERY" freq="1&quot;x"')
  })

  it('rejects overlapping timexes, bad offsets and a mismatched text', () => {
    const overlapping: Timex = { ...sunday, ...at('Sunday aft') }
    expect(() => toTimeML(text, [sunday, overlapping])).toThrow(
      /Cannot `toTimeML` with overlapping timexes "Sunday" \(23–29\) and "Sunday aft" \(23–33\)/,
    )
    expect(() => toTimeML(text, [{ ...sunday, end: 500 }])).toThrow(RangeError)
    expect(() => toTimeML(text, [{ ...sunday, text: 'Monday' }])).toThrow(
      /the text there is "Sunday"/,
    )
  })

  it('rejects a missing text, timexes that are not an array and an unreadable dct', () => {
    expect(() => toTimeML(42 as unknown as string, [])).toThrow(
      /Cannot `toTimeML` without text: expected a string, got the number 42/,
    )
    expect(() => toTimeML(text, undefined as unknown as Timex[])).toThrow(/got undefined/)
    expect(() => toTimeML(text, [], { dct: 'last Sunday' })).toThrow(
      /Cannot `toTimeML` with `dct` "last Sunday"/,
    )
  })
})
