import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Seed, SeedNumber } from '@copydesk/test-utils'
import {
  type DocumentDateSibling,
  extractTimexes,
  resolveDocumentDate,
  type Timex,
} from '../src/index.js'

/** Where the reviewed seed fixtures live: `test/fixtures/<seed id>.json`. */
export const fixtureDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

/**
 * What each seed knows of its siblings, as the demo tells it: 001 is a rescrape of 000 (a
 * duplicate), 002 another outlet's report of the same story; 000 and 003 state their own dates.
 */
const siblingsOf: Record<SeedNumber, DocumentDateSibling[]> = {
  '000': [],
  '001': [{ id: '000', dct: '2016-11-07', relation: 'duplicate' }],
  '002': [{ id: '000', dct: '2016-11-07', relation: 'story' }],
  '003': [],
}

/** A seed's dating output: the document date resolveDocumentDate decides, and the timexes against it. */
export function fixtureOf(seed: Seed): {
  documentDate: { value: string; source: string; reason: string } | null
  reason?: string
  timexes: Timex[]
} {
  const siblings = siblingsOf[seed.number]
  const resolution = resolveDocumentDate(seed.text, siblings.length ? { siblings } : {})
  const { documentDate } = resolution
  const timexes = extractTimexes(seed.text, documentDate ? { dct: documentDate } : {})
  if (!documentDate) return { documentDate: null, reason: resolution.reason, timexes }
  const { value, source, reason } = documentDate
  return { documentDate: { value, source, reason }, timexes }
}
