import { describe, expect, it } from 'vitest'
import * as dating from './index.js'

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
      'resolveDocumentDate',
      'toTimeML',
    ])
    expect(dating.default.name).toBe('retextTimexes')
  })
})
