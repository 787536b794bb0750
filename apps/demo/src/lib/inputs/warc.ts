import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { decodeHtml, HtmlDecodeError } from '@copydesk/html'
import { LimitReader, WARCParser } from 'warcio'
import { emptyProblem, failure, formatBytes, looksLikeHtml } from './check-text.js'
import type { InputItem, ReadLimits } from './types.js'

const htmlTypes = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i

/**
 * The records of a WARC file (plain or gzip'd per record, as CC-NEWS ships them), read as a stream
 * by webrecorder's `warcio`: each `response` record with an HTML payload is a document (id: its
 * `WARC-Record-ID` without the angle brackets, else its target URI; `url`: `WARC-Target-URI`; the
 * HTTP headers stripped and the payload decoded with the charset of its `Content-Type`). Every
 * other record ends as an error too, so nothing is dropped: `skipped` for records that are not
 * HTML pages (warcinfo, request, metadata, revisit, non-HTML or non-2xx responses), `too-large`,
 * `binary`, `empty`, and `truncated` for an archive that ends mid-record or is corrupt (the records
 * before it are kept). `onOffset` is told how far into the file the reader is.
 *
 * @example
 *   for await (const item of warcItems('CC-NEWS-20240101.warc.gz', {maxBytes: 5e6}, () => {})) …
 */
export async function* warcItems(
  file: string,
  limits: ReadLimits,
  onOffset: (bytes: number) => void,
): AsyncGenerator<InputItem> {
  const raw = createReadStream(file)
  const parser = new WARCParser(raw)
  let records = 0
  // Where the last record read ended: an archive that goes on past it without another record is
  // truncated inside that record (warcio stops silently there).
  let end = 0
  try {
    for await (const record of parser) {
      records++
      const where = `${file}@${parser.offset}`
      const recordId = record.warcHeader('WARC-Record-ID')?.replace(/^<|>$/g, '')
      const url = record.warcTargetURI ?? undefined
      const id = recordId || url || where
      const type = record.warcType
      const skip = async (reason: string): Promise<InputItem> => {
        await record.skipFully()
        return failure(
          id,
          where,
          'skipped',
          `Skipped record ${records} of \`${file}\` (${type ?? 'untyped'}${url ? ` ${url}` : ''}): ${reason}`,
        )
      }
      if (type === 'revisit') {
        const refers =
          record.warcHeader('WARC-Refers-To-Target-URI') ?? record.warcHeader('WARC-Refers-To')
        yield await skip(
          `a revisit record has no page of its own (it points to an earlier capture${refers ? ` of ${refers}` : ''})`,
        )
      } else if (type !== 'response') {
        yield await skip('not a response record, so not a page')
      } else if (!record.httpHeaders) {
        yield await skip('the response has no HTTP headers')
      } else {
        const status = Number(record.httpHeaders.statusCode)
        const contentType = record.httpHeaders.headers.get('content-type') ?? undefined
        if (!(status >= 200 && status < 300)) {
          yield await skip(`HTTP status ${record.httpHeaders.statusCode ?? 'missing'}, not a page`)
        } else if (contentType !== undefined && !htmlTypes.test(contentType)) {
          yield await skip(`not HTML (Content-Type: ${contentType})`)
        } else if (record.warcContentLength > limits.maxBytes) {
          await record.skipFully()
          yield failure(
            id,
            where,
            'too-large',
            `Cannot process record ${records} of \`${file}\`${url ? ` (${url})` : ''}: it is ${formatBytes(record.warcContentLength)}, over the ${formatBytes(limits.maxBytes)} limit (raise it with --max-bytes)`,
          )
        } else {
          const reader = record.reader
          const bytes = await record.readFully(true)
          // The record's reader still owes bytes when the archive ended inside the record.
          if (reader instanceof LimitReader && reader.limit > 0) {
            yield failure(
              id,
              where,
              'truncated',
              `Cannot read record ${records} of \`${file}\`${url ? ` (${url})` : ''}: the archive ends ${formatBytes(reader.limit)} before the record does (truncated); the records before it were read`,
            )
            return
          }
          yield pageOf(bytes, {
            id,
            where,
            file,
            records,
            contentType,
            ...(url ? { url } : {}),
          })
        }
      }
      end = parser.offset + parser.recordLength
      onOffset(raw.bytesRead)
    }
    const size = (await stat(file)).size
    if (size - end > 4) {
      yield failure(
        `${file}@${end}`,
        `${file}@${end}`,
        'truncated',
        `Cannot read \`${file}\` past record ${records}: its last ${formatBytes(size - end)} are not a whole record (the archive is truncated or corrupt); the records before were read`,
      )
    }
  } catch (error) {
    yield failure(
      `${file}@${parser.offset}`,
      `${file}@${parser.offset}`,
      'truncated',
      `Cannot read \`${file}\` past record ${records}: the archive is truncated or corrupt (${(error as Error).message}); the records before it were read`,
    )
  } finally {
    raw.destroy()
    onOffset(raw.bytesRead)
  }
}

function pageOf(
  bytes: Uint8Array,
  {
    id,
    where,
    file,
    records,
    contentType,
    url,
  }: {
    id: string
    where: string
    file: string
    records: number
    contentType?: string
    url?: string
  },
): InputItem {
  const at = `record ${records} of \`${file}\`${url ? ` (${url})` : ''}`
  let decoded: ReturnType<typeof decodeHtml>
  try {
    decoded = decodeHtml(bytes, contentType ? { contentType } : {})
  } catch (error) {
    if (error instanceof HtmlDecodeError)
      return failure(id, where, 'binary', `Cannot read ${at}: ${error.message}`)
    throw error
  }
  const empty = emptyProblem(decoded.html)
  if (empty) return failure(id, where, 'empty', `Cannot process ${at}: ${empty}`)
  if (contentType === undefined && !looksLikeHtml(decoded.html)) {
    return failure(
      id,
      where,
      'skipped',
      `Skipped ${at}: no Content-Type and the payload does not look like HTML`,
    )
  }
  return {
    kind: 'document',
    id,
    text: decoded.html,
    format: 'html',
    where,
    bytes: bytes.byteLength,
    ...(url ? { url } : {}),
    ...(decoded.warnings.length > 0 ? { notes: decoded.warnings } : {}),
  }
}
