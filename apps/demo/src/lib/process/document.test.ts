import { describe, expect, it } from 'vitest'
import { analyseDocument } from './document.js'

const text =
  'LISBON, March 3 - Portugal will open a second rail line to Madrid next year, the transport ministry said on Tuesday.'

function dateOf(date: string) {
  const { record } = analyseDocument({ id: 'rail', text, date, bytes: text.length })
  return { dct: record.dct, warnings: record.warnings }
}

describe('the date a corpus gives (readDate of @copydesk/dating)', () => {
  it('reads the formats corpora use, as precise as given', () => {
    expect(dateOf('1987-03-03').dct).toMatchObject({ value: '1987-03-03', source: 'given' })
    expect(dateOf('1987/03/03').dct).toMatchObject({ value: '1987-03-03', source: 'given' })
    expect(dateOf('March 3, 1987').dct).toMatchObject({ value: '1987-03-03', source: 'given' })
    expect(dateOf('3-MAR-1987  09:15:05.40').dct).toMatchObject({
      value: '1987-03-03T09:15:05.40',
      source: 'given',
    })
    expect(dateOf('1987-03-03T09:15:00-0500').dct).toMatchObject({
      value: '1987-03-03T09:15:00-05:00',
    })
  })

  it('drops the control-character residue Reuters leaves after the time', () => {
    expect(dateOf('3-MAR-1987 09:15:05.40&#5;&#5;&#5;RM').dct).toMatchObject({
      value: '1987-03-03T09:15:05.40',
      source: 'given',
    })
  })

  it('ignores what is not a date, with a warning, and lets the text decide', () => {
    for (const date of ['1986/1987', '1987-02-29', '31-FEB-1987 09:15:05.40']) {
      const { dct, warnings } = dateOf(date)
      expect(dct.source).not.toBe('given')
      expect(warnings).toContainEqual(expect.stringMatching(/^Date ignored: Cannot read `date` /))
    }
  })
})
