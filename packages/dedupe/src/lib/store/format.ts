// The on-disk format of a persistent index, version 2. A LevelDB database (classic-level) whose
// keys are UTF-8 strings and values bytes:
//
//   meta                         JSON: { format, version, parameters, threshold, banding, verify }
//   size                         u32 LE: number of documents
//   doc!<id>                     document record (below)
//   band!<bb>!<kkkkkkkk>!<id>    empty: <id> is in the bucket; bb = band number (2 hex),
//                                kkkkkkkk = bucket key (8 hex). One range read per band per
//                                query; an add or remove writes its own keys only (version 1
//                                kept a JSON array per bucket, rewritten whole on every add).
//
// Document record: u8 record version (1) · u8 exact-key length L · L bytes exact key (ASCII hex)
// · u16 LE permutations k · k × u32 LE signature values · u32 LE shingle count n · n × u32 LE
// sorted shingle hashes (n = 0 when the index verifies by estimate).

import type { Verification } from '../index/options.js'
import type { PreparedDocument } from '../index/prepare.js'
import type { Signature } from '../minhash/minhash.js'
import type { MinHashParameters } from '../minhash/parameters.js'

/** Name and version of the stored format; a database with another version is refused. */
export const storeFormat = 'copydesk-dedupe-index'
export const storeFormatVersion = 2

/** What the `meta` key holds. */
export interface StoreMeta {
  format: typeof storeFormat
  version: number
  parameters: MinHashParameters
  threshold: number
  banding: { bands: number; rows: number }
  verify: Verification
}

export const metaKey = 'meta'
export const sizeKey = 'size'

export function documentKey(id: string): string {
  return `doc!${id}`
}

export function bucketKey(band: number, key: number): string {
  return `band!${band.toString(16).padStart(2, '0')}!${(key >>> 0).toString(16).padStart(8, '0')}`
}

/** A document's entry in one bucket: the bucket key, `!`, the id (an empty value). */
export function memberKey(bucket: string, id: string): string {
  return `${bucket}!${id}`
}

export function encodeRecord(document: PreparedDocument): Uint8Array {
  const key = document.key ?? ''
  const values = document.signature.values
  const shingles = document.shingles ?? new Uint32Array(0)
  const bytes = new Uint8Array(2 + key.length + 2 + values.length * 4 + 4 + shingles.length * 4)
  const view = new DataView(bytes.buffer)
  bytes[0] = 1
  bytes[1] = key.length
  for (let index = 0; index < key.length; index++) bytes[2 + index] = key.charCodeAt(index)
  let offset = 2 + key.length
  view.setUint16(offset, values.length, true)
  offset += 2
  for (const value of values) {
    view.setUint32(offset, value, true)
    offset += 4
  }
  view.setUint32(offset, shingles.length, true)
  offset += 4
  for (const value of shingles) {
    view.setUint32(offset, value, true)
    offset += 4
  }
  return bytes
}

export function decodeRecord(bytes: Uint8Array, parameters: string, id: string): PreparedDocument {
  if (bytes[0] !== 1) {
    throw new Error(
      `Cannot read document \`${id}\` from the index: record version ${bytes[0]} is not supported (expected 1)`,
    )
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const keyLength = bytes[1]!
  const key = String.fromCharCode(...bytes.subarray(2, 2 + keyLength))
  let offset = 2 + keyLength
  const k = view.getUint16(offset, true)
  offset += 2
  const values = new Uint32Array(k)
  for (let index = 0; index < k; index++, offset += 4) values[index] = view.getUint32(offset, true)
  const n = view.getUint32(offset, true)
  offset += 4
  const signature: Signature = { parameters, values }
  const document: PreparedDocument = { signature }
  if (keyLength > 0) document.key = key
  if (n > 0) {
    const shingles = new Uint32Array(n)
    for (let index = 0; index < n; index++, offset += 4)
      shingles[index] = view.getUint32(offset, true)
    document.shingles = shingles
  }
  return document
}
