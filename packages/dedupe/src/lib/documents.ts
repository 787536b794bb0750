import { describeValue } from '@copydesk/parse'
import { comparedText, isArticle, type TextInput } from './input/compared-text.js'

/**
 * A document for the plain API: an id, its text (a string, or an `Article` from `parseArticle`,
 * compared by its body) and optionally when it was published.
 */
export interface DocumentInput {
  id: string
  text: TextInput
  /** Publication time: a `Date`, epoch milliseconds or an ISO 8601 string. */
  date?: Date | number | string
}

/** Check a document list: ids present and unique, texts strings or Articles (read as their body), dates readable. */
export function checkDocuments(
  documents: Iterable<DocumentInput>,
  context: string,
): { id: string; text: string; time?: number }[] {
  if (documents === null || typeof documents !== 'object' || !(Symbol.iterator in documents)) {
    throw new TypeError(
      `Cannot \`${context}\` ${describeValue(documents)}: expected an iterable of documents like { id: 'cnn-1', text: '…' }`,
    )
  }
  const seen = new Set<string>()
  const checked: { id: string; text: string; time?: number }[] = []
  for (const [position, document] of [...documents].entries()) {
    checked.push(checkDocument(document, `${context}\` document ${position}`, seen))
  }
  return checked
}

/** Check one document and read its text (an Article's body); `seen` collects ids to refuse duplicates. */
export function checkDocument(
  document: DocumentInput,
  where: string,
  seen: Set<string>,
): { id: string; text: string; time?: number } {
  if (typeof document !== 'object' || document === null) {
    throw new TypeError(
      `Cannot \`${where}: expected a document like { id: 'cnn-1', text: '…' }, got ${describeValue(document)}`,
    )
  }
  const { id, text, date } = document
  if (typeof id !== 'string' || id.length === 0) {
    throw new TypeError(
      `Cannot \`${where}: \`id\` must be a non-empty string, got ${describeValue(id)}`,
    )
  }
  if (seen.has(id)) {
    throw new Error(`Cannot \`${where}: id \`${id}\` appears twice; ids must be unique`)
  }
  seen.add(id)
  if (typeof text !== 'string' && !isArticle(text)) {
    throw new TypeError(
      `Cannot \`${where} (\`${id}\`): \`text\` must be a string or an Article from \`parseArticle(text)\`, got ${describeValue(text)}`,
    )
  }
  const compared = comparedText(text, where).text
  if (date === undefined) return { id, text: compared }
  const time =
    date instanceof Date ? date.getTime() : typeof date === 'number' ? date : Date.parse(date)
  if (!Number.isFinite(time)) {
    throw new TypeError(
      `Cannot \`${where} (\`${id}\`): \`date\` ${JSON.stringify(date)} is not a date; expected a Date, epoch milliseconds or an ISO 8601 string such as '2016-11-06'`,
    )
  }
  return { id, text: compared, time }
}
