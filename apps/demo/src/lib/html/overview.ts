import type { ReportDocument } from '../report/types.js'

/** One month of the corpus: articles published in it, and articles that mention a day in it. */
export interface OverviewMonth {
  /** `YYYY-MM`. */
  month: string
  published: number
  mentioned: number
}

/** A day many articles mention (or were published on), with the first sentence that names it. */
export interface OverviewDay {
  /** `YYYY-MM-DD`. */
  day: string
  /** Articles that mention the day or were published on it. */
  documents: number
  /** The first article that mentions it, and the text around the mention. */
  example?: { document: string; text: string }
}

/** The whole corpus at a glance, collected one document at a time. */
export interface CorpusOverview {
  documents: number
  /** Articles without a publication date. */
  undated: number
  /**
   * The months with an article published in them or a day of them mentioned by at least
   * `minMentions` articles, in calendar order (a corpus mentions stray dates centuries apart).
   */
  months: OverviewMonth[]
  /** Articles a month's days must be mentioned by to be listed without a publication in it. */
  minMentions: number
  /** Months left out of `months` (mentioned by fewer articles, nothing published in them). */
  otherMonths: number
  /** The days the most articles mention or were published on, most first (calendar order on a tie). */
  days: OverviewDay[]
}

const dayValue = /^(\d{4}-\d{2})-\d{2}/
const monthValue = /^\d{4}-\d{2}/

/**
 * Collects the corpus overview of the HTML report as the documents stream past (from the spool,
 * while report.json is written): counts by month and by day, never the documents, so its memory
 * grows with the calendar the corpus covers, not with the corpus.
 *
 * @example
 *   const overview = createOverview()
 *   for await (const document of spool.records()) overview.add(document)
 *   overview.finish(30).days[0] // {day: '2016-11-06', documents: 4, example: {...}}
 */
export function createOverview() {
  const months = new Map<string, OverviewMonth>()
  const days = new Map<string, OverviewDay>()
  let documents = 0
  let undated = 0
  const month = (key: string) => {
    let entry = months.get(key)
    if (!entry) {
      entry = { month: key, published: 0, mentioned: 0 }
      months.set(key, entry)
    }
    return entry
  }
  const day = (key: string) => {
    let entry = days.get(key)
    if (!entry) {
      entry = { day: key, documents: 0 }
      days.set(key, entry)
    }
    return entry
  }
  return {
    add(document: ReportDocument): void {
      documents++
      const published = document.dct.value
      const seenDays = new Set<string>()
      const seenMonths = new Set<string>()
      if (published && monthValue.test(published)) {
        month(published.slice(0, 7)).published++
        if (dayValue.test(published)) seenDays.add(published.slice(0, 10))
      } else {
        undated++
      }
      for (const timex of document.timexes) {
        if (timex.type !== 'DATE' && timex.type !== 'TIME') continue
        const match = dayValue.exec(timex.value)
        if (!match) continue
        const key = match[0]
        if (!seenMonths.has(match[1]!)) {
          seenMonths.add(match[1]!)
          month(match[1]!).mentioned++
        }
        seenDays.add(key)
        const entry = day(key)
        // The first sentence that names the day, or a longer one when the first is a fragment
        // ("Pay March 31" in a dividend table).
        if (!entry.example || entry.example.text.length < 40) {
          const text = mentionText(document, timex)
          if (!entry.example || text.length > entry.example.text.length) {
            entry.example = { document: document.id, text }
          }
        }
      }
      for (const key of seenDays) day(key).documents++
    },
    /** The overview, with the `dayLimit` densest days. */
    finish(dayLimit: number): CorpusOverview {
      const minMentions = Math.max(2, Math.ceil(documents / 1000))
      const all = [...months.values()].sort((a, b) => compare(a.month, b.month))
      const ordered = all.filter((month) => month.published > 0 || month.mentioned >= minMentions)
      const densest = [...days.values()]
        .sort((a, b) => b.documents - a.documents || compare(a.day, b.day))
        .slice(0, dayLimit)
      return {
        documents,
        undated,
        months: ordered,
        minMentions,
        otherMonths: all.length - ordered.length,
        days: densest,
      }
    },
  }
}

export type Overview = ReturnType<typeof createOverview>

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The text of the timex's context (at most 240 characters), from the block that holds it. */
function mentionText(document: ReportDocument, timex: ReportDocument['timexes'][number]): string {
  const { start, end } = timex.context
  const block = document.article.blocks.find(
    (candidate) => candidate.start <= start && candidate.end >= end,
  )
  const text = block ? block.text.slice(start - block.start, end - block.start) : ''
  return text.length > 240 ? `${text.slice(0, 240).replace(/\s+\S*$/, '')} …` : text.trim()
}
