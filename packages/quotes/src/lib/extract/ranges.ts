import type { Token } from './cue-tokens.js'
import type { TokenRange } from './noun-phrase.js'

const edgePunctuation = new Set([',', ':', ';', '\u2014', '\u2013', '-', '.', '(', ')'])
const quoteMarkText = /^["'“”‘’„«»]+$/

/** Trim edge punctuation (outside quotes) and a leading "that" from a token range. */
export function trimRange(tokens: readonly Token[], range: TokenRange): TokenRange | undefined {
  let { from, to } = range
  for (;;) {
    const first = tokens[from]
    if (
      from < to &&
      first &&
      first.region < 0 &&
      (edgePunctuation.has(first.text) || first.lower === 'that')
    )
      from++
    else break
  }
  for (;;) {
    const last = tokens[to - 1]
    if (
      to > from &&
      last &&
      last.region < 0 &&
      (edgePunctuation.has(last.text) || quoteMarkText.test(last.text))
    )
      to--
    else break
  }
  return to > from ? { from, to } : undefined
}

/** What a token range holds: its quoted regions in order, and its words outside quotes. */
export interface RangeSize {
  regionIndexes: number[]
  words: number
  /** "and" / "or" between two quotes: `shouted "Stop!" and "Go home!"`. */
  joiners: number
}

/**
 * Measures the token ranges of one paragraph: counts of the unquoted words and joiners up to each
 * token, and the runs of tokens of each quoted region, made once, so that a range costs a
 * lookup (and one step per region it holds) however long it is. A sentence with many cues
 * measures the rest of itself once per cue.
 */
export class RangeMeter {
  private readonly words: Int32Array
  private readonly joiners: Int32Array
  /** For each run of tokens of one region: the region, its first and its last token. */
  private readonly runRegion: number[] = []
  private readonly runFirst: number[] = []
  private readonly runLast: number[] = []

  constructor(tokens: readonly Token[]) {
    this.words = new Int32Array(tokens.length + 1)
    this.joiners = new Int32Array(tokens.length + 1)
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token
      let word = 0
      let joiner = 0
      if (token.region >= 0) {
        const last = this.runRegion.length - 1
        if (last >= 0 && this.runRegion[last] === token.region && this.runLast[last] === index - 1)
          this.runLast[last] = index
        else {
          this.runRegion.push(token.region)
          this.runFirst.push(index)
          this.runLast.push(index)
        }
      } else if (token.word) {
        word = 1
        if (isJoiner(tokens, index)) joiner = 1
      }
      this.words[index + 1] = (this.words[index] as number) + word
      this.joiners[index + 1] = (this.joiners[index] as number) + joiner
    }
  }

  /** What `range` (a range of the paragraph's tokens) holds. */
  measure(range: TokenRange | undefined): RangeSize {
    const regionIndexes: number[] = []
    if (!range || range.to <= range.from) return { regionIndexes, words: 0, joiners: 0 }
    let low = 0
    let high = this.runLast.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.runLast[middle] as number) < range.from) low = middle + 1
      else high = middle
    }
    for (
      let run = low;
      run < this.runFirst.length && (this.runFirst[run] as number) < range.to;
      run++
    ) {
      const region = this.runRegion[run] as number
      if (regionIndexes.at(-1) !== region) regionIndexes.push(region)
    }
    return {
      regionIndexes,
      words: (this.words[range.to] as number) - (this.words[range.from] as number),
      joiners: (this.joiners[range.to] as number) - (this.joiners[range.from] as number),
    }
  }
}

/** "and" / "or" between two quotes. */
function isJoiner(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  return (
    (token.lower === 'and' || token.lower === 'or') &&
    before !== undefined &&
    before.region >= 0 &&
    after !== undefined &&
    after.region >= 0
  )
}
