import { words } from './words.js'
/**
 * Capitalised words that end a company's name ("Suncor Energy", "Facebook Research", "United
 * Technologies", "Magna International Holdings"). A capitalised run ending in one of these names
 * an organisation, not a person, even with no organisation noun ("army", "ministry") in it.
 *
 * Words that are also common surnames ("Power", "Brand", "Health" as in "Tom Health") are left out.
 */
export const companyNameEndings: ReadonlySet<string> = new Set(
  words(`
    energy research technologies technology holdings industries pharmaceuticals pharma
    therapeutics motors airlines airways systems labs laboratories media capital partners foods
    resources communications entertainment solutions networks software insurance financial
    railway railways railroad petroleum mining steel ventures enterprises logistics telecom
    electric automotive aerospace semiconductor bancorp securities investments realty properties
    hotels resorts restaurants healthcare biotech chemicals materials apparel wireless interactive
    studios pictures publishing broadcasting airlines utilities
  `),
)

/** The whitespace-separated words of a lexicon block. */
