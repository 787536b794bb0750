import type { DocumentDateOptions } from '@copydesk/dating'
import type { HtmlMetadata, MetadataSource } from '../types.js'

const sourceNames: Record<MetadataSource, string> = {
  'json-ld': 'JSON-LD',
  meta: 'meta tag',
  time: '<time>',
  url: 'URL',
  text: 'page text',
}

/**
 * The page's publication date as `@copydesk/dating`'s `resolveDocumentDate` takes it
 * (`{pageDate: {value, key}}`), so an HTML document is dated as a text one is: `found`, with
 * the source named in the reason (`JSON-LD datePublished`). The modified date is not used (it
 * postdates the document). Empty options when the page states no publication date.
 *
 * @example
 *   resolveDocumentDate(article, documentDateOptions(readMetadata(tree))).documentDate
 *   // {value: '2016-11-07T09:12:00-05:00', source: 'found',
 *   //  reason: 'Taken from the page\'s metadata "JSON-LD datePublished".', …}
 */
export function documentDateOptions(metadata: HtmlMetadata): Pick<DocumentDateOptions, 'pageDate'> {
  const published = metadata?.published
  if (!published || typeof published.value !== 'string') return {}
  const where = sourceNames[published.source] ?? published.source
  return {
    pageDate: {
      value: published.value,
      key: published.key ? `${where} ${published.key}` : where,
    },
  }
}
