import { assertSignature } from './compare.js'
import type { Signature } from './minhash.js'

/** Magic bytes `CDMH` and the version of the binary signature format. */
const magic = [0x43, 0x44, 0x4d, 0x48]
export const signatureFormatVersion = 1

/**
 * Serialise a signature to bytes: `CDMH`, format version (u8), parameter-id length (u8), the
 * parameter id (UTF-8), then the values as little-endian u32. The parameter id travels with the
 * values, so a stored signature can never be compared with one made by other parameters.
 *
 * @example
 *   const bytes = encodeSignature(minhash.signature(text)) // Uint8Array(4 + 2 + 19 + 512)
 */
export function encodeSignature(signature: Signature): Uint8Array {
  assertSignature(signature, 'encodeSignature')
  const id = new TextEncoder().encode(signature.parameters)
  const bytes = new Uint8Array(6 + id.length + signature.values.length * 4)
  bytes.set(magic, 0)
  bytes[4] = signatureFormatVersion
  bytes[5] = id.length
  bytes.set(id, 6)
  const view = new DataView(bytes.buffer)
  let offset = 6 + id.length
  for (const value of signature.values) {
    view.setUint32(offset, value, true)
    offset += 4
  }
  return bytes
}

/**
 * Read a signature written by {@link encodeSignature}. Throws a `TypeError` naming the problem
 * when the bytes are not a signature or use an unknown format version.
 *
 * @example
 *   decodeSignature(encodeSignature(signature)).parameters // => 'cdmh1-word5-k128-s1'
 */
export function decodeSignature(bytes: Uint8Array): Signature {
  if (!(bytes instanceof Uint8Array) || bytes.length < 6 || magic.some((b, i) => bytes[i] !== b)) {
    throw new TypeError(
      'Cannot `decodeSignature`: expected bytes from `encodeSignature` starting with `CDMH`',
    )
  }
  if (bytes[4] !== signatureFormatVersion) {
    throw new TypeError(
      `Cannot \`decodeSignature\` format version ${bytes[4]}: this release reads version ${signatureFormatVersion}`,
    )
  }
  const idLength = bytes[5]!
  const valueBytes = bytes.length - 6 - idLength
  if (valueBytes <= 0 || valueBytes % 4 !== 0) {
    throw new TypeError(
      `Cannot \`decodeSignature\`: ${bytes.length} bytes is not a whole signature (truncated?)`,
    )
  }
  const parameters = new TextDecoder().decode(bytes.subarray(6, 6 + idLength))
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const values = new Uint32Array(valueBytes / 4)
  for (let index = 0; index < values.length; index++) {
    values[index] = view.getUint32(6 + idLength + index * 4, true)
  }
  return { parameters, values }
}
