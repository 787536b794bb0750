import { shortMonths } from './months.js'
import { wordSet } from './words.js'

/**
 * Abbreviations news copy writes with a full stop, by category. Lower case, without the final
 * stop (`u.s` keeps its inner ones). Single capital letters (initials, `J. Smith`) are left to the
 * readers' rules, not listed.
 */

/** Titles of persons before a name (`Mr.`, `Sen.`, `Gov.`, `Rev.`). */
export const titleAbbreviations: ReadonlySet<string> = wordSet(`
  mr mrs ms dr prof gov sen sens rep reps pres rev fr hon supt insp det atty jr sr st
`)

/** Military and police ranks (`Gen.`, `Lt. Col.`, `Sgt.`). */
export const rankAbbreviations: ReadonlySet<string> = wordSet(`
  gen lt col maj capt cpt sgt cpl pvt adm brig cmdr const
`)

/** US state abbreviations in AP style (`Calif.`, `Conn.`, `Wash.`). */
export const stateAbbreviations: ReadonlySet<string> = wordSet(`
  ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
  okla ore pa tenn tex va vt wash wis wyo
`)

/** Month abbreviations (`Jan.`, `Sept.`). */
export const monthAbbreviations: ReadonlySet<string> = shortMonths

/** Company and organisation words (`Inc.`, `Corp.`, `Bros.`, `Dept.`). */
export const businessAbbreviations: ReadonlySet<string> = wordSet(`
  inc corp co ltd bros dept univ assn
`)

/** Everything else news copy abbreviates: places, numbers, Latin, times and countries. */
export const generalAbbreviations: ReadonlySet<string> = wordSet(`
  no nos vs etc approx est fig mt ft ave blvd rd e.g i.e a.m p.m u.s u.k u.n e.u d.c
`)

/** Every abbreviation of the categories above. */
export const abbreviations: ReadonlySet<string> = new Set([
  ...titleAbbreviations,
  ...rankAbbreviations,
  ...stateAbbreviations,
  ...monthAbbreviations,
  ...businessAbbreviations,
  ...generalAbbreviations,
])

/**
 * Abbreviations whose full stop does not end a sentence in news copy ("Gen. Joseph Dunford",
 * "Mr. Smith", "Jan. 5", "No. 3"). A full stop after a state, a company word, `etc.`, `a.m.` or
 * `U.S.` may end one ("…based in Hartford, Conn."), so those are left out.
 */
export const nonTerminalAbbreviations: ReadonlySet<string> = new Set([
  ...titleAbbreviations,
  ...rankAbbreviations,
  ...monthAbbreviations,
  ...wordSet('no nos vs approx fig mt ft ave blvd rd e.g i.e'),
])
