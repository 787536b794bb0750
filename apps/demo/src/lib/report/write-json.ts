import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import type { Report, ReportDocument } from './types.js'

/**
 * Writes `report.json` as a stream: the documents come one at a time (from the spool) and the
 * report's other lists are written element by element. The output is one JSON object in the
 * `Report` shape, one document (or list element) per line.
 *
 * @example
 *   await writeReportJson('out/report.json', rest, spool.records())
 */
export async function writeReportJson(
  file: string,
  report: Omit<Report, 'documents'>,
  documents: AsyncIterable<ReportDocument>,
): Promise<void> {
  const stream = createWriteStream(file)
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain')
  }
  const { schema, generated, input, ...rest } = report
  await write(
    `{\n"schema": ${JSON.stringify(schema)},\n"generated": ${JSON.stringify(generated)},\n"input": ${JSON.stringify(input)},\n"documents": [`,
  )
  let first = true
  for await (const document of documents) {
    await write(`${first ? '\n' : ',\n'}${JSON.stringify(document)}`)
    first = false
  }
  await write(first ? '],\n' : '\n],\n')
  const keys = Object.keys(rest) as (keyof typeof rest)[]
  for (const [index, key] of keys.entries()) {
    const value: unknown = rest[key]
    await write(`${JSON.stringify(key)}: `)
    if (Array.isArray(value)) {
      // Element by element: a long list (quotes, reuse) never becomes one huge string.
      await write('[')
      for (const [at, element] of value.entries())
        await write(`${at > 0 ? ',' : ''}\n${JSON.stringify(element)}`)
      await write(value.length > 0 ? '\n]' : ']')
    } else {
      await write(JSON.stringify(value, null, 1))
    }
    await write(index < keys.length - 1 ? ',\n' : '\n')
  }
  await write('}\n')
  stream.end()
  await once(stream, 'finish')
}
