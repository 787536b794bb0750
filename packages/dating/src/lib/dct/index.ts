export { DOCUMENT_DATE_PRECEDENCE } from './precedence.js'
export { findDocumentDate, inferDocumentDateFromSiblings, resolveDocumentDate } from './resolve.js'
export type { DocumentDateOptions, DocumentDateResolution, DocumentDateSibling } from './types.js'
