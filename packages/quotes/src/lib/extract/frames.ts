import { afterSpeaker, progressiveAuxiliaries } from '../lexicon/clause-words.js'
import {
  beliefVerbs,
  hearerCues,
  nounLikeForms,
  particleCues,
  speechVerbs,
} from '../lexicon/cue-verbs.js'
import { phraseDeterminers, sourceDeterminers } from '../lexicon/determiners.js'
import { leadingAdverbs, negations } from '../lexicon/noun-phrase-words.js'
import { subjectPronouns } from '../lexicon/pronouns.js'
import type { Token } from './cue-tokens.js'
import { isTitleDot, phraseAfter, phraseBefore, type TokenRange } from './noun-phrase.js'
import type { QuotedRegion } from './quote-marks.js'

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
      const source = phraseAfter(tokens, index + 2, to, index === from)
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
    if (previous && index > from && phraseDeterminers.has(previous.lower)) continue
    const hearer = hearerCues.has(lemma)
    // Subject before the verb: "Dunford said", "the Turkish army also said".
    let head = index - 1
    let negated = false
    while (head >= floor && (tokens[head] as Token).region < 0) {
      const lower = (tokens[head] as Token).lower
      if (negations.has(lower) || /n[’']t$/.test(lower)) negated = true
      else if (!leadingAdverbs.has(lower) && !isMannerAdverb(tokens[head] as Token)) break
      head--
    }
    // "The president has not said…", "Singh won't say…": a denial of speech is no quote.
    if (negated) continue
    let participle = token.lower.endsWith('ing')
    // "Trump is telling a veterans group that…": a progressive form has its subject before "is".
    const auxiliary = tokens[head]
    if (
      participle &&
      auxiliary &&
      progressiveAuxiliaries.has(auxiliary.lower) &&
      auxiliary.region < 0
    ) {
      participle = false
      head--
      while (head >= floor && leadingAdverbs.has((tokens[head] as Token).lower)) head--
    }
    // "veteran MPs who say…": the relative pronoun stands for the phrase before it.
    const relative = tokens[head]
    if (
      relative &&
      (relative.lower === 'who' || relative.lower === 'which') &&
      relative.region < 0
    ) {
      head -= tokens[head - 1]?.text === ',' ? 2 : 1
    }
    let source = participle ? undefined : phraseBefore(tokens, head, floor)
    if (!source && !participle && tokens[head]?.text === ',')
      source = phraseBeforeClause(tokens, head, floor)
    const afterOpening =
      index === from ||
      closesQuote(previous, regions) ||
      afterQuoteOrComma.has(previous?.text ?? '')
    if (source && !readsAsNoun(tokens, source, token, lemma, afterOpening)) {
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
      const after = withAgent(tokens, phraseAfter(tokens, cueTo, to), to)
      // "…, says the topic of citizenship is…": a clause goes on, so this is no inverted speaker.
      const following = after ? tokens[after.to] : undefined
      const plausible = after !== undefined && plausibleInvertedSpeaker(tokens, after)
      // "…, said Sen. Jo Lee, D-Conn. Schumer, he said": a phrase that ends on an abbreviation's
      // full stop before a capital ends its sentence there.
      const endsOnStop = after !== undefined && tokens[after.to - 1]?.text === '.'
      const endsThere =
        plausible &&
        (following === undefined ||
          !following.word ||
          following.region >= 0 ||
          afterSpeaker.has(following.lower) ||
          (endsOnStop && following.capitalised))
      if (after && endsThere) {
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
    // "…, adding that…", "and added…", "a notice saying that…"
    const saying = token.lower === 'saying' && previous?.word === true && previous.region < 0
    const clauseBreak = previous?.text === ',' || closesQuote(previous, regions)
    if ((participle && clauseBreak) || saying || joined) {
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

/**
 * The subject when a comma stands before the verb: "Green, 58, said", "Roman, a resident of the
 * area who runs tours, said", "His lawyer, Zhang Dongshuo, said". The mention keeps the appositive.
 */
function phraseBeforeClause(
  tokens: readonly Token[],
  comma: number,
  floor: number,
): TokenRange | undefined {
  let hops = 0
  for (let index = comma - 1; index > floor && comma - index < 40; index--) {
    const token = tokens[index] as Token
    if (token.region >= 0 || token.text === ';' || token.text === '?' || token.text === '!')
      return undefined
    if (token.text === '.' && !isTitleDot(tokens, index)) return undefined
    if (token.text !== ',') continue
    const name = phraseBefore(tokens, index - 1, floor)
    const opener = name ? tokens[name.from - 1] : undefined
    const opens =
      name !== undefined &&
      (name.from === floor ||
        opener === undefined ||
        opener.text === ',' ||
        opener.text === ':' ||
        closesQuoteToken(opener))
    if (name && opens) return { from: name.from, to: comma }
    // "Sen. Debbie Stabenow, D-Mich., a member of the team, said": one more appositive back.
    if (++hops > 3) return undefined
  }
  return undefined
}

/**
 * Whether the cue word is a noun here: "Suncor's claims", "a new report", "the final say".
 * Nouns that double as verbs are read as verbs only after a plain subject.
 */
function readsAsNoun(
  tokens: readonly Token[],
  source: TokenRange,
  cue: Token,
  lemma: string,
  afterOpening: boolean,
): boolean {
  const last = tokens[source.to - 1] as Token
  if (/[’']s$/.test(last.lower) || last.text.endsWith('s\u2019') || last.text.endsWith("s'"))
    return true
  const nounForm = nounLikeForms.has(cue.lower) || cue.lower === lemma
  if (!nounForm || afterOpening) return false
  for (let index = source.from; index < source.to; index++) {
    if (/[’']s$/.test((tokens[index] as Token).lower)) return true
  }
  if (last.capitalised || subjectPronouns.has(last.lower)) return false
  const first = tokens[source.from] as Token
  return sourceDeterminers.has(first.lower) && !last.lower.endsWith('s')
}

/**
 * A speaker after the verb is a name, a pronoun or a determined phrase ("said Smith", "says the
 * bow-tied maverick", "said oil worker Mike Wipf"), not a bare clause ("says cold weather takes…").
 */
/**
 * "said a statement [released by the Prime Minister's Office]": a past participle and "by" after
 * the inverted speaker name who issued it, and belong to the mention.
 */
function withAgent(
  tokens: readonly Token[],
  phrase: TokenRange | undefined,
  ceiling: number,
): TokenRange | undefined {
  if (!phrase) return phrase
  const participle = tokens[phrase.to]
  const by = tokens[phrase.to + 1]
  if (
    !participle?.word ||
    participle.capitalised ||
    participle.region >= 0 ||
    !participle.lower.endsWith('ed') ||
    by?.lower !== 'by'
  )
    return phrase
  const agent = phraseAfter(tokens, phrase.to + 2, ceiling)
  return agent ? { from: phrase.from, to: agent.to } : phrase
}

function plausibleInvertedSpeaker(tokens: readonly Token[], phrase: TokenRange): boolean {
  const first = tokens[phrase.from] as Token
  if (first.capitalised || subjectPronouns.has(first.lower) || phraseDeterminers.has(first.lower))
    return true
  for (let index = phrase.from; index < phrase.to; index++) {
    if ((tokens[index] as Token).capitalised) return true
  }
  return false
}

/** "finally said", "quietly added": a lower-case -ly adverb between subject and verb. */
function isMannerAdverb(token: Token): boolean {
  return !token.capitalised && token.lower.length > 4 && token.lower.endsWith('ly')
}

function closesQuoteToken(token: Token): boolean {
  return token.region >= 0 && !token.word
}
