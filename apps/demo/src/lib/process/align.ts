import type { ReportPassage } from '../report/types.js'
import type { AlignInput } from './analyse.js'
import { type Sentence, splitSentences } from './sentences.js'

/** Sentences whose word-bigram Dice coefficient is at least this are the same sentence, edited. */
const sameSentence = 0.5
/** Or: they share a run of at least this many words (a lifted clause or quote). */
const sharedRun = 8

interface Match {
  a: number
  b: number
  score: number
}

/**
 * The passages two documents share, sentence by sentence: sentences that are the same after edits
 * (word-bigram Dice ≥ 0.5) or that share a run of 8 or more words (a lifted clause or quote) are
 * paired one to one, best first; runs of consecutive pairs become one passage. Offsets index each
 * document's text. Cost: linear in the text plus the sentence pairs that share 7 or more bigrams.
 *
 * @example
 *   alignDocuments({a: {id: '000', text: a}, b: {id: '002', text: b}})
 *   // [{a: {start, end, text}, b: {start, end, text}, similarity: 0.62}, …]
 */
export function alignDocuments(input: AlignInput): ReportPassage[] {
  const sentencesA = splitSentences(input.a.text)
  const sentencesB = splitSentences(input.b.text)
  const bigramsA = sentencesA.map(bigrams)
  const bigramsB = sentencesB.map(bigrams)
  const postings = new Map<string, number[]>()
  bigramsB.forEach((set, index) => {
    for (const bigram of set) {
      const list = postings.get(bigram)
      if (list) list.push(index)
      else postings.set(bigram, [index])
    }
  })
  const matches: Match[] = []
  bigramsA.forEach((set, a) => {
    const shared = new Map<number, number>()
    for (const bigram of set) {
      for (const b of postings.get(bigram) ?? []) shared.set(b, (shared.get(b) ?? 0) + 1)
    }
    for (const [b, count] of shared) {
      const dice = (2 * count) / (set.size + bigramsB[b]!.size)
      if (dice >= sameSentence) matches.push({ a, b, score: dice })
      else if (
        count >= sharedRun - 1 &&
        longestRun(sentencesA[a]!.words, sentencesB[b]!.words) >= sharedRun
      ) {
        matches.push({ a, b, score: dice })
      }
    }
  })
  // One to one, best first.
  matches.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const kept = matches.filter((match) => {
    if (usedA.has(match.a) || usedB.has(match.b)) return false
    usedA.add(match.a)
    usedB.add(match.b)
    return true
  })
  kept.sort((x, y) => x.a - y.a)
  return passages(kept, sentencesA, sentencesB, input)
}

function passages(
  kept: Match[],
  sentencesA: Sentence[],
  sentencesB: Sentence[],
  input: AlignInput,
): ReportPassage[] {
  const out: ReportPassage[] = []
  let run: Match[] = []
  const flush = () => {
    if (run.length === 0) return
    const first = run[0]!
    const last = run[run.length - 1]!
    const startA = sentencesA[first.a]!.start
    const endA = sentencesA[last.a]!.end
    const startB = sentencesB[first.b]!.start
    const endB = sentencesB[last.b]!.end
    let weight = 0
    let total = 0
    for (const match of run) {
      const length = sentencesA[match.a]!.words.length
      weight += length
      total += length * match.score
    }
    out.push({
      a: { start: startA, end: endA, text: input.a.text.slice(startA, endA) },
      b: { start: startB, end: endB, text: input.b.text.slice(startB, endB) },
      similarity: Math.round((total / weight) * 1000) / 1000,
    })
    run = []
  }
  for (const match of kept) {
    const previous = run[run.length - 1]
    if (previous && !(match.a === previous.a + 1 && match.b === previous.b + 1)) flush()
    run.push(match)
  }
  flush()
  return out
}

function bigrams(sentence: Sentence): Set<string> {
  const set = new Set<string>()
  const { words } = sentence
  if (words.length === 1) set.add(words[0]!)
  for (let index = 0; index + 1 < words.length; index++)
    set.add(`${words[index]} ${words[index + 1]}`)
  return set
}

/** Length of the longest run of equal consecutive words. */
function longestRun(a: string[], b: string[]): number {
  let best = 0
  let previous = new Uint16Array(b.length + 1)
  let current = new Uint16Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : 0
      if (current[j]! > best) best = current[j]!
    }
    ;[previous, current] = [current, previous]
    current.fill(0)
  }
  return best
}
