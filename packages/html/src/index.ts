export { documentDateOptions } from './lib/metadata/document-date.js'
export type { ReadMetadataOptions } from './lib/metadata/read-metadata.js'
export { readMetadata } from './lib/metadata/read-metadata.js'
export type { HtmlArticle, HtmlMetadata, MetadataSource, Sourced } from './lib/types.js'
