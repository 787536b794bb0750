import {
  bylineRoleWords,
  newsOrganisations,
  organisationWords,
} from '../data/news-organisations.js'
import { normaliseSpaces } from '../text/characters.js'
import { isAllCaps, isCapitalised, lineWords } from '../text/words.js'

/** Authors and organisation read from a byline. */
export interface BylineReading {
  authors: string[]
  organisation?: string
}

const bylineOpeners = ['by ', 'written by ', 'words by ', 'story by ']
const bylineScreen = /^(?:written |words |story )?by\s/i

/**
 * Read a byline paragraph: `By Angela Dewan, CNN`, `By A, B and C, Reuters`,
 * `By Jane Doe | The Kyiv Post`. The names after `By` must be capitalised;
 * an organisation is the last comma- or bar-separated part when it follows an
 * `and` list or reads as an organisation (a known outlet, an acronym, or a
 * name with a word such as `News` or `Times`).
 *
 * @example
 *   readByline('By Angela Dewan, CNN') // => {authors: ['Angela Dewan'], organisation: 'CNN'}
 */
export function readByline(paragraph: string): BylineReading | undefined {
  if (paragraph.length > 200 || !bylineScreen.test(paragraph)) return undefined
  const value = normaliseSpaces(paragraph)
  const lower = value.toLowerCase()
  const opener = bylineOpeners.find((candidate) => lower.startsWith(candidate))
  if (!opener) return undefined
  let rest = value.slice(opener.length).trim()
  if (!isCapitalised(rest)) return undefined
  if (/[.!?]["”’]?$/.test(rest) && !/\b[A-Z]\.$/.test(rest)) return undefined

  let organisation: string | undefined
  const bar = rest.search(/ [|/·•] /)
  if (bar > 0) {
    organisation = rest.slice(bar + 3).trim()
    rest = rest.slice(0, bar).trim()
  } else {
    const comma = rest.lastIndexOf(',')
    if (comma > 0) {
      const last = rest.slice(comma + 1).trim()
      const before = rest.slice(0, comma)
      if (!/\band\b|&/.test(last) && (/\band\b|&/.test(before) || readsAsOrganisation(last))) {
        organisation = last
        rest = before
      } else if (isRole(last)) {
        rest = before
      }
    }
  }

  const authors: string[] = []
  for (const part of rest.split(/,|\band\b|&/)) {
    const name = part.trim()
    if (name === '' || isRole(name)) continue
    if (!isCapitalised(name)) return undefined
    authors.push(name)
  }
  if (authors.length === 0 || authors.some((name) => lineWords(name).length > 5)) return undefined
  const reading: BylineReading = { authors }
  if (organisation) reading.organisation = organisation
  return reading
}

/** Whether a name reads as an organisation rather than a person. */
export function readsAsOrganisation(name: string): boolean {
  const lower = name.toLowerCase()
  if (newsOrganisations.has(lower)) return true
  const words = lineWords(name)
  if (words.length === 1 && isAllCaps(name)) return true
  return words.some(
    (word) => organisationWords.has(word.lower) || newsOrganisations.has(word.lower),
  )
}

function isRole(value: string): boolean {
  return lineWords(value).some((word) => bylineRoleWords.has(word.lower))
}
