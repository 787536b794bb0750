import type { Warning } from '@copydesk/parse'
import { checkOptions } from '@copydesk/parse'
import type { Element, Root, RootContent } from 'hast'
import type { HtmlMetadata, MetadataSource, Sourced } from '../types.js'
import { findTextDates, findUrlDate, readStructuredDate } from './dates.js'

/** Options for `readMetadata`. */
export interface ReadMetadataOptions {
  /** The page's address: a fallback canonical URL and a source of dates (`/2016/11/07/`). */
  url?: string
  /** The moment dates after which are in the future (default: now); for reproducible runs. */
  now?: Date | string
}

// Meta keys (name, property or itemprop, lower case) in order of trust, for each field.
const publishedKeys = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'article:published',
  'published_time',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'datecreated',
]
const modifiedKeys = [
  'article:modified_time',
  'datemodified',
  'og:updated_time',
  'article:modified',
  'modified_time',
  'last-modified',
  'dcterms.modified',
  'dc.date.modified',
  'lastmod',
]
const headlineKeys = [
  'og:title',
  'twitter:title',
  'headline',
  'title',
  'dc.title',
  'sailthru.title',
]
const authorKeys = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'byl',
]
const sectionKeys = ['article:section', 'articlesection', 'parsely-section', 'section', 'category']
const siteKeys = ['og:site_name', 'application-name', 'publisher']

// JSON-LD types that describe the article itself; a WebPage's dates are a weaker fallback.
const articleType = /(?:Article|BlogPosting|Posting|Report|Story)$/
const pageType = /^(?:WebPage|ItemPage|CollectionPage)$/

const skipped = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe'])
const outside = new Set(['aside', 'nav', 'footer'])
const inside = new Set(['article', 'header', 'main', 'h1'])
const block = new Set([
  'p',
  'div',
  'li',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'time',
  'span',
  'section',
  'article',
  'header',
  'footer',
  'td',
  'tr',
  'dd',
  'dt',
  'figcaption',
  'address',
])
const updatedWord =
  /(?:updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt)/iu
const publishedWord =
  /(?:published|posted|veröffentlicht|publiziert|erschienen|publié|publicado|publicada|pubblicato|gepubliceerd|geplaatst)/iu

interface TimeElement {
  value: string
  /** Inside the article or its header (not inside an aside, nav or footer). */
  primary: boolean
  secondary: boolean
  modified: boolean
  published: boolean
}

interface Collected {
  lang?: string
  title?: string
  h1?: string
  canonical?: string
  meta: Map<string, string>
  jsonLd: string[]
  times: TimeElement[]
  microdata: Map<string, string>
  text: string[]
  /** The indices of text lines inside the article, its header or `<main>`. */
  primaryLines: Set<number>
  /** The index of the first text line of the first `<h1>`, when there is one. */
  headingLine?: number
  authorLinks: string[]
}

/**
 * What a page says about itself, each value with its `source` (`json-ld`, `meta`, `time`,
 * `url`, `text`) and `key`: headline, authors, published and modified dates, section,
 * language, canonical URL and site name. The publication date follows this precedence:
 * JSON-LD of the article (`datePublished`), then meta tags (`article:published_time`,
 * `parsely-pub-date`, `dc.date`, `date` …) and microdata, then a `<time>` in the article or its
 * header (before one in a sidebar), then a day in the URL, then a dateline in the page text
 * (`Published 7 November 2016`, `Veröffentlicht am 7. November 2016`, seven languages). Dates
 * from the URL and the text are kept only between 1990 and now. Bad input never throws: invalid
 * JSON-LD, impossible days (`2016-02-30`) and values of the wrong type are `warnings`.
 *
 * @throws {TypeError} when `tree` is not a hast Root or an option is malformed.
 */
export function readMetadata(tree: Root, options: ReadMetadataOptions = {}): HtmlMetadata {
  if (typeof tree !== 'object' || tree === null || (tree as Root).type !== 'root') {
    throw new TypeError(
      `Cannot \`readMetadata\` without a page: expected a hast Root (from rehype-parse), not ${describe(tree)}`,
    )
  }
  const checked = checkOptions<ReadMetadataOptions>('readMetadata', options, {
    url: 'string',
    now: {
      expected: 'a `Date` or an ISO date (`2016-11-07`)',
      test: (value: unknown) => value instanceof Date || typeof value === 'string',
    },
  })
  const now = checked.now === undefined ? Date.now() : new Date(checked.now).getTime()
  const warnings: Warning[] = []
  const page = collect(tree)
  const metadata: HtmlMetadata = { authors: [] }
  const ld = readJsonLd(page.jsonLd, warnings)
  const order = slashOrder(
    page.lang ?? page.meta.get('content-language') ?? page.meta.get('og:locale'),
  )

  const structured = (value: string, source: MetadataSource, key: string) => {
    const read = readStructuredDate(value)
    if (read.iso === undefined) {
      warnings.push({
        ruleId: 'html-bad-date',
        reason: `Ignored the ${key} ${JSON.stringify(value.slice(0, 40))}: ${read.problem}`,
      })
      return undefined
    }
    return { value: read.iso, source, key }
  }
  const inRange = (iso: string) => {
    const time = Date.parse(iso.slice(0, 10))
    return time >= Date.UTC(1990, 0, 1) && time <= now + 86_400_000
  }

  // Published and modified: JSON-LD article, meta and microdata, <time>, URL, text.
  for (const field of ['published', 'modified'] as const) {
    const ldKey = field === 'published' ? 'datePublished' : 'dateModified'
    let found: Sourced<string> | undefined
    for (const node of ld.articles) {
      const value = node[ldKey]
      if (value === undefined) continue
      if (typeof value !== 'string') {
        warnings.push({
          ruleId: 'html-bad-json-ld',
          reason: `Ignored JSON-LD ${ldKey}: expected a string, not ${describe(value)}`,
        })
        continue
      }
      found = structured(value, 'json-ld', ldKey)
      if (found) break
    }
    const keys = field === 'published' ? publishedKeys : modifiedKeys
    for (const key of keys) {
      if (found) break
      const value = page.meta.get(key) ?? page.microdata.get(key)
      if (value !== undefined) found = structured(value, 'meta', key)
    }
    if (!found) {
      const times = page.times.filter((time) =>
        field === 'published' ? !time.modified : time.modified,
      )
      const best =
        times.find((time) => time.published && !time.secondary) ??
        times.find((time) => time.primary && !time.secondary) ??
        times.find((time) => !time.secondary) ??
        times[0]
      if (best) found = structured(best.value, 'time', 'datetime')
    }
    for (const node of ld.pages) {
      if (found) break
      const value = node[ldKey]
      if (typeof value === 'string') found = structured(value, 'json-ld', ldKey)
    }
    if (!found && field === 'published' && checked.url !== undefined) {
      const iso = findUrlDate(checked.url)
      if (iso && inRange(iso)) found = { value: iso, source: 'url', key: 'path' }
    }
    if (!found) found = textDate(page, field, inRange, order)
    else if (field === 'published' && found.source !== 'text')
      found = localDay(found, page.text, order)
    if (found) metadata[field] = found
  }

  // Headline.
  const ldHeadline = firstString(ld.articles, ['headline', 'name'])
  if (ldHeadline)
    metadata.headline = { value: ldHeadline.value, source: 'json-ld', key: ldHeadline.key }
  else {
    const key = headlineKeys.find((name) => page.meta.has(name))
    if (key) metadata.headline = { value: page.meta.get(key)!, source: 'meta', key }
    else if (page.h1) metadata.headline = { value: page.h1, source: 'text', key: 'h1' }
    else if (page.title) metadata.headline = { value: page.title, source: 'meta', key: 'title' }
  }

  // Authors.
  const seen = new Set<string>()
  const addAuthor = (name: string, source: MetadataSource, key: string) => {
    const clean = name.replace(/\s+/g, ' ').trim()
    if (
      clean === '' ||
      clean.length > 100 ||
      /^https?:/.test(clean) ||
      seen.has(clean.toLowerCase())
    )
      return
    seen.add(clean.toLowerCase())
    metadata.authors.push({ value: clean, source, key })
  }
  for (const node of ld.articles)
    for (const name of personNames(node.author)) addAuthor(name, 'json-ld', 'author')
  if (metadata.authors.length === 0) {
    for (const key of authorKeys) {
      const value = page.meta.get(key) ?? page.microdata.get(key)
      if (value === undefined) continue
      for (const name of value.split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*/u))
        addAuthor(name, 'meta', key)
      if (metadata.authors.length > 0) break
    }
  }
  if (metadata.authors.length === 0)
    for (const name of page.authorLinks) addAuthor(name, 'text', 'rel=author')

  // Section, language, canonical URL, site name.
  const ldSection = firstString(ld.articles, ['articleSection'])
  if (ldSection)
    metadata.section = { value: ldSection.value, source: 'json-ld', key: 'articleSection' }
  else {
    const key = sectionKeys.find((name) => page.meta.has(name))
    if (key) metadata.section = { value: page.meta.get(key)!, source: 'meta', key }
  }
  const ldLanguage = firstString(ld.articles, ['inLanguage'])
  if (page.lang) metadata.language = { value: page.lang, source: 'meta', key: 'lang' }
  else if (ldLanguage)
    metadata.language = { value: ldLanguage.value, source: 'json-ld', key: 'inLanguage' }
  else if (page.meta.has('content-language'))
    metadata.language = {
      value: page.meta.get('content-language')!.split(',')[0]!.trim(),
      source: 'meta',
      key: 'content-language',
    }
  else if (page.meta.has('og:locale'))
    metadata.language = {
      value: page.meta.get('og:locale')!.replace('_', '-'),
      source: 'meta',
      key: 'og:locale',
    }
  if (page.canonical)
    metadata.canonicalUrl = {
      value: absolute(page.canonical, checked.url),
      source: 'meta',
      key: 'canonical',
    }
  else if (page.meta.has('og:url'))
    metadata.canonicalUrl = { value: page.meta.get('og:url')!, source: 'meta', key: 'og:url' }
  else if (checked.url !== undefined)
    metadata.canonicalUrl = { value: checked.url, source: 'url', key: 'url' }
  const publisher = ld.articles.map((node) => personNames(node.publisher)[0]).find(Boolean)
  if (publisher) metadata.siteName = { value: publisher, source: 'json-ld', key: 'publisher' }
  else {
    const key = siteKeys.find((name) => page.meta.has(name))
    if (key) metadata.siteName = { value: page.meta.get(key)!, source: 'meta', key }
  }
  warnings.push(...ld.warnings)
  if (warnings.length > 0) metadata.warnings = warnings
  return metadata
}

/**
 * A UTC instant (`2016-11-08T03:10:00Z`) names the day in Greenwich, not the day the page shows
 * its readers: when the page text shows the day before or after it in a dateline, that day wins
 * (source `text`, key `local-day`).
 */
function localDay(
  found: Sourced<string>,
  text: string[],
  order: 'day-first' | 'month-first' | undefined,
): Sourced<string> {
  if (!/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|\+00:00)$/.test(found.value)) return found
  const day = Date.parse(found.value.slice(0, 10))
  for (const line of text) {
    if (line.length > 300) continue
    for (const date of findTextDates(line, order)) {
      const shown = Date.parse(date.iso)
      if (shown === day) return found
      if (Math.abs(shown - day) === 86_400_000)
        return { value: date.iso, source: 'text', key: 'local-day' }
    }
  }
  return found
}

/**
 * A dateline in the page text: one after a "published" word first; else the first unlabelled
 * date in the article or its header, else the first after the headline (a date above the
 * `<h1>`, as in a masthead's "today", is not the article's), else the first on a page without one.
 */
function textDate(
  page: Collected,
  field: 'published' | 'modified',
  inRange: (iso: string) => boolean,
  order: 'day-first' | 'month-first' | undefined,
): Sourced<string> | undefined {
  const { text, primaryLines, headingLine } = page
  let first: Sourced<string> | undefined
  let firstRank = 3
  for (let index = 0; index < text.length; index++) {
    const line = text[index]!
    if (line.length > 300) continue
    const rank = primaryLines.has(index)
      ? 0
      : headingLine === undefined
        ? 2
        : index >= headingLine
          ? 1
          : 3
    for (const date of findTextDates(line, order)) {
      if (!inRange(date.iso)) continue
      const before = line.slice(Math.max(0, date.start - 40), date.start)
      const updated = updatedWord.test(before)
      const published = publishedWord.test(before)
      if (field === 'modified') {
        if (updated) return { value: date.iso, source: 'text', key: 'updated' }
        continue
      }
      if (published) return { value: date.iso, source: 'text', key: 'published' }
      if (!updated && rank < firstRank) {
        first = { value: date.iso, source: 'text', key: 'dateline' }
        firstRank = rank
      }
    }
  }
  return first
}

/**
 * How the page's language writes `07/11/2016`: month first in US English (and Filipino), day
 * first in the other languages with a known convention, unknown otherwise.
 */
function slashOrder(language: string | undefined): 'day-first' | 'month-first' | undefined {
  if (!language) return undefined
  const tag = language.toLowerCase().replace('_', '-')
  if (tag === 'en-us' || tag.startsWith('fil') || tag === 'en-ph') return 'month-first'
  if (/^(?:de|fr|es|it|pt|nl|en-gb|en-au|en-nz|en-ie|en-in)\b/.test(tag)) return 'day-first'
  return undefined
}

/** One pass over the tree (iterative, so deep nesting cannot overflow the stack). */
function collect(tree: Root): Collected {
  const page: Collected = {
    meta: new Map(),
    jsonLd: [],
    times: [],
    microdata: new Map(),
    text: [],
    authorLinks: [],
    primaryLines: new Set(),
  }
  let line = ''
  let linePrimary = false
  const flush = () => {
    const clean = line.replace(/\s+/g, ' ').trim()
    if (clean !== '') {
      if (linePrimary) page.primaryLines.add(page.text.length)
      page.text.push(clean)
    }
    line = ''
    linePrimary = false
  }
  type Frame = {
    node: RootContent
    primary: boolean
    secondary: boolean
    flag: string
    exit?: boolean
  }
  const stack: Frame[] = []
  const push = (children: RootContent[], primary: boolean, secondary: boolean, flag: string) => {
    for (let index = children.length - 1; index >= 0; index--)
      stack.push({ node: children[index]!, primary, secondary, flag })
  }
  push(tree.children, false, false, '')
  while (stack.length > 0) {
    const frame = stack.pop()!
    const { node } = frame
    if (frame.exit) {
      flush()
      continue
    }
    if (node.type === 'text') {
      if (!frame.secondary) {
        line += node.value
        if (frame.primary && node.value.trim() !== '') linePrimary = true
      }
      continue
    }
    if (node.type !== 'element') continue
    const name = node.tagName
    const props = node.properties ?? {}
    if (name === 'html' && typeof props.lang === 'string' && props.lang.trim() !== '')
      page.lang = props.lang.trim()
    if (name === 'meta') {
      const content = props.content
      const keys = [
        props.name,
        props.property,
        ...(list(props.itemProp) ?? []),
        ...(list(props.httpEquiv) ?? []),
      ]
      if (typeof content === 'string' || typeof content === 'number') {
        for (const key of keys) {
          if (typeof key !== 'string' || key === '') continue
          const lower = key.toLowerCase()
          if (!page.meta.has(lower) && String(content).trim() !== '')
            page.meta.set(lower, String(content).trim())
        }
      }
      continue
    }
    if (name === 'link') {
      const rel = list(props.rel)?.map((value) => value.toLowerCase())
      if (rel?.includes('canonical') && typeof props.href === 'string' && !page.canonical)
        page.canonical = props.href
      continue
    }
    if (name === 'title') {
      page.title ??= textOf(node)
      continue
    }
    if (name === 'script') {
      if (typeof props.type === 'string' && props.type.toLowerCase().includes('ld+json'))
        page.jsonLd.push(textOf(node))
      continue
    }
    if (skipped.has(name)) continue
    const className = (list(props.className) ?? []).join(' ').toLowerCase()
    const itemProp = list(props.itemProp)?.map((value) => value.toLowerCase()) ?? []
    const secondary =
      frame.secondary ||
      outside.has(name) ||
      /\b(?:sidebar|related|recommended|most-?popular|comments?)\b/.test(className)
    const primary = frame.primary || inside.has(name)
    const flag =
      /updat|modif/.test(className) || itemProp.includes('datemodified')
        ? 'modified'
        : /publish|pubdate|posted/.test(className) || itemProp.includes('datepublished')
          ? 'published'
          : frame.flag
    for (const key of itemProp) {
      const value = props.dateTime ?? props.content
      if (
        (key === 'datepublished' || key === 'datemodified' || key === 'datecreated') &&
        typeof value === 'string'
      )
        if (!page.microdata.has(key)) page.microdata.set(key, value)
      if (key === 'author' && !page.microdata.has('author')) {
        const author = textOf(node).trim()
        if (author) page.microdata.set('author', author)
      }
    }
    if (name === 'time' && typeof props.dateTime === 'string' && props.dateTime.trim() !== '') {
      page.times.push({
        value: props.dateTime,
        primary,
        secondary,
        modified: flag === 'modified',
        published: flag === 'published' || props.pubdate !== undefined,
      })
    }
    if (name === 'a' && list(props.rel)?.includes('author')) page.authorLinks.push(textOf(node))
    if (name === 'h1' && page.h1 === undefined && !secondary) {
      const heading = textOf(node).replace(/\s+/g, ' ').trim()
      if (heading) {
        page.h1 = heading
        page.headingLine = page.text.length + (line.trim() === '' ? 0 : 1)
      }
    }
    if (block.has(name)) {
      flush()
      stack.push({ node, primary, secondary, flag, exit: true })
    }
    push(node.children, primary, secondary, flag)
  }
  flush()
  return page
}

interface JsonLd {
  articles: Record<string, unknown>[]
  pages: Record<string, unknown>[]
  warnings: Warning[]
}

/** Every JSON-LD node of an article type (through `@graph`, arrays and `mainEntity`). */
function readJsonLd(blocks: string[], warnings: Warning[]): JsonLd {
  const result: JsonLd = { articles: [], pages: [], warnings: [] }
  blocks.forEach((block, index) => {
    let data: unknown
    try {
      data = JSON.parse(block.replace(/^\s*<!--|-->\s*$/g, ''))
    } catch (error) {
      warnings.push({
        ruleId: 'html-bad-json-ld',
        reason: `Ignored JSON-LD block ${index + 1}: it is not valid JSON (${(error as Error).message.slice(0, 80)})`,
      })
      return
    }
    const queue: unknown[] = [data]
    let visited = 0
    while (queue.length > 0 && visited < 10_000) {
      const item = queue.pop()
      visited++
      if (Array.isArray(item)) {
        for (let i = item.length - 1; i >= 0; i--) queue.push(item[i])
        continue
      }
      if (typeof item !== 'object' || item === null) continue
      const node = item as Record<string, unknown>
      const types = (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).filter(
        (type): type is string => typeof type === 'string',
      )
      if (types.some((type) => articleType.test(type))) result.articles.push(node)
      else if (types.some((type) => pageType.test(type))) result.pages.push(node)
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
        if (node[key] !== undefined && typeof node[key] === 'object') queue.push(node[key])
      }
    }
  })
  return result
}

function firstString(
  nodes: Record<string, unknown>[],
  keys: string[],
): { value: string; key: string } | undefined {
  for (const node of nodes) {
    for (const key of keys) {
      const value = node[key]
      const text =
        typeof value === 'string'
          ? value
          : Array.isArray(value) && typeof value[0] === 'string'
            ? value[0]
            : undefined
      if (text && text.trim() !== '') return { value: text.trim(), key }
    }
  }
  return undefined
}

/** Names in a schema.org author or publisher value: a string, `{name}`, or an array of them. */
function personNames(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value]
  const names: string[] = []
  for (const item of items.slice(0, 50)) {
    if (typeof item === 'string') names.push(item)
    else if (typeof item === 'object' && item !== null) {
      const name = (item as Record<string, unknown>).name
      if (typeof name === 'string') names.push(name)
    }
  }
  return names
}

function list(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean)
  return undefined
}

function textOf(node: Element): string {
  let text = ''
  const stack: RootContent[] = [...node.children].reverse()
  while (stack.length > 0) {
    const child = stack.pop()!
    if (child.type === 'text') text += child.value
    else if (child.type === 'element')
      for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]!)
  }
  return text
}

function absolute(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href
  } catch {
    return href
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object'
    ? 'an object'
    : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`
}
