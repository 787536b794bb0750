export type { DecodedHtml, DecodeHtmlOptions, EncodingSource } from './lib/decode/decode-html.js'
export { decodeHtml, HtmlDecodeError } from './lib/decode/decode-html.js'
export {
  articleFromTree,
  type ExtractArticleOptions,
  extractArticle,
  HtmlInputError,
} from './lib/extract/extract-article.js'
export { default as rehypeArticle } from './lib/extract/rehype-article.js'
export { documentDateOptions } from './lib/metadata/document-date.js'
export type { ReadMetadataOptions } from './lib/metadata/read-metadata.js'
export { readMetadata } from './lib/metadata/read-metadata.js'
export type {
  HtmlArticle,
  HtmlBlock,
  HtmlMetadata,
  MetadataSource,
  Sourced,
  SourceRange,
} from './lib/types.js'
