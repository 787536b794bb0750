import { words } from './words.js'
/**
 * Head nouns that tell what kind of speaker a description names.
 *
 * - `personNouns`: roles and descriptions of people ("the spokesman", "the 39-year-old founder",
 *   "the general"). A definite description headed by one resolves to a person introduced earlier.
 * - `organisationNouns`: bodies that speak ("the Turkish army", "the agency", "DoD News").
 * - `documentNouns`: texts that "say" on their author's behalf ("the statement", "the lawsuit");
 *   the speaker is the author: the organisation or person named in the description, else the
 *   previous speaker.
 *
 * Plural forms are listed where news uses them as speakers ("officials said").
 */
export const personNouns: ReadonlySet<string> = new Set(
  words(`
    spokesman spokeswoman spokesperson minister secretary president chairman chairwoman chair
    director general colonel commander officer official chief head leader mayor governor senator
    representative congressman congresswoman lawmaker legislator councillor councilor ambassador
    envoy diplomat negotiator professor lecturer researcher scientist analyst expert economist
    strategist consultant lawyer attorney judge justice prosecutor founder co-founder owner
    proprietor executive ceo manager coach player captain adviser advisor aide premier chancellor
    king queen prince princess pope bishop priest pastor imam rabbi doctor physician surgeon nurse
    author writer novelist poet journalist reporter editor columnist teacher principal student
    resident mother father wife husband son daughter brother sister grandmother grandfather woman
    man boy girl person survivor witness victim activist organiser organizer campaigner candidate
    nominee incumbent commissioner superintendent inspector detective sergeant lieutenant major
    admiral soldier veteran chef designer artist actor actress singer musician rapper producer
    filmmaker athlete golfer fighter boxer champion winner star entrepreneur businessman
    businesswoman farmer labourer laborer worker employee volunteer mp mpp mla politician maverick
    democrat republican brawler refugee immigrant patient parent trainer caddie pilot driver guard
    deputy sheriff constable marshal vice-president vp treasurer president-elect partner agent
    broker banker investor trader dealer engineer architect developer historian psychologist psychiatrist
    therapist counsellor counselor pharmacist dentist paramedic firefighter teenager youngster child
    mom dad widow widower fan voter shopper customer client tenant landlord neighbour neighbor
    friend colleague counterpart teammate opponent rival critic supporter ally member staffer host
    guest speaker presenter narrator interpreter translator superstar officials experts analysts
    residents protesters protestors activists members players workers leaders lawmakers sources
    witnesses critics economists researchers scientists doctors parents students organizers
    organisers supporters opponents investigators prosecutors authorities lawyers attorneys voters
    users people chiefs executives diplomats conservatives liberals tories progressives
  `),
)

export const organisationNouns: ReadonlySet<string> = new Set(
  words(`
    army forces force military navy ministry department agency government administration police
    office council committee commission union party company corporation corp inc ltd llc firm group
    association federation institute institution university college school hospital court bank board
    authority authorities service services news press network newspaper magazine channel broadcaster
    coalition alliance militia command organisation organization foundation fund league club team
    church diocese archdiocese parish embassy consulate parliament congress senate cabinet
    bureau center centre campaign
    secretariat directorate tribunal regulator watchdog body caucus society charity trust program
    programme project initiative movement brigade battalion regiment unit units rebels troops guard
    staff state city county province municipality district region airline airport manufacturer maker
    retailer chain startup studio label publisher outlet site website paper daily times post journal
    tribune herald gazette telegraph guardian house white pentagon kremlin nations community side
    camp
  `),
)

export const documentNouns: ReadonlySet<string> = new Set(
  words(`
    statement report study survey complaint lawsuit suit claim filing letter memo document documents
    poem findings release post tweet email e-mail ruling decision order indictment affidavit
    petition analysis data poll article book note message announcement notice communique communiqué
    bulletin brief motion judgment judgement verdict records papers transcript video website site
    blog editorial review audit assessment forecast estimate estimates figures statistics research
    paper proposal plan bill legislation law policy guidelines warning advisory application charges
    charge response reply sign caption
  `),
)

/** Determiners and quantifiers that open a plural group ("several executives", "many residents"). */
export const groupQuantifiers: ReadonlySet<string> = new Set(
  words(`
    the some several many most few other both all two three four five dozens hundreds thousands
  `),
)

/** Lower-case words that may stand in a role before a name ("senior policy adviser Jo Lee"). */
export const roleModifiers: ReadonlySet<string> = new Set(
  words(`
    deputy senior junior former chief vice assistant associate executive general press acting
    interim lead head managing principal policy foreign defence defense finance health justice trade
    public national regional local state federal provincial municipal city county police fire team
    league club union party company campaign communications media research legal medical political
    economic military security intelligence opposition government independent longtime veteran
    retired
  `),
)

/**
 * Organisation nouns that can stand for one another: "the agency" may refer back to "the State
 * Department", "the company" to "Acme Corp.", "the team" to "the Riverside Football Club". A
 * description resolves to the latest organisation whose name has a noun of the same family, or
 * no organisation noun at all (a brand or acronym: "Suncor", "NASA"). Nouns not listed form a
 * family of their own.
 */
export const organisationFamilies: ReadonlyMap<string, string> = new Map(
  Object.entries({
    company: `company corporation corp inc ltd llc firm group maker manufacturer retailer chain
      startup airline business bank studio label publisher`,
    government: `ministry department agency government administration office bureau service
      services authority secretariat directorate regulator watchdog commission council committee
      board embassy consulate`,
    media: `news press network newspaper magazine channel broadcaster outlet site website paper daily
      times post journal tribune herald gazette telegraph guardian`,
    military: `army forces force military navy militia command brigade battalion regiment unit units
      rebels troops guard`,
    sport: 'team club league side',
    members: 'union association federation society',
    education: 'university college school institute institution',
    court: 'court tribunal',
    politics: 'party caucus coalition alliance campaign',
  }).flatMap(([family, block]) => words(block).map((noun) => [noun, family] as const)),
)

/** The whitespace-separated words of a lexicon block. */

/**
 * Organisation families that go by bare names ("Suncor", "the Raptors"): "the company" or "the
 * team" may reach back to one; a ministry, an army or a union is named with its noun, so "the
 * agency" never reaches back to a stray "US" or "HR".
 */
export const brandFamilies: ReadonlySet<string> = new Set(['company', 'sport'])

/** Endings of nouns that name a woman ("spokeswoman", "grandmother"). */
export const femaleNounEndings: readonly string[] = words(`
  woman wife mother daughter sister grandmother girl actress widow queen princess
`)

/** Endings of nouns that name a man ("chairman", "grandfather"). */
export const maleNounEndings: readonly string[] = words(`
  man husband father son brother grandfather boy widower king prince
`)
