import { adversarialFamilies, measureGrowth } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'
import { annotateTimeML } from './annotate.js'
import { parseTimeML } from './read.js'
import { escapeXmlText } from './xml-escape.js'

function timeml(tags: number): string {
  let body = ''
  for (let index = 0; index < tags; index++) {
    body += `Rain fell on <TIMEX3 tid="t${index + 1}" type="DATE" value="2016-11-06">Sunday</TIMEX3> and `
  }
  return `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2016-11-07" functionInDocument="CREATION_TIME">2016-11-07</TIMEX3></DCT><TEXT>${body}</TEXT></TimeML>`
}

/** A TimeML document with a creation time around `text`, no TIMEX3 tags. */
const document = (text: string) =>
  `<TimeML><DOCID>growth</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2016-11-07" functionInDocument="CREATION_TIME">2016-11-07</TIMEX3></DCT><TEXT>${escapeXmlText(text)}</TEXT></TimeML>`

describe('parseTimeML in linear time', () => {
  // Each tag sliced the text built so far by `+=`: 20,000 tags cost 3.3 s of CPU.
  it('grows linearly with the number of TIMEX3 tags', () => {
    const growth = measureGrowth({ make: timeml, run: parseTimeML, n: 5_000 })
    expect(growth.linear, growth.summary).toBe(true)
    expect(parseTimeML(timeml(3)).timexes.map((timex) => timex.text)).toEqual([
      'Sunday',
      'Sunday',
      'Sunday',
    ])
  })
})

describe('annotateTimeML in linear time', () => {
  // Overlapping timexes were found by comparing each with every timex kept so far: `Sunday
  // Monday last week …` x 8,000 (32,000 timexes) cost 2.9 s of CPU, a quarter of it 0.14 s.
  it.each(adversarialFamilies)('grows linearly on $name', ({ name, make }) => {
    const growth = measureGrowth({
      make: (n) => document(make(n)),
      run: (tml) => annotateTimeML(tml),
      n: 250,
      // Some families (many tiny paragraphs) stay under 25 ms up to 64,000 units, where a few ms
      // of garbage collection decide the ratio (9 → 107 ms seen on a loaded 2-core machine; 114
      // → 500 ms at 256,000 → 1,024,000): let n grow until the time is measurable.
      maxN: 250 * 4096,
      runs: 2,
    })
    expect(growth.linear, `${name}: ${growth.summary}`).toBe(true)
  })

  it('grows linearly with the number of timexes it writes', () => {
    const make = (n: number) => document('Sunday Monday last week next month '.repeat(n))
    const growth = measureGrowth({ make, run: (tml) => annotateTimeML(tml), n: 2_000, runs: 2 })
    expect(growth.linear, growth.summary).toBe(true)
    const annotated = annotateTimeML(make(2))
    expect(annotated.timexes.map((timex) => timex.text)).toEqual([
      'Sunday',
      'Monday',
      'last week',
      'next month',
      'Sunday',
      'Monday',
      'last week',
      'next month',
    ])
    expect(parseTimeML(annotated.tml).timexes).toHaveLength(8)
  })
})
