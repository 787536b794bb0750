import { words } from './words.js'
/**
 * Capitalised words that are never part of a person's name: sentence openers, determiners,
 * pronouns, weekdays and months. A run of capitalised words loses these at its edges ("But Green"
 * → "Green", "Sunday Dunford" is not a name).
 */
export const nonNameWords: ReadonlySet<string> = new Set(
  words(`
    the a an in on at but and or nor if when while after before since as for from to of with without
    by this that these those it he she they we i you his her their our my your its there here what
    who why how where which both some many most all each every no not so then now also just even
    still yet according meanwhile however last next although though because until unless once during
    despite about asked said says told added yes oh well today tonight yesterday tomorrow monday
    tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mon
    tue tues wed thu thurs fri sat sun day christmas easter eve thanksgiving halloween ramadan
    hanukkah diwali weekend morning afternoon evening night read more photo image video watch
    updated story related advertisement getty images file associated reuters ap afp cnn bbc et gmt
    utc am pm st mt ft ave rd jr sr ii iii iv over under into onto upon than via per like unlike
    whose will would can could should must did does do is are was were be been has have had another
    other such only first second third one two three new former several few any either neither
    whether instead indeed perhaps maybe please thanks thank mr mrs ms
  `),
)

/**
 * Lower-case particles inside names ("Ibn", "de", "van der", "bin"): kept inside a run of
 * capitalised words so "Ludwig van Beethoven" stays one name.
 */
export const nameParticles: ReadonlySet<string> = new Set(
  words(`
    de da di do dos das du del della der den van von la le bin ibn al el ben bint abu y ter ten st
    mac ap
  `),
)

/**
 * Nationality and regional adjectives: capitalised, often next to names ("Turkish counterpart",
 * "Prominent Canadian"), never a name on their own. They may open an organisation's name
 * ("Syrian Democratic Forces"), so they only stop a person's name.
 */
export const demonyms: ReadonlySet<string> = new Set(
  words(`
    american canadian mexican british english scottish welsh irish french german italian spanish
    portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish czech hungarian
    romanian greek turkish russian ukrainian belarusian syrian iraqi iranian israeli palestinian
    lebanese jordanian egyptian saudi emirati qatari yemeni afghan pakistani indian bangladeshi
    chinese japanese korean vietnamese thai indonesian malaysian filipino australian african
    nigerian kenyan ethiopian brazilian argentine argentinian chilean colombian venezuelan cuban
    kurdish arab european asian latin western eastern northern southern soviet sunni shiite muslim
    christian jewish catholic democratic republican liberal conservative federal national
    international
  `),
)

/** The whitespace-separated words of a lexicon block. */

/** Lower-case words that may join the words of a name ("Chiefs of Staff", "Bureau for Food"). */
export const nameConnectorWords: readonly string[] = words('of the for and on')

/** What may join the words of a name: the connector words and `&` ("Marks & Spencer"). */
export const nameConnectors: ReadonlySet<string> = new Set([...nameConnectorWords, '&'])

/** Months that are also surnames ("Theresa May", "Elizabeth May") after a common given name. */
export const monthSurnames: ReadonlySet<string> = new Set(words('may june april august'))
