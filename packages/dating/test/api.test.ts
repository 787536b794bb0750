import { describe, expect, it } from 'vitest'
import * as dating from '../src/index.js'

describe('@copydesk/dating', () => {
  it('exposes its public API and the plugin as default export', () => {
    expect(Object.keys(dating).sort()).toEqual([
      'DOCUMENT_DATE_PRECEDENCE',
      'annotateTimeML',
      'dctToTimex3',
      'default',
      'extractTimexes',
      'findDocumentDate',
      'inferDocumentDateFromSiblings',
      'parseTimeML',
      'readDate',
      'resolveDocumentDate',
      'toTimeML',
    ])
    expect(dating.default.name).toBe('retextTimexes')
  })

  it('reads a date for `dct` as every function does', () => {
    expect(dating.readDate('26-FEB-1987 15:01:01.79')).toBe('1987-02-26T15:01:01.79')
    const { documentDate } = dating.resolveDocumentDate(
      'Officials said Sunday the count was over.',
      {
        dct: 'November 7, 2016',
      },
    )
    expect(
      dating.extractTimexes('Officials said Sunday the count was over.', { dct: documentDate }),
    ).toMatchObject([{ text: 'Sunday', value: '2016-11-06' }])
  })
})
