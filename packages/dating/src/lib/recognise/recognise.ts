import { weekdayNumbers } from '@copydesk/lexicon'
import { POSITION_MODIFIERS, POSITION_PHRASES, QUANTITY_MODIFIERS } from '../lexicon/modifiers.js'
import { resolveOffset } from '../normalise/resolver.js'
import type { Scanner } from '../tokens/scanner.js'
import type { Token } from '../tokens/tokenize.js'
import type { Core } from './core.js'
import { byFirstWord } from './phrase-index.js'
import { rulesFor } from './rules.js'
import { STARTER_WORDS } from './starters.js'

/** A recognised expression over tokens `[start, end)`. */
export interface Recognised extends Core {
  start: number
}

/** The longest expression any rule reads at `index`, with `ago`/`earlier`/`later`/`from now` applied. */
function longestCore(scanner: Scanner, index: number): Core | null {
  const token = scanner.tokens[index]
  if (!token || !mayStart(token)) return null
  let best: Core | null = null
  for (const rule of rulesFor(token.kind, token.lower)) {
    const read = rule(scanner, index)
    const core = read ? withRelation(scanner, read) : null
    if (core && core.end > index && (!best || core.end > best.end)) best = core
  }
  return best
}

/**
 * `two weeks ago` → the DCT minus two weeks; `a year earlier`; `two years from now`. A duration
 * followed by `later`, `after` or `before` stays a duration, as TimeBank annotates it.
 */
function withRelation(scanner: Scanner, core: Core): Core {
  if (core.type !== 'DURATION' || core.unit === undefined) return core
  const word = scanner.word(core.end)
  let direction = 0
  let end = core.end + 1
  if (word === 'ago' || word === 'earlier') direction = -1
  else if (word === 'hence') direction = 1
  else if (word === 'from' && scanner.word(core.end + 1) === 'now') {
    direction = 1
    end++
  }
  if (direction === 0) return core
  if (word === 'earlier' && scanner.word(end) === 'than') return core
  const amount = core.amount
  const { unit, ...rest } = core
  return {
    ...rest,
    end,
    type: 'DATE',
    value:
      amount === null || amount === undefined
        ? direction < 0
          ? 'PAST_REF'
          : 'FUTURE_REF'
        : resolveOffset(unit, direction * amount),
  }
}

/** `the` before a core that takes it. */
function withThe(scanner: Scanner, index: number): Recognised | null {
  if (scanner.word(index) !== 'the') return null
  const core = longestCore(scanner, index + 1)
  return core?.takesThe ? { ...core, start: index } : null
}

/** A core possibly preceded by `the` (for modifiers that come before the determiner). */
function coreWithOptionalThe(scanner: Scanner, index: number): Core | null {
  const the = withThe(scanner, index)
  const core = longestCore(scanner, index)
  if (the && (!core || the.end >= core.end)) return the
  return core
}

const RELATIVE_AFTER_EARLIER = new Set([
  'this',
  'that',
  'next',
  'last',
  'in',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
])
const HEDGES_BY_FIRST_WORD = byFirstWord(QUANTITY_MODIFIERS)
const POSITION_PHRASES_BY_FIRST_WORD = byFirstWord(POSITION_PHRASES)

const isPointInTime = (core: Core) => core.type === 'DATE' || core.type === 'TIME'

/** Position modifiers: `early 1990`, `late November`, `mid-1996`, `the end of the year`, `earlier this month`. */
function withPosition(scanner: Scanner, index: number): Recognised | null {
  const first = scanner.word(index)
  const phrases = POSITION_PHRASES_BY_FIRST_WORD.get(first)
  if (!phrases && !POSITION_MODIFIERS.has(first)) return null
  for (const phrase of phrases ?? []) {
    const after = scanner.phrase(index, phrase.words)
    if (after < 0) continue
    const core = coreWithOptionalThe(scanner, after)
    if (core && isPointInTime(core) && !isVague(core))
      return { ...core, start: index, mod: phrase.mod }
  }
  const mod = POSITION_MODIFIERS.get(scanner.word(index))
  if (mod === undefined) return null
  let after = index + 1
  if (scanner.is(after, '-') && scanner.attached(after)) after++
  const core = coreWithOptionalThe(scanner, after)
  if (!core || !isPointInTime(core) || isVague(core)) return null
  const word = scanner.word(index)
  if (word === 'earlier' || word === 'later') {
    const next = scanner.word(after)
    // `earlier this month`, `later that year`, `earlier Sunday`, `later yesterday`
    if (!RELATIVE_AFTER_EARLIER.has(next) && !weekdayNumbers.has(next)) return null
    return { ...core, start: index }
  }
  return { ...core, start: index, mod }
}

const isVague = (core: Core) => typeof core.value === 'string' && core.value.endsWith('_REF')

/** Hedges before a quantity: `about two years`, `more than four hours`, `nearly two weeks ago`, `around 7:15 p.m.` */
function withQuantityHedge(scanner: Scanner, index: number): Recognised | null {
  const hedges = HEDGES_BY_FIRST_WORD.get(scanner.word(index))
  if (!hedges) return null
  for (const hedge of hedges) {
    const after = scanner.phrase(index, hedge.words)
    if (after < 0) continue
    const core = longestCore(scanner, after)
    if (
      core?.quantified ||
      (core &&
        core.type === 'DATE' &&
        typeof core.value !== 'string' &&
        core.end - after >= 2 &&
        scanner.tokens[after]?.kind !== 'word')
    ) {
      return { ...core, start: index, mod: hedge.mod }
    }
    if (
      core &&
      hedge.mod === 'APPROX' &&
      hedge.words[0] !== 'some' &&
      (core.type === 'TIME' || (core.type === 'DATE' && scanner.word(after) !== 'the'))
    ) {
      return { ...core, start: index, mod: hedge.mod }
    }
    // `at least the past 18 months`
    const the = withThe(scanner, after)
    if (the && the.type === 'DURATION' && hedge.words.length > 1)
      return { ...the, start: index, mod: hedge.mod }
  }
  return null
}

/** Whether a token can begin an expression (see STARTER_WORDS). */
function mayStart(token: Token): boolean {
  if (token.kind === 'word') return STARTER_WORDS.has(token.lower)
  if (token.kind === 'punct') return token.lower === "'" || token.lower === '\u2019'
  return true
}

/**
 * Recognise every temporal expression in the token stream, left to right, taking the longest
 * reading at each position. Each rule looks ahead a bounded number of tokens, so the whole pass is
 * linear in the length of the text.
 */
export function recognise(scanner: Scanner): Recognised[] {
  const found: Recognised[] = []
  const count = scanner.tokens.length
  let index = 0
  while (index < count) {
    const token = scanner.tokens[index]
    if (!token || !mayStart(token)) {
      index++
      continue
    }
    const core = longestCore(scanner, index)
    let best: Recognised | null = core ? { ...core, start: index } : null
    if (token.kind !== 'punct') {
      best = longer(best, withThe(scanner, index))
      best = longer(best, withPosition(scanner, index))
      best = longer(best, withQuantityHedge(scanner, index))
    }
    if (best) {
      found.push(best)
      index = best.end
    } else index++
  }
  return found
}

/** The candidate reaching further; the first on a tie. */
function longer(best: Recognised | null, candidate: Recognised | null): Recognised | null {
  if (!candidate) return best
  if (!best || candidate.end > best.end) return candidate
  return best
}
