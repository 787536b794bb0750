/**
 * Typographic punctuation that scrapes of the same article spell differently (one site prints
 * `“seizing”`, another `"seizing"`; one `–`, another `--`). Normalisation maps each to one ASCII
 * form so that the two copies hash alike.
 */

/** Curly, angled and prime quotation marks, mapped to the straight double or single quote. */
export const quoteMarks: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘ left single
  '\u2019': "'", // ’ right single / apostrophe
  '\u201A': "'", // ‚ low single
  '\u201B': "'", // ‛ reversed single
  '\u2032': "'", // ′ prime
  '\u201C': '"', // “ left double
  '\u201D': '"', // ” right double
  '\u201E': '"', // „ low double
  '\u201F': '"', // ‟ reversed double
  '\u2033': '"', // ″ double prime
  '\u00AB': '"', // « guillemet
  '\u00BB': '"', // » guillemet
  '\u2039': "'", // ‹
  '\u203A': "'", // ›
}

/** Hyphens, dashes and minus signs, mapped to the ASCII hyphen-minus. */
export const dashes: Readonly<Record<string, string>> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus sign
  '\uFE58': '-', // small em dash
  '\uFE63': '-', // small hyphen-minus
  '\uFF0D': '-', // fullwidth hyphen-minus
}

/** Characters that open or close a quotation, straight or typographic (used to flag quoted passages). */
export const quotationMarks: ReadonlySet<string> = new Set(['"', "'", ...Object.keys(quoteMarks)])
