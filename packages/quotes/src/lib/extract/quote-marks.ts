import { elisionWords } from '../lexicon/elisions.js'
import type { QuoteProblem } from '../types.js'
import type { ParagraphRange } from './paragraph-range.js'

/** A stretch between quotation marks, found by pairing the marks of one paragraph. */
export interface QuotedRegion {
  /** Offset of the opening mark. */
  start: number
  /** Offset after the closing mark, or the end of the paragraph when the mark never closes. */
  end: number
  /** Index of the paragraph (in the list passed in) holding the region. */
  paragraph: number
  /** Whether a closing mark was found. */
  closed: boolean
  /** The quote runs on into the next paragraph, which opens with a mark again. */
  continues: boolean
  /** This region opens a paragraph that continues the previous paragraph's quote. */
  continuation: boolean
  /** Marked with single quotes ('…' or ‘…’). */
  single: boolean
}

/** A problem found while pairing marks, with the offsets of the culprit. */
export type MarkProblem = QuoteProblem

const quoteCharacters = /["'\u2018\u2019\u201c-\u201f\u00ab\u00bb]/g
const doubleOpeners = new Set(['\u201c', '\u201e', '\u201f', '\u00ab'])
const doubleClosers = new Set(['\u201d', '\u00bb'])
const letterOrDigit = /[\p{L}\p{N}]/u
const openingContext = /[\s([{\u2014\u2013/-]/
/** Elisions that start with an apostrophe and are not quotes: 'em, 'til, '90s. */
const elisions = new RegExp(`^(?:${elisionWords.join('|')}|\\d\\d)\\b`, 'i')

interface OpenMark {
  position: number
  single: boolean
}

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && letterOrDigit.test(char)
}

function opensWord(text: string, index: number, paragraphStart: number): boolean {
  const before = index > paragraphStart ? text[index - 1] : undefined
  const after = text[index + 1]
  return (
    (before === undefined || openingContext.test(before)) &&
    after !== undefined &&
    !/\s/.test(after)
  )
}

function closesWord(text: string, index: number, paragraphEnd: number): boolean {
  const before = text[index - 1]
  const after = index + 1 < paragraphEnd ? text[index + 1] : undefined
  return before !== undefined && !/\s/.test(before) && !isLetterOrDigit(after)
}

/** "the players' union": an apostrophe after a plural, followed by a lower-case word. */
function isPossessive(text: string, index: number, paragraphEnd: number): boolean {
  return (
    text[index - 1] === 's' &&
    text[index + 1] === ' ' &&
    index + 2 < paragraphEnd &&
    /\p{Ll}/u.test(text[index + 2] as string)
  )
}

function trimEnd(text: string, start: number, end: number): number {
  let last = end
  while (last > start && /\s/.test(text[last - 1] as string)) last--
  return last
}

function opensWithMark(text: string, paragraph: ParagraphRange | undefined): boolean {
  if (!paragraph) return false
  const first = text[paragraph.start] as string
  if (doubleOpeners.has(first) || first === '"') return true
  const second = text[paragraph.start + 1]
  return (first === '\u2018' || first === "'") && (second === first || second === '\u2019')
}

/** Index of the first of the sorted `marks` at or after `offset`. */
function firstMarkAtOrAfter(marks: readonly number[], offset: number): number {
  let low = 0
  let high = marks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((marks[middle] as number) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Pair the quotation marks of each paragraph. Double marks (straight or curly) make the
 * top-level quotes; single marks do too when no double quote is open, but only where they open
 * and close words, so apostrophes (don't, players', '90s) are left alone. A quote never runs past
 * its paragraph: when the paragraph ends with the quote open and the next paragraph opens with a
 * mark, the quote `continues`; otherwise it is cut at the paragraph end and a problem is reported.
 */
export function findQuotedRegions(
  text: string,
  paragraphs: readonly ParagraphRange[],
): { regions: QuotedRegion[]; problems: MarkProblem[] } {
  const regions: QuotedRegion[] = []
  const problems: MarkProblem[] = []
  let previousContinues = false
  // Every mark of the text, found once; each paragraph walks its own with a cursor, so a
  // paragraph without marks costs nothing (a search from its start would run to the text's end).
  const marks: number[] = []
  quoteCharacters.lastIndex = 0
  for (let match = quoteCharacters.exec(text); match; match = quoteCharacters.exec(text))
    marks.push(match.index)
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p] as ParagraphRange
    let open: OpenMark | undefined
    const firstRegion = regions.length
    const close = (closeEnd: number, closed: boolean) => {
      if (!open) return
      regions.push({
        start: open.position,
        end: closeEnd,
        paragraph: p,
        closed,
        continues: false,
        continuation: false,
        single: open.single,
      })
      open = undefined
    }
    // A closing mark with no opening one: the quote most likely began with its sentence
    // (`…," Jones said. It was never about him."`). Recover it from there and report the mark.
    // The marks come in order, so what one recovery measured (where the sentence after the last
    // region ends, the blanks after it, the words up to the mark) holds for the next one: each
    // carries on from where the last stopped, and a run of unmatched marks costs one pass.
    let scanFloor = -1
    let scanAt = 0
    let sentenceEnd = -1
    let blanksFrom = -1
    let blanksTo = 0
    let wordsFrom = -1
    let wordsTo = 0
    let wordCount = 0
    const recoverOpening = (markStart: number, markEnd: number) => {
      const floor = Math.max(
        start,
        regions.length > firstRegion ? (regions[regions.length - 1] as QuotedRegion).end : start,
      )
      if (floor !== scanFloor) {
        scanFloor = floor
        scanAt = floor
        sentenceEnd = -1
      }
      let from = floor
      if (floor > start) {
        // Skip the rest of the sentence that attributed the previous quote ("Jones said.").
        if (sentenceEnd < 0) {
          while (
            scanAt < markStart &&
            !(/[.?!…]/.test(text[scanAt] as string) && /\s/.test(text[scanAt + 1] ?? ''))
          )
            scanAt++
          if (scanAt < markStart) sentenceEnd = scanAt
        }
        if (sentenceEnd >= 0) from = sentenceEnd + 1
      }
      if (from !== blanksFrom) {
        blanksFrom = from
        blanksTo = from
      }
      // A skip that stopped at an earlier mark stops there again: a mark is not a blank.
      while (blanksTo < markStart && /\s/.test(text[blanksTo] as string)) blanksTo++
      from = blanksTo
      if (from !== wordsFrom) {
        wordsFrom = from
        wordsTo = from
        wordCount = 0
      }
      // Words never run across the earlier mark `wordsTo` stopped at, so the counts add up.
      if (wordsTo < markStart) {
        wordCount += text.slice(wordsTo, markStart).match(/[\p{L}\p{N}]+/gu)?.length ?? 0
        wordsTo = markStart
      }
      const words = wordCount
      const recovered = words >= 3
      problems.push({
        reason: `Unmatched closing quotation mark at ${markStart}: no quote is open in this paragraph${recovered ? `; read as a quote from ${from}` : ''}`,
        ruleId: 'unmatched-closing-quote',
        start: markStart,
        end: markEnd,
      })
      if (!recovered) return
      regions.push({
        start: from,
        end: markEnd,
        paragraph: p,
        closed: true,
        continues: false,
        continuation: false,
        single: false,
      })
    }
    let cursor = firstMarkAtOrAfter(marks, start)
    // After a doubled single mark (''), the walk resumes past its second character.
    let resumeAt = start
    for (; cursor < marks.length && (marks[cursor] as number) < end; cursor++) {
      let index = marks[cursor] as number
      if (index < resumeAt) continue
      const char = text[index] as string
      const next = text[index + 1]
      const doubledSingle =
        (char === '\u2018' || char === '\u2019' || char === "'") &&
        (next === '\u2018' || next === '\u2019' || next === "'") &&
        index + 1 < end
      if (doubleOpeners.has(char) || (doubledSingle && char === '\u2018')) {
        if (open?.single) continue
        if (open) {
          problems.push({
            reason: `Unclosed quotation mark: a new quote opens at ${index} before the one at ${open.position} closes`,
            ruleId: 'unclosed-quote',
            start: open.position,
            end: open.position + 1,
          })
          close(trimEnd(text, open.position, index), false)
        }
        open = { position: index, single: false }
        if (doubledSingle) resumeAt = ++index + 1
      } else if (doubleClosers.has(char) || doubledSingle) {
        if (open?.single) continue
        if (open) {
          close(index + (doubledSingle ? 2 : 1), true)
        } else if (doubledSingle && char === "'") {
          open = { position: index, single: false }
        } else {
          recoverOpening(index, index + (doubledSingle ? 2 : 1))
        }
        if (doubledSingle) resumeAt = ++index + 1
      } else if (char === '"') {
        if (open?.single) continue
        // Some wires type the apostrophe as a double mark: Brazil"s, country"s.
        if (index > start && isLetterOrDigit(text[index - 1]) && isLetterOrDigit(text[index + 1]))
          continue
        if (open) close(index + 1, true)
        else if (!opensWord(text, index, start) && closesWord(text, index, end) && index > start) {
          recoverOpening(index, index + 1)
        } else open = { position: index, single: false }
      } else if (char === '\u2018' || char === "'" || char === '\u2019') {
        if (open && !open.single) continue
        if (open?.single) {
          if (
            char !== '\u2018' &&
            closesWord(text, index, end) &&
            !isPossessive(text, index, end)
          ) {
            close(index + 1, true)
          }
        } else if (
          char !== '\u2019' &&
          opensWord(text, index, start) &&
          !elisions.test(text.slice(index + 1, index + 6))
        ) {
          open = { position: index, single: true }
        }
      }
    }
    if (open && !open.single) {
      const continues = opensWithMark(text, paragraphs[p + 1])
      if (!continues) {
        problems.push({
          reason: `Unclosed quotation mark at ${open.position}: the quote is cut at the end of its paragraph`,
          ruleId: 'unclosed-quote',
          start: open.position,
          end: open.position + 1,
        })
      }
      close(trimEnd(text, open.position, end), false)
      const last = regions[regions.length - 1] as QuotedRegion
      last.continues = continues
    }
    const first = regions[firstRegion]
    if (previousContinues && first && first.start === start) first.continuation = true
    const last = regions[regions.length - 1]
    previousContinues = last !== undefined && last.paragraph === p && last.continues
  }
  return { regions, problems }
}
