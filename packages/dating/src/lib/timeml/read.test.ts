import { describe, expect, it } from 'vitest'
import { parseTimeML } from './read.js'

// Written in the TempEval-3 layout (DOCID, DCT, TITLE, TEXT with EVENT, SIGNAL, TIMEX3, then
// MAKEINSTANCE and TLINK after the text), with sentences of our own.
const document = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">

<DOCID>WIRE20161107.0042</DOCID>

<DCT><TIMEX3 tid="t0" type="DATE" value="2016-11-07" temporalFunction="false" functionInDocument="CREATION_TIME">20161107</TIMEX3></DCT>

<TITLE>Ferry fares rise</TITLE>

<TEXT>
The Harbour &amp; Islands ferry line <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2016-11-06" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Sunday</TIMEX3> that fares will <EVENT eid="e2" class="OCCURRENCE">rise</EVENT> <SIGNAL sid="s1">by</SIGNAL> <TIMEX3 tid="t2" type="DATE" value="2017-01" mod="START" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">early January</TIMEX3>.

Crossings run <TIMEX3 tid="t3" type="SET" value="PT1H" quant="EVERY" temporalFunction="false" functionInDocument="NONE">every hour</TIMEX3> for <TIMEX3 tid="t4" type="DURATION" value="P2Y" temporalFunction="false" functionInDocument="NONE">the past two years</TIMEX3>.
</TEXT>

<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>

</TimeML>
`

describe('parseTimeML', () => {
  it('reads the DOCID, the creation time and the plain text with entities decoded', () => {
    const parsed = parseTimeML(document)
    expect(parsed.docId).toBe('WIRE20161107.0042')
    expect(parsed.dct).toBe('2016-11-07')
    expect(parsed.dctType).toBe('DATE')
    expect(parsed.text).toBe(
      '\nThe Harbour & Islands ferry line said Sunday that fares will rise by early January.\n\nCrossings run every hour for the past two years.\n',
    )
  })

  it('gives every TIMEX3 inside TEXT with offsets into the plain text', () => {
    const { text, timexes } = parseTimeML(document)
    expect(
      timexes.map((timex) => [timex.text, timex.type, timex.value, timex.mod, timex.quant]),
    ).toEqual([
      ['Sunday', 'DATE', '2016-11-06', undefined, undefined],
      ['early January', 'DATE', '2017-01', 'START', undefined],
      ['every hour', 'SET', 'PT1H', undefined, 'EVERY'],
      ['the past two years', 'DURATION', 'P2Y', undefined, undefined],
    ])
    for (const timex of timexes) expect(text.slice(timex.start, timex.end)).toBe(timex.text)
    expect(timexes[0]!.tid).toBe('t1')
    expect(timexes[0]!.anchor).toEqual({ value: '2016-11-07', source: 'dct' })
    expect(timexes[3]!.anchor).toBeUndefined()
    expect(timexes[0]!.attributes.functionInDocument).toBe('NONE')
  })

  it('reads a document without DOCID or DCT', () => {
    const parsed = parseTimeML('<TimeML><TEXT>Nothing dated here.</TEXT></TimeML>')
    expect(parsed).toEqual({ text: 'Nothing dated here.', timexes: [] })
  })

  it('says what is wrong with malformed TimeML, and where', () => {
    expect(() => parseTimeML('<TimeML>no text element</TimeML>')).toThrow(
      /expected a `<TEXT>…<\/TEXT>` element/,
    )
    expect(() =>
      parseTimeML('<TEXT>\nOn <TIMEX3 tid="t1" type="DATE" value="2016">2016 it rained.</TEXT>'),
    ).toThrow(/the TIMEX3 at line 2, column 4 is never closed/)
    expect(() =>
      parseTimeML(
        '<TEXT><TIMEX3 tid="t1" type="DATE" value="2016">in <TIMEX3 tid="t2" type="DATE" value="2016">2016</TIMEX3></TIMEX3></TEXT>',
      ),
    ).toThrow(/TIMEX3 tags cannot nest/)
    expect(() => parseTimeML('<TEXT>Rain <TIMEX3 tid="t1">today</TIMEX3>.</TEXT>')).toThrow(
      /needs `type` \(DATE, TIME, DURATION or SET\) and `value`/,
    )
    expect(() => parseTimeML('<TEXT>Rain </TIMEX3>.</TEXT>')).toThrow(/closes no open TIMEX3/)
    expect(() => parseTimeML('<TEXT>Rain <EVENT eid="e1"</TEXT>')).toThrow(
      /is never closed with `>`/,
    )
    expect(() => parseTimeML(undefined as unknown as string)).toThrow(
      /Cannot `parseTimeML` without TimeML: expected the text of a .tml file as a string, got undefined/,
    )
  })

  it('skips comments and decodes numeric references', () => {
    const parsed = parseTimeML(
      '<TEXT><!-- a <b> note -->Caf&#233; opened <TIMEX3 tid="t1" type="DATE" value="2016-11">this month</TIMEX3> &#x2014; at last.</TEXT>',
    )
    expect(parsed.text).toBe('Café opened this month — at last.')
    expect(parsed.timexes[0]).toMatchObject({ start: 12, end: 22, text: 'this month' })
  })
})
