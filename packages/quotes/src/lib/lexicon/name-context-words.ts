import { prepositions } from '@copydesk/lexicon'
import { pick, words } from './words.js'

/**
 * Words that tell, from the text around a name, what the name is doing in its sentence.
 */

/**
 * Irregular past forms and auxiliaries that, right after a name, make it its clause's subject
 * ("Foster wrote", "Adams, 76, recalls" is caught by the regular `-s`/`-ed` rule).
 */
export const subjectVerbForms: readonly string[] = words(`
  said told gave made took went came saw got put wrote spoke thought felt knew found left met held
  sent won lost paid brought kept led began became chose did had was is will would can could may
  might must should
`)

/** A preposition right before a name makes it no subject ("a letter to Smith was sent"). */
export const prepositionsBeforeName: readonly string[] = pick(
  prepositions,
  'like unlike about with to from by of than for at on in into against without',
)

/** Words of a photo credit in brackets at the end of a caption line ("(THE CANADIAN PRESS FILE PHOTO)"). */
export const photoCreditWords: readonly string[] = words('photo photos images getty file pool')

/**
 * Words that subordinate or contrast the clause they open ("Although Trump has tweeted …",
 * "Unlike Al Mnajer, he …"): a name after one is not the main clause's subject.
 */
export const subordinators: ReadonlySet<string> = new Set([
  'although',
  'though',
  'while',
  'whereas',
  'because',
  'unless',
  'unlike',
  'if',
])
