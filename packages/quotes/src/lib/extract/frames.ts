import {
  beliefVerbs,
  hearerCues,
  nounLikeForms,
  particleCues,
  speechVerbs,
} from '../lexicon/cue-verbs.js'
import { determiners, leadingAdverbs } from '../lexicon/noun-phrase-words.js'
import { phraseAfter, phraseBefore, type TokenRange } from './noun-phrase.js'
import type { QuotedRegion } from './quote-marks.js'
import type { Token } from './tokens.js'

/** An attribution frame in a sentence: the cue, its speaker phrase and where the frame lies. */
export interface Frame {
  /** Tokens of the cue: `said`, `pointed out`, `according to`. */
  cue: TokenRange
  lemma: string
  /** Tokens of the speaker phrase, when the frame names one. */
  source?: TokenRange
  /** First token of the frame (speaker or cue). */
  from: number
  /** Token after the frame (after the cue, or after the speaker when it follows the cue). */
  to: number
  /** The speaker follows the cue: `…," said Dunford`. */
  inverted: boolean
  /** `according to X`. */
  according: boolean
  /** No subject of its own: `…, adding that…`, `and added…`. */
  dependent: boolean
  /** The cue takes a hearer before the clause: `told reporters that…`. */
  hearer: boolean
}

/** Options for reading cues. */
export interface FrameOptions {
  /** Also read verbs of believing and intending as cues (the PolNeAR standard). */
  beliefs?: boolean
}

const afterQuoteOrComma = new Set([','])

function lemmaOf(token: Token, options: FrameOptions): string | undefined {
  return (
    speechVerbs.get(token.lower) ?? (options.beliefs ? beliefVerbs.get(token.lower) : undefined)
  )
}

function closesQuote(token: Token | undefined, regions: readonly QuotedRegion[]): boolean {
  if (!token || token.region < 0) return false
  return (regions[token.region] as QuotedRegion).end === token.end
}

/**
 * Find the attribution frames of one sentence, left to right: `X said`, `said X`,
 * `according to X`, and subjectless `…, adding` / `and added`.
 */
export function findFrames(
  tokens: readonly Token[],
  from: number,
  to: number,
  regions: readonly QuotedRegion[],
  options: FrameOptions = {},
): Frame[] {
  const frames: Frame[] = []
  let floor = from
  for (let index = from; index < to; index++) {
    const token = tokens[index] as Token
    if (!token.word || token.region >= 0) continue
    const previous = tokens[index - 1]
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      const source = phraseAfter(tokens, index + 2, to)
      if (source) {
        frames.push({
          cue: { from: index, to: index + 2 },
          lemma: 'according to',
          source,
          from: index,
          to: source.to,
          inverted: true,
          according: true,
          dependent: false,
          hearer: false,
        })
        floor = source.to
        index = source.to - 1
      }
      continue
    }
    const lemma = lemmaOf(token, options)
    if (!lemma) continue
    let cueTo = index + 1
    const particle = particleCues.get(lemma)
    if (particle) {
      if (tokens[index + 1]?.lower !== particle) continue
      cueTo++
    }
    if (previous && index > from && determiners.has(previous.lower)) continue
    const hearer = hearerCues.has(lemma)
    // Subject before the verb: "Dunford said", "the Turkish army also said".
    let head = index - 1
    while (
      head >= floor &&
      leadingAdverbs.has((tokens[head] as Token).lower) &&
      (tokens[head] as Token).region < 0
    )
      head--
    const participle = token.lower.endsWith('ing')
    let source = participle ? undefined : phraseBefore(tokens, head, floor)
    if (!source && !participle && tokens[head]?.text === ',')
      source = phraseBeforeClause(tokens, head, floor)
    const afterOpening =
      index === from ||
      closesQuote(previous, regions) ||
      afterQuoteOrComma.has(previous?.text ?? '')
    if (
      source &&
      !(
        nounLikeForms.has(token.lower) &&
        !afterOpening &&
        !(tokens[source.to - 1] as Token).capitalised &&
        source.to - source.from > 1
      )
    ) {
      frames.push({
        cue: { from: index, to: cueTo },
        lemma,
        source,
        from: source.from,
        to: cueTo,
        inverted: false,
        according: false,
        dependent: false,
        hearer,
      })
      floor = cueTo
      index = cueTo - 1
      continue
    }
    if (afterOpening && !hearer && !participle && index > from) {
      const after = phraseAfter(tokens, cueTo, to)
      if (after) {
        frames.push({
          cue: { from: index, to: cueTo },
          lemma,
          source: after,
          from: index,
          to: after.to,
          inverted: true,
          according: false,
          dependent: false,
          hearer,
        })
        floor = after.to
        index = after.to - 1
        continue
      }
    }
    const joined = previous?.lower === 'and' || previous?.lower === 'but'
    if ((participle && previous?.text === ',') || (joined && frames.length > 0)) {
      frames.push({
        cue: { from: index, to: cueTo },
        lemma,
        from: joined ? index - 1 : index,
        to: cueTo,
        inverted: false,
        according: false,
        dependent: true,
        hearer,
      })
      floor = cueTo
      index = cueTo - 1
    }
  }
  return frames
}

/** "Trump, who spoke in Ohio, said" / "Green, 58, said": the subject before the comma clause. */
function phraseBeforeClause(
  tokens: readonly Token[],
  comma: number,
  floor: number,
): TokenRange | undefined {
  const before = tokens[comma - 1]
  if (before && /^\p{N}+$/u.test(before.text) && tokens[comma - 2]?.text === ',') {
    return phraseBefore(tokens, comma - 3, floor)
  }
  for (let index = comma - 1; index > floor && comma - index < 25; index--) {
    const token = tokens[index] as Token
    if (token.region >= 0 || token.text === '.') break
    if ((token.lower === 'who' || token.lower === 'which') && tokens[index - 1]?.text === ',') {
      return phraseBefore(tokens, index - 2, floor)
    }
  }
  // "Talal Ali Selo, the spokesman for the SDF, told": a name with its appositive.
  const appositive = phraseBefore(tokens, comma - 1, floor)
  if (!appositive) return undefined
  for (let index = appositive.from; index < appositive.to; index++) {
    if ((tokens[index] as Token).text === ',') return { from: appositive.from, to: comma }
  }
  return undefined
}
