import type { Quote, SpeakerEntity } from '@copydesk/quotes'
import type { ReportMergedQuote } from '../report/types.js'

/** Fragments shorter than this many words are not merged into longer quotes (too unspecific). */
const minimumContainedWords = 5
const keyGram = 4
/** Quotes of at least this many identical words are one quote, whoever is credited. */
const sameQuoteWords = 8

interface Group {
  key: string
  text: string
  speakers: SpeakerEntity[]
  occurrences: ReportMergedQuote['occurrences']
}

/** What the merge needs of a quote (kept for every quote of the corpus, so kept small). */
export interface QuoteDigest {
  text: string
  kind: Quote['kind']
  start: number
  end: number
  speaker?: SpeakerEntity
  mention?: string
}

/** The digest of a quote from `@copydesk/quotes`. */
export function digestQuote(quote: Quote): QuoteDigest {
  return {
    text: quote.text,
    kind: quote.kind,
    start: quote.content[0]?.start ?? 0,
    end: quote.content[quote.content.length - 1]?.end ?? 0,
    ...(quote.speaker ? { speaker: quote.speaker } : {}),
    ...(quote.mention ? { mention: quote.mention.text } : {}),
  }
}

/**
 * The same quote across documents as one entry with every occurrence: quote texts are compared by
 * their words (case, curly or straight marks and punctuation ignored), and a quote whose words
 * are contained in a longer one (a partial quote of it, or a cut version) joins it. Candidates
 * come from an index of word 4-grams, so the cost grows with the number of quotes, not its square.
 * The entry's speaker is the most specific name the documents give (`Joseph Dunford` over
 * `Dunford`), and every name used is kept. Quotes found in more documents come first.
 *
 * @example
 *   mergeCorpusQuotes([{document: '000', quotes}, {document: '001', quotes: others}])
 */
export function mergeCorpusQuotes(
  documents: { document: string; quotes: QuoteDigest[] }[],
): ReportMergedQuote[] {
  const entries = documents.flatMap(({ document, quotes }) =>
    quotes.map((quote) => {
      const text = quotedText(quote)
      return { document, quote, text, words: wordsOf(text) }
    }),
  )
  // Longest first, so a fragment finds the quote that contains it.
  entries.sort((a, b) => b.words.length - a.words.length)
  const groups: Group[] = []
  const index = new Map<string, Group[]>()
  for (const { document, quote, text, words } of entries) {
    if (words.length === 0) continue
    const key = ` ${words.join(' ')} `
    let group: Group | undefined
    if (words.length >= minimumContainedWords) {
      const gram = words.slice(0, keyGram).join(' ')
      group = index
        .get(gram)
        ?.find((candidate) => candidate.key.includes(key) && speakersAgree(candidate, quote))
    } else {
      group = index.get(`=${key}`)?.find((candidate) => speakersAgree(candidate, quote))
    }
    if (!group) {
      group = { key, text, speakers: [], occurrences: [] }
      groups.push(group)
      index.set(`=${key}`, [...(index.get(`=${key}`) ?? []), group])
      for (let at = 0; at + keyGram <= words.length; at++) {
        const gram = words.slice(at, at + keyGram).join(' ')
        const list = index.get(gram)
        if (!list) index.set(gram, [group])
        else if (list[list.length - 1] !== group) list.push(group)
      }
    }
    if (quote.speaker) group.speakers.push(quote.speaker)
    group.occurrences.push({
      document,
      start: quote.start,
      end: quote.end,
      text,
      kind: quote.kind,
      ...(quote.speaker ? { speaker: quote.speaker.name } : {}),
      ...(quote.mention ? { mention: quote.mention } : {}),
    })
  }
  return groups
    .map((group) => {
      const speaker = mostSpecific(group.speakers)
      const names = [...new Set(group.speakers.map((entity) => entity.name))]
      const role = group.speakers.find((entity) => entity.role)?.role
      return {
        text: stripMarks(group.text),
        ...(speaker ? { speaker: speaker.name } : {}),
        ...(role ? { speakerRole: role } : {}),
        speakerNames: names,
        occurrences: group.occurrences.sort((a, b) =>
          a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start,
        ),
      }
    })
    .sort(
      (a, b) =>
        new Set(b.occurrences.map((o) => o.document)).size -
          new Set(a.occurrences.map((o) => o.document)).size ||
        b.occurrences.length - a.occurrences.length,
    )
}

const quotedFragment = /["“]([^"“”]+)["”]/g

/**
 * What is compared across documents: for a partial or mixed quote the longest fragment in quote
 * marks (the words the speaker is quoted as using), otherwise the quote's text.
 */
function quotedText(quote: QuoteDigest): string {
  if (quote.kind !== 'partial' && quote.kind !== 'mixed') return quote.text
  let longest = ''
  for (const match of quote.text.matchAll(quotedFragment)) {
    const fragment = match[1]!.trim().replace(/[,.]$/, '')
    if (fragment.length > longest.length) longest = fragment
  }
  return wordsOf(longest).length >= minimumContainedWords ? longest : quote.text
}

function wordsOf(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu), (match) => match[0])
}

function stripMarks(text: string): string {
  return text.replace(/^["“”']+|["“”']+$/g, '').trim()
}

/**
 * Long quotes (eight words or more) are the same quote whoever the documents credit (one may
 * credit the outlet that relayed it); short ones must agree on the speaker, or one side be
 * unknown: `Dunford` agrees with `Joseph Dunford`.
 */
function speakersAgree(group: Group, quote: QuoteDigest): boolean {
  if (group.key.split(' ').length - 2 >= sameQuoteWords) return true
  const name = quote.speaker?.name
  if (!name || group.speakers.length === 0) return true
  const words = new Set(wordsOf(name))
  return group.speakers.some((entity) => {
    const other = wordsOf(entity.name)
    return other.some((word) => words.has(word))
  })
}

function mostSpecific(speakers: SpeakerEntity[]): SpeakerEntity | undefined {
  return speakers.reduce<SpeakerEntity | undefined>(
    (best, entity) =>
      !best ||
      (entity.kind === 'person' && best.kind !== 'person') ||
      (entity.kind === best.kind && entity.name.length > best.name.length)
        ? entity
        : best,
    undefined,
  )
}
