import { type Article, checkOptions, describeValue, parseArticle } from '@copydesk/parse'
import { dctCheck, readDctOption } from '../input/dct-option.js'
import { readNamedDate } from '../input/read-date.js'
import type { DocumentDate } from '../types.js'
import { collectStatedDates, decideStatedDate } from './from-article.js'
import { inferFromSiblings } from './from-siblings.js'
import { inferFromText } from './infer-from-text.js'
import type { DocumentDateOptions, DocumentDateResolution, DocumentDateSibling } from './types.js'

/**
 * Decide a document's creation time (DCT) and say why, or say why there is none. In order:
 * the caller's `dct` and the dates the article states about itself (metadata date line,
 * published, updated and unlabelled timestamps; precedence in that order, with a
 * `dct-conflict` warning for each that names another day); else a sibling document's date
 * (`siblings`); else a weekday-date without a year (`Sunday, November 6`) whose year is pinned
 * by the `near` hint or the latest full date in the text. Never guesses: with no such evidence
 * `documentDate` is `undefined` and `reason` says what would help.
 *
 * @throws {TypeError} when `input` is neither a string nor an Article, or an option is malformed.
 * @example
 *   resolveDocumentDate('date 2016-11-07 (CNN) Forces said Sunday they had begun.').documentDate
 *   // {value: '2016-11-07', source: 'found', reason: 'Taken from the metadata date line …', …}
 */
export function resolveDocumentDate(
  input: string | Article,
  options: DocumentDateOptions = {},
): DocumentDateResolution {
  return resolve(input, options, 'resolveDocumentDate')
}

function resolve(
  input: string | Article,
  options: DocumentDateOptions,
  name: string,
): DocumentDateResolution {
  const article = toArticle(input, name)
  options = readOptions(options, name)
  const { evidence, warnings } = collectStatedDates(
    article,
    options.dct as string | undefined,
    options.pageDate as { value: string; key: string } | undefined,
  )
  if (evidence.length > 0) {
    const documentDate = decideStatedDate(evidence, warnings)
    return {
      documentDate,
      reason: documentDate.reason,
      candidates: documentDate.candidates,
      warnings,
    }
  }
  let siblingReason = ''
  if (options.siblings && options.siblings.length > 0) {
    const fromSiblings = inferFromSiblings(article.text, options.siblings)
    if (fromSiblings.documentDate)
      return { ...fromSiblings, warnings: [...warnings, ...fromSiblings.warnings] }
    siblingReason = ` ${fromSiblings.reason}`
  }
  const fromText = inferFromText(article.text, options.near)
  if (fromText.documentDate) {
    if (warnings.length > 0) fromText.documentDate.warnings = warnings
    return { ...fromText, reason: fromText.documentDate.reason, warnings }
  }
  return { ...fromText, reason: `${fromText.reason}${siblingReason}`, warnings }
}

/**
 * The document creation time (DCT) of an article or text, or `undefined` when the evidence
 * does not justify one (see `resolveDocumentDate` for the reason and the rules).
 *
 * @throws {TypeError} when `input` is neither a string nor an Article, or an option is malformed.
 * @example
 *   findDocumentDate('Updated 7:53 AM ET, Sun November 6, 2016\nForces said Sunday …')
 *   // {value: '2016-11-06T07:53:00-05:00', source: 'found', …}
 *   findDocumentDate('Forces said Sunday they had begun.') // undefined
 */
export function findDocumentDate(
  input: string | Article,
  options: DocumentDateOptions = {},
): DocumentDate | undefined {
  return resolve(input, options, 'findDocumentDate').documentDate
}

/**
 * Date a document that states no date by related documents (see `resolveDocumentDate`): a
 * duplicate shares its sibling's date, another report of the story takes the sibling's day,
 * and every weekday-date in the text must fall within a week of it. The source is `inferred`
 * and the reason names the sibling and the checks. `undefined` when no sibling fits.
 *
 * @throws {TypeError} when `input` is not a string or an Article, or `siblings` is malformed.
 * @example
 *   inferDocumentDateFromSiblings('Allies met on Sunday, November 6, in Ankara.',
 *     [{id: '000', dct: '2016-11-07', relation: 'story'}])
 *   // {value: '2016-11-07', source: 'inferred', reason: 'Inferred as another report of the story in 000 …'}
 */
export function inferDocumentDateFromSiblings(
  input: string | Article,
  siblings: readonly DocumentDateSibling[],
): DocumentDate | undefined {
  const article = toArticle(input, 'inferDocumentDateFromSiblings')
  return inferFromSiblings(article.text, readSiblings(siblings, 'inferDocumentDateFromSiblings'))
    .documentDate
}

function toArticle(input: unknown, name: string): Article {
  // Only the dated lines are read: skip the body's nlcst tree, the costliest part of parsing.
  if (typeof input === 'string') return parseArticle(input, { tree: false })
  if (typeof input === 'object' && input !== null && typeof (input as Article).text === 'string') {
    const article = input as Article
    if (Array.isArray(article.timestamps)) return article
  }
  throw new TypeError(
    `Cannot \`${name}\` without text: expected a string or an Article (from \`parseArticle\`), not ${describeValue(input)}`,
  )
}

const optionChecks = {
  dct: dctCheck,
  near: {
    expected: 'a year from 1800 to 2099 (`2016`) or a date (`2016-11-07`)',
    test: (value: unknown) => typeof value === 'number' || typeof value === 'string',
  },
  siblings: 'array',
  pageDate: {
    expected: "an object like `{value: '2016-11-07', key: 'JSON-LD datePublished'}`",
    test: (value: unknown) =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { key?: unknown }).key === 'string',
  },
} as const

/** The options checked, with every date read into ISO 8601 (`dct`, `near`, each sibling's `dct`). */
function readOptions(options: unknown, name: string): DocumentDateOptions {
  const checked = checkOptions<DocumentDateOptions>(name, options, optionChecks)
  const read: DocumentDateOptions = {}
  const dct = readDctOption(checked.dct, name)
  if (dct !== undefined) read.dct = dct
  const near = checked.near
  if (typeof near === 'number') {
    if (!(Number.isInteger(near) && near >= 1800 && near <= 2099)) {
      throw new RangeError(
        `Cannot \`${name}\` with \`near\` ${near}: expected a year from 1800 to 2099 (\`2016\`) or a date (\`2016-11-07\`)`,
      )
    }
    read.near = near
  } else if (near !== undefined) read.near = readNamedDate(near, `\`near\` for \`${name}\``)
  if (checked.pageDate !== undefined) {
    read.pageDate = {
      value: readNamedDate(checked.pageDate.value, `\`pageDate.value\` for \`${name}\``),
      key: checked.pageDate.key,
    }
  }
  if (checked.siblings !== undefined) read.siblings = readSiblings(checked.siblings, name)
  return read
}

/** Siblings with their dates read (`dct` a `DocumentDate` keeps its source, with its value read). */
function readSiblings(siblings: unknown, name: string): DocumentDateSibling[] {
  if (!Array.isArray(siblings)) {
    throw new TypeError(
      `Cannot \`${name}\` with \`siblings\` ${describeValue(siblings)}: expected an array like \`[{id: '000', dct: '2016-11-07', relation: 'duplicate'}]\``,
    )
  }
  return siblings.map((sibling: DocumentDateSibling, index) => {
    if (
      typeof sibling !== 'object' ||
      sibling === null ||
      typeof sibling.id !== 'string' ||
      (sibling.relation !== 'duplicate' && sibling.relation !== 'story')
    ) {
      throw new TypeError(
        `Cannot \`${name}\` with \`siblings[${index}]\`: expected \`{id: string, dct: DocumentDate | date, relation: 'duplicate' | 'story'}\`, got ${describeValue(sibling)}`,
      )
    }
    const value = readDctOption(sibling.dct, name, `siblings[${index}].dct`)
    if (value === undefined) {
      throw new TypeError(`Cannot \`${name}\` with \`siblings[${index}]\` without \`dct\``)
    }
    const dct =
      typeof sibling.dct === 'object' && !(sibling.dct instanceof Date)
        ? { ...sibling.dct, value }
        : value
    return { ...sibling, dct }
  })
}
