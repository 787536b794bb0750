import { extractTimexes } from '../extract-timexes.js'
import type { Timex } from '../types.js'
import { parseTimeML } from './read.js'
import { toTimeML } from './write.js'

/** A function that finds timexes in a text, given its creation time. */
export type TimexExtractor = (text: string, options: { dct?: string }) => Timex[]

/** Options for `annotateTimeML`. */
export interface AnnotateTimeMLOptions {
  /** What finds the timexes; `extractTimexes` by default (swap in a peer system to compare). */
  extract?: TimexExtractor
}

/** The system annotation of one TimeML document. */
export interface AnnotatedTimeML {
  /** The system `.tml`: same DOCID, DCT and text, TIMEX3 tags from the extractor only. */
  tml: string
  /** The timexes written. */
  timexes: Timex[]
  /** Timexes left out because they overlapped an earlier, longer one (TIMEX3 tags cannot nest). */
  dropped: Timex[]
  /** The creation time the extractor was given, or `undefined` when the document has none. */
  dct: string | undefined
}

/**
 * Annotate a TimeML document afresh: strip its TIMEX3 tags (and every other tag), keep the
 * DOCID and creation time, run the extractor on the text with that creation time, and write the
 * result as TimeML whose text is identical, so a TempEval scorer can compare it with the gold.
 *
 * @throws {TypeError} when `tml` is not a string.
 * @throws {SyntaxError} when `tml` is not TimeML (see `parseTimeML`).
 * @example
 *   annotateTimeML(goldTml).tml // '<?xml …<DCT><TIMEX3 tid="t0" … functionInDocument="CREATION_TIME">…'
 */
export function annotateTimeML(tml: string, options: AnnotateTimeMLOptions = {}): AnnotatedTimeML {
  const document = parseTimeML(tml)
  const extract = options.extract ?? extractTimexes
  const dct = document.dct
  const found = extract(document.text, dct === undefined ? {} : { dct })
  const { kept, dropped } = withoutOverlaps(found, document.text.length)
  const written = toTimeML(document.text, kept, {
    ...(dct === undefined ? {} : { dct }),
    ...(document.docId === undefined ? {} : { docId: document.docId }),
  })
  return { tml: written, timexes: kept, dropped, dct }
}

/**
 * Keep the longest of overlapping timexes (then the earliest). Candidates are taken longest first,
 * so a kept timex that overlaps a candidate is at least as long as it and covers the candidate's
 * first or last character: two look-ups in a map of covered characters decide, instead of a
 * comparison with every timex kept so far (quadratic in a text of thousands of dates).
 * Timexes whose offsets are not integers in `[0, length]` with start < end are passed on
 * unchanged, so `toTimeML` reports them.
 */
export function withoutOverlaps(
  timexes: readonly Timex[],
  length = timexes.reduce(
    (most, timex) => (Number.isSafeInteger(timex.end) && timex.end > most ? timex.end : most),
    0,
  ),
): { kept: Timex[]; dropped: Timex[] } {
  const byLength = [...timexes].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  )
  const covered = new Uint8Array(length)
  const kept: Timex[] = []
  const dropped: Timex[] = []
  for (const timex of byLength) {
    const { start, end } = timex
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end > length ||
      start >= end
    ) {
      kept.push(timex)
    } else if (covered[start] === 1 || covered[end - 1] === 1) {
      dropped.push(timex)
    } else {
      covered.fill(1, start, end)
      kept.push(timex)
    }
  }
  kept.sort((a, b) => a.start - b.start)
  return { kept, dropped }
}
