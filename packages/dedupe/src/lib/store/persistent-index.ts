import { checkOptions, describeValue } from '@copydesk/parse'
import { ClassicLevel } from 'classic-level'
import { byMatch } from '../index/memory-index.js'
import {
  assertId,
  type IndexOptions,
  indexOptionChecks,
  type Match,
  type QueryOptions,
  type ResolvedIndexOptions,
  resolveIndexOptions,
  resolveQueryThreshold,
} from '../index/options.js'
import { type PreparedDocument, prepareDocument, verifiedSimilarity } from '../index/prepare.js'
import type { TextInput } from '../input/compared-text.js'
import { bandKeys } from '../lsh/band-keys.js'
import { ParameterMismatchError } from '../minhash/errors.js'
import type { Signature } from '../minhash/minhash.js'
import {
  bucketKey,
  decodeRecord,
  documentKey,
  encodeRecord,
  memberKey,
  metaKey,
  type StoreMeta,
  sizeKey,
  storeFormat,
  storeFormatVersion,
} from './format.js'

/** A document to add: an id and its text (or a signature made with the index's MinHash). */
export interface IndexDocument {
  id: string
  text: TextInput | Signature | PreparedDocument
}

/** A near-duplicate index persisted in a LevelDB directory: grows day by day, survives restarts. */
export interface PersistentIndex {
  readonly options: ResolvedIndexOptions
  readonly directory: string
  /** Number of documents in the index. */
  readonly size: number
  /** Shingle, sign and hash a text (an Article: its body) once, for a `query` followed by an `add`. */
  prepare(document: TextInput | Signature): PreparedDocument
  add(id: string, document: TextInput | Signature | PreparedDocument): Promise<void>
  /** Add many documents in write batches; returns how many were added. */
  addMany(
    documents: AsyncIterable<IndexDocument> | Iterable<IndexDocument>,
    options?: { batchSize?: number },
  ): Promise<number>
  remove(id: string): Promise<boolean>
  has(id: string): Promise<boolean>
  signatureOf(id: string): Promise<Signature | undefined>
  query(
    document: TextInput | Signature | PreparedDocument,
    options?: QueryOptions,
  ): Promise<Match[]>
  /** Near-duplicates of a stored document (itself excluded); throws if the id is unknown. */
  similarTo(id: string, options?: QueryOptions): Promise<Match[]>
  /** The stored ids, in key order, read lazily. */
  ids(): AsyncGenerator<string>
  close(): Promise<void>
}

/**
 * Open (or create) a persistent near-duplicate index in `directory`. The MinHash parameters,
 * threshold, banding and verification are stored with the data; reopening without options uses
 * them, and reopening with different MinHash parameters throws {@link ParameterMismatchError}.
 *
 * @example
 *   const index = await openIndex('./news-index', { threshold: 0.8 })
 *   await index.add('cnn-2016-11-07', text)
 *   await index.query(otherText) // => [{ id: 'cnn-2016-11-07', similarity: 0.93, identical: false }]
 *   await index.close()
 */
export async function openIndex(
  directory: string,
  options?: IndexOptions,
): Promise<PersistentIndex> {
  if (typeof directory !== 'string' || directory.length === 0) {
    throw new TypeError(
      `Cannot \`openIndex\` without a directory: expected a path such as './news-index', got ${describeValue(directory)}`,
    )
  }
  const db = new ClassicLevel<string, Uint8Array>(directory, {
    keyEncoding: 'utf8',
    valueEncoding: 'view',
  })
  try {
    await db.open()
  } catch (error) {
    const reason = (error as { cause?: Error }).cause?.message ?? (error as Error).message
    throw new Error(
      `Cannot \`openIndex\` ${directory}: LevelDB could not open it (${reason}); is another process using this index?`,
      { cause: error },
    )
  }
  let resolved: ResolvedIndexOptions
  let size: number
  try {
    const stored = await db.get(metaKey)
    if (stored === undefined) {
      const [anyKey] = await db.keys({ limit: 1 }).all()
      if (anyKey !== undefined) {
        throw new Error(
          `Cannot \`openIndex\` ${directory}: it is a LevelDB database without copydesk index metadata (found key \`${anyKey}\`); use an empty or new directory`,
        )
      }
      resolved = resolveIndexOptions(options, 'openIndex')
      const meta: StoreMeta = {
        format: storeFormat,
        version: storeFormatVersion,
        parameters: resolved.minhash.parameters,
        threshold: resolved.threshold,
        banding: { bands: resolved.banding.bands, rows: resolved.banding.rows },
        verify: resolved.verify,
      }
      await db.batch([
        { type: 'put', key: metaKey, value: new TextEncoder().encode(JSON.stringify(meta)) },
        { type: 'put', key: sizeKey, value: encodeSize(0) },
      ])
      size = 0
    } else {
      resolved = resolveStored(readMeta(stored, directory), options)
      size = decodeSize((await db.get(sizeKey)) ?? encodeSize(0))
    }
  } catch (error) {
    await db.close()
    throw error
  }

  const { bands, rows } = resolved.banding
  const parameters = resolved.minhash.parameters.id
  let writes: Promise<unknown> = Promise.resolve()
  // One write at a time, so the stored size and the band entries always agree.
  const serialise = <T>(task: () => Promise<T>): Promise<T> => {
    const next = writes.then(task, task)
    writes = next.catch(() => undefined)
    return next
  }

  const read = async (id: string): Promise<PreparedDocument | undefined> => {
    const bytes = await db.get(documentKey(id))
    return bytes === undefined ? undefined : decodeRecord(bytes, parameters, id)
  }

  /** One key per band per document (`band!bb!kkkkkkkk!<id>`): an add or remove touches its own keys only. */
  const memberOperations = (
    id: string,
    document: PreparedDocument,
    kind: 'put' | 'del',
    operations: Operation[],
  ) => {
    const keys = bandKeys(document.signature.values, bands, rows)
    for (let band = 0; band < bands; band++) {
      const key = memberKey(bucketKey(band, keys[band]!), id)
      operations.push(kind === 'put' ? { type: 'put', key, value: empty } : { type: 'del', key })
    }
  }

  const writeBatch = async (batch: { id: string; document: PreparedDocument }[]) => {
    const operations: Operation[] = []
    const seen = new Set<string>()
    const existing = await db.getMany(batch.map(({ id }) => documentKey(id)))
    for (const [position, { id, document }] of batch.entries()) {
      if (existing[position] !== undefined || seen.has(id)) {
        throw new Error(
          `Cannot \`add\` document \`${id}\`: an entry with this id is already in the index; \`remove('${id}')\` it first to replace it`,
        )
      }
      seen.add(id)
      operations.push({ type: 'put', key: documentKey(id), value: encodeRecord(document) })
      memberOperations(id, document, 'put', operations)
    }
    operations.push({ type: 'put', key: sizeKey, value: encodeSize(size + batch.length) })
    await db.batch(operations)
    size += batch.length
  }

  const index: PersistentIndex = {
    options: resolved,
    directory,
    get size() {
      return size
    },
    prepare(document) {
      return prepareDocument(document, resolved, 'prepare')
    },
    async add(id, document) {
      assertId(id, 'add')
      const prepared = prepareDocument(document, resolved, 'add')
      await serialise(() => writeBatch([{ id, document: prepared }]))
    },
    async addMany(documents, addOptions) {
      const batchSize =
        checkOptions<{ batchSize?: number }>('addMany', addOptions, {
          batchSize: {
            expected: 'a whole number ≥ 1',
            test: (value) => Number.isInteger(value) && (value as number) >= 1,
          },
        }).batchSize ?? 500
      let pending: { id: string; document: PreparedDocument }[] = []
      let added = 0
      for await (const item of documents) {
        if (typeof item !== 'object' || item === null) {
          throw new TypeError(
            `Cannot \`addMany\` ${describeValue(item)}: expected documents like { id: 'cnn-1', text: '…' }`,
          )
        }
        assertId(item.id, 'addMany')
        pending.push({ id: item.id, document: prepareDocument(item.text, resolved, 'addMany') })
        if (pending.length >= batchSize) {
          const batch = pending
          pending = []
          await serialise(() => writeBatch(batch))
          added += batch.length
        }
      }
      if (pending.length > 0) {
        const batch = pending
        await serialise(() => writeBatch(batch))
        added += batch.length
      }
      return added
    },
    async remove(id) {
      assertId(id, 'remove')
      return serialise(async () => {
        const document = await read(id)
        if (!document) return false
        const operations: Operation[] = [{ type: 'del', key: documentKey(id) }]
        memberOperations(id, document, 'del', operations)
        operations.push({ type: 'put', key: sizeKey, value: encodeSize(size - 1) })
        await db.batch(operations)
        size -= 1
        return true
      })
    },
    async has(id) {
      assertId(id, 'has')
      return (await db.get(documentKey(id))) !== undefined
    },
    async signatureOf(id) {
      assertId(id, 'signatureOf')
      return (await read(id))?.signature
    },
    async query(document, queryOptions) {
      const threshold = resolveQueryThreshold(queryOptions, resolved.threshold)
      const prepared = prepareDocument(document, resolved, 'query')
      const keys = bandKeys(prepared.signature.values, bands, rows)
      const candidates = new Set<string>()
      for (let band = 0; band < bands; band++) {
        const prefix = memberKey(bucketKey(band, keys[band]!), '')
        for await (const key of db.keys({ gt: prefix, lt: afterPrefix(prefix) })) {
          const id = key.slice(prefix.length)
          if (id !== queryOptions?.exclude) candidates.add(id)
        }
      }
      const ids = [...candidates]
      const records = await db.getMany(ids.map(documentKey))
      const matches: Match[] = []
      for (const [position, id] of ids.entries()) {
        const bytes = records[position]
        if (bytes === undefined) continue
        const verdict = verifiedSimilarity(prepared, decodeRecord(bytes, parameters, id), resolved)
        if (verdict.similarity >= threshold) matches.push({ id, ...verdict })
      }
      return matches.sort(byMatch)
    },
    async similarTo(id, queryOptions = {}) {
      assertId(id, 'similarTo')
      const document = await read(id)
      if (!document) {
        throw new Error(`Cannot \`similarTo\` \`${id}\`: no document with this id is in the index`)
      }
      return index.query(document, { ...queryOptions, exclude: id })
    },
    async *ids() {
      const prefix = documentKey('')
      // Every key that starts with `doc!` sorts before `doc"` (ids above U+FFFF included).
      for await (const key of db.keys({ gt: prefix, lt: afterPrefix(prefix) })) {
        yield key.slice(prefix.length)
      }
    },
    async close() {
      await writes
      await db.close()
    },
  }
  return index
}

const empty = new Uint8Array(0)

/** The least key after every key that starts with `prefix` (its last character, plus one). */
function afterPrefix(prefix: string): string {
  return `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`
}

type Operation = { type: 'put'; key: string; value: Uint8Array } | { type: 'del'; key: string }

function encodeSize(size: number): Uint8Array {
  const bytes = new Uint8Array(4)
  new DataView(bytes.buffer).setUint32(0, size, true)
  return bytes
}

function decodeSize(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true)
}

function readMeta(bytes: Uint8Array, directory: string): StoreMeta {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as StoreMeta
  } catch {
    throw new Error(
      `Cannot \`openIndex\` ${directory}: its \`meta\` record is not valid JSON (a damaged or foreign database)`,
    )
  }
}

function resolveStored(meta: StoreMeta, options: IndexOptions | undefined): ResolvedIndexOptions {
  if (meta.format !== storeFormat || meta.version !== storeFormatVersion) {
    throw new Error(
      `Cannot \`openIndex\`: the directory holds ${meta.format} version ${meta.version}, this release reads ${storeFormat} version ${storeFormatVersion}`,
    )
  }
  const stored = resolveIndexOptions({
    threshold: meta.threshold,
    minhash: {
      permutations: meta.parameters.permutations,
      seed: meta.parameters.seed,
      shingles: meta.parameters.shingles,
    },
    banding: meta.banding,
    verify: meta.verify,
  })
  if (stored.minhash.parameters.id !== meta.parameters.id) {
    throw new ParameterMismatchError(
      '`openIndex`',
      stored.minhash.parameters.id,
      meta.parameters.id,
    )
  }
  if (options === undefined) return stored
  checkOptions<IndexOptions>('openIndex', options, indexOptionChecks)
  const requested = resolveIndexOptions(
    { ...options, banding: options.banding ?? meta.banding },
    'openIndex',
  )
  if (requested.minhash.parameters.id !== stored.minhash.parameters.id) {
    throw new ParameterMismatchError(
      'open this index with these options',
      stored.minhash.parameters.id,
      requested.minhash.parameters.id,
    )
  }
  if (
    requested.threshold !== stored.threshold ||
    requested.verify !== stored.verify ||
    requested.banding.bands !== stored.banding.bands ||
    requested.banding.rows !== stored.banding.rows
  ) {
    throw new Error(
      `Cannot \`openIndex\` with these options: the index was built with threshold ${stored.threshold}, ${stored.banding.bands}×${stored.banding.rows} bands, verify '${stored.verify}'; open it without options (a query may pass its own \`threshold\`)`,
    )
  }
  return stored
}
