import { prepositions } from '@copydesk/lexicon'
import { pick } from './words.js'

/**
 * Participles that may stand between a document noun and "by"/"from": "a statement released by",
 * "a notice put out by".
 */
export const authorVerbs: ReadonlySet<string> = new Set([
  'released',
  'published',
  'issued',
  'filed',
  'prepared',
  'written',
  'commissioned',
  'signed',
  'sent',
  'posted',
  'put',
  'out',
])

/** Name a document's author after its noun ("a report by", "a statement from"). */
export const authorPrepositions: ReadonlySet<string> = new Set(pick(prepositions, 'by from'))

/** Where a document is published: "on its website", "the ministry's Twitter account". */
export const sites: ReadonlySet<string> = new Set([
  'website',
  'site',
  'blog',
  'page',
  'account',
  'feed',
  'channel',
])
