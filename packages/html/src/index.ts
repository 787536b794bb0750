export type { HtmlArticle, HtmlMetadata, MetadataSource, Sourced } from './lib/types.js'
