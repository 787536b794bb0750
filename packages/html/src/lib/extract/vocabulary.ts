/**
 * The class/id vocabulary of page templates: the words front-end developers name content and
 * residue containers with, as Readability and trafilatura read them. Matched per word of the
 * class and id (split at anything not a letter or digit), at the word's start or end, so
 * `comments`, `commentList` and `article-comments` all say "comment".
 */

/** Containers of the article itself. */
const positiveWords = [
  'article',
  'body',
  'content',
  'entry',
  'hentry',
  'main',
  'page',
  'post',
  'text',
  'blog',
  'story',
  'prose',
]

/** Containers of residue: navigation, sharing, comments, promotion, related items. */
const negativeWords = [
  'hidden',
  'banner',
  'combx',
  'comment',
  'contact',
  'footer',
  'masthead',
  'media',
  'meta',
  'outbrain',
  'taboola',
  'promo',
  'related',
  'scroll',
  'share',
  'sharing',
  'shoutbox',
  'sidebar',
  'skyscraper',
  'sponsor',
  'shopping',
  'tags',
  'widget',
  'social',
  'newsletter',
  'subscribe',
  'signup',
  'breadcrumb',
  'recommend',
  'trending',
  'popular',
  'nav',
  'menu',
  'toolbar',
  'advert',
  'disqus',
  'byline',
  'author',
  'caption',
  'credit',
  'dateline',
  'timestamp',
  'teaser',
]

/** Words that rule a container out (Readability's "unlikely candidates"). */
const unlikelyWords = [
  'banner',
  'breadcrumb',
  'combx',
  'comment',
  'community',
  'disqus',
  'footer',
  'gdpr',
  'legends',
  'menu',
  'related',
  'remark',
  'replies',
  'rss',
  'shoutbox',
  'sidebar',
  'skyscraper',
  'social',
  'sponsor',
  'supplemental',
  'agegate',
  'pagination',
  'pager',
  'popup',
  'share',
  'sharing',
  'newsletter',
  'outbrain',
  'taboola',
  'recommend',
  'trending',
  'cookie',
  'consent',
  'promo',
  'subscribe',
  'paywall',
  'advert',
]

/** Words that keep a container in play even when an unlikely word is there too. */
const maybeWords = ['and', 'article', 'body', 'column', 'content', 'main', 'shadow', 'story']

/** Short words matched whole only (a prefix match of `ad` would catch `add`, `admin`, `address`). */
const exactNegative = new Set([
  'ad',
  'ads',
  'adv',
  'hid',
  'aside',
  'tool',
  'tools',
  'login',
  'modal',
])

function words(evidence: string): string[] {
  const result: string[] = []
  let word = ''
  for (let index = 0; index < evidence.length && index < 2000; index++) {
    const character = evidence[index] as string
    const code = evidence.charCodeAt(index)
    const upper = code >= 65 && code <= 90
    const lower = code >= 97 && code <= 122
    const digit = code >= 48 && code <= 57
    if (upper || lower || digit) {
      // camelCase splits too: `relatedStories` → related, stories (the whole word stays as well).
      if (upper && word.length > 0 && !isUpper(word.charCodeAt(word.length - 1))) {
        result.push(word.toLowerCase())
      }
      word += character
    } else if (word.length > 0) {
      result.push(word.toLowerCase())
      word = ''
    }
  }
  if (word.length > 0) result.push(word.toLowerCase())
  return result
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

function matches(word: string, list: readonly string[]): boolean {
  for (const entry of list) {
    if (word.startsWith(entry) || (word.length > entry.length && word.endsWith(entry))) return true
  }
  return false
}

/** ±25 per side, as Readability weighs class and id: content words up, residue words down. */
export function classWeight(evidence: string): number {
  let positive = false
  let negative = false
  for (const word of words(evidence)) {
    if (exactNegative.has(word)) negative = true
    else if (matches(word, negativeWords)) negative = true
    else if (matches(word, positiveWords)) positive = true
  }
  return (positive ? 25 : 0) - (negative ? 25 : 0)
}

/** Whether the class/id rules the container out as residue (and no content word keeps it). */
export function isUnlikely(evidence: string): boolean {
  let unlikely = false
  for (const word of words(evidence)) {
    if (matches(word, maybeWords)) return false
    if (exactNegative.has(word) || matches(word, unlikelyWords)) unlikely = true
  }
  return unlikely
}
