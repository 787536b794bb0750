/**
 * Cues for the residue a scraper leaves in article text: boilerplate, embed
 * placeholders, "Story highlights" boxes, related-link teasers and
 * contributor lines. Phrases are lower-cased with punctuation and dashes
 * collapsed to single spaces (see `normaliseCue`).
 */

/** Whole lines that are boilerplate (after normalisation). */
export const boilerplateLines: ReadonlySet<string> = new Set([
  'developing story more to come',
  'this is a developing story',
  'this is a breaking news story',
  'this story is developing',
  'this story is developing and will be updated',
  'this is a developing story and will be updated',
  'this story has been updated',
  'more to come',
  'breaking news',
  'advertisement',
  'story continues below advertisement',
  'continue reading',
  'continue reading below',
  'read more',
  'read full story',
  'share this article',
  'share this story',
  'share',
  'click here',
  'reuter',
  'ap',
  'updated',
  'skip to main content',
  'all rights reserved',
])

/** Line openers that mark boilerplate (`Sign up for…`, `Copyright 2016…`). */
export const boilerplatePrefixes: readonly string[] = [
  'sign up for',
  'sign up to',
  'subscribe to',
  'follow us on',
  'follow cnn',
  'copyright',
  '©',
  'all rights reserved',
  'this article was originally published',
  'this story was originally published',
  'download the',
  'get our',
  'click here',
  'this story has been updated',
  'this is a developing story',
]

/**
 * Nouns of embedded media. A short line ending in one (`CNN Map`, `Video`,
 * `Interactive graphic`) is the placeholder an embed left behind.
 */
export const embedNouns: ReadonlySet<string> = new Set([
  'map',
  'video',
  'videos',
  'graphic',
  'graphics',
  'chart',
  'gallery',
  'interactive',
  'infographic',
  'timeline',
  'podcast',
  'slideshow',
])

/** Headings of a highlights box (`Story highlights`, `Key points`). */
export const highlightsHeadings: ReadonlySet<string> = new Set([
  'story highlights',
  'highlights',
  'key points',
  'key takeaways',
  'takeaways',
  'at a glance',
  'in brief',
  'the big picture',
  'summary',
  'tl;dr',
  'what you need to know',
])

/** Prefixes that label a related-link teaser (`Read more: …`, `Related: …`). */
export const relatedLinkPrefixes: readonly string[] = [
  'read more:',
  'read:',
  'related:',
  'read also:',
  'see also:',
  'more:',
  'watch:',
  'opinion:',
  'analysis:',
  'video:',
  'listen:',
  'explainer:',
]

/**
 * Capitalised words that label a line rather than name a place, so that
 * `BREAKING: …` or `UPDATE: …` is not read as a colon dateline (`SHANGHAI: …`).
 */
export const lineLabels: ReadonlySet<string> = new Set([
  'BREAKING',
  'BREAKING NEWS',
  'UPDATE',
  'UPDATED',
  'WATCH',
  'LISTEN',
  'EXCLUSIVE',
  'NOTE',
  "EDITOR'S NOTE",
  'EDITOR’S NOTE',
  'CORRECTION',
  'CLARIFICATION',
  'LIVE',
  'VIDEO',
  'PHOTOS',
  'OPINION',
  'ANALYSIS',
  'READ',
  'READ MORE',
  'MORE',
  'RELATED',
  'WARNING',
  'SPOILER',
  'FAQ',
  'NEW',
  'URGENT',
  'FLASH',
  'ALERT',
  'TOP',
  'ABOVE',
  'PHOTO',
])

/** Wh-words that open a teaser headline (`What to know about…`, `How the… complicates…`). */
export const teaserOpeners: ReadonlySet<string> = new Set([
  'what',
  'how',
  'why',
  'who',
  'where',
  'when',
  'which',
])

/** Endings of a contributor line (`… contributed to this report.`). */
export const contributorEndings: readonly string[] = [
  'contributed to this report',
  'contributed to this story',
  'contributed to this article',
  'contributed reporting',
  'contributed additional reporting',
  'also contributed',
  'contributed',
]

/** Openers of a wire credit line (`Reporting by …; Editing by …`). */
export const creditOpeners: readonly string[] = [
  'reporting by',
  'additional reporting by',
  'writing by',
  'editing by',
  'compiled by',
  'research by',
]

/**
 * The first word of a cue as `normaliseCue` gives it: a cheap screen before
 * normalising a whole line.
 *
 * @example
 *   firstCueWord('Developing story - more to come') // => 'developing'
 */
export function firstCueWord(value: string): string {
  const limit = Math.min(value.length, 40)
  let start = 0
  while (start < limit && !isCueCharacter(value.charAt(start)) && value.charAt(start) !== '©')
    start++
  if (value.charAt(start) === '©') return '©'
  let end = start
  while (end < limit && isCueCharacter(value.charAt(end))) end++
  return value.slice(start, end).toLowerCase()
}

function isCueCharacter(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  return char.toLowerCase() !== char.toUpperCase()
}

/** First words of the boilerplate lines and openers. */
export const boilerplateFirstWords: ReadonlySet<string> = new Set(
  [...boilerplateLines, ...boilerplatePrefixes].map((cue) => firstCueWord(cue)),
)

/** First words of the highlights headings. */
export const highlightsFirstWords: ReadonlySet<string> = new Set(
  [...highlightsHeadings].map((cue) => firstCueWord(cue)),
)

/**
 * Lower-case a short cue candidate and collapse punctuation, dashes and
 * spaces into single spaces, keeping `:`, `©` and `;`.
 *
 * @example
 *   normaliseCue('Developing story - more to come') // => 'developing story more to come'
 */
export function normaliseCue(value: string): string {
  let result = ''
  let space = false
  for (const char of value.toLowerCase()) {
    const keep =
      char === ':' ||
      char === '©' ||
      char === ';' ||
      char.toUpperCase() !== char ||
      (char >= '0' && char <= '9')
    if (keep) {
      if (space && result.length > 0) result += ' '
      space = false
      result += char
    } else if (char !== "'" && char !== '’') {
      space = true
    }
  }
  return result
}
