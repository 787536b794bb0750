import { mix32, mixBlock } from '../shingle/hash.js'

/**
 * The bucket key of each band of a signature: the band's `rows` values folded into one 32-bit
 * hash (seeded by the band number, so equal values in different bands land in different
 * buckets). Two signatures share a bucket in band `i` when their rows in that band are equal.
 */
export function bandKeys(values: Uint32Array, bands: number, rows: number): Int32Array {
  const keys = new Int32Array(bands)
  for (let band = 0; band < bands; band++) {
    let h = 0x3c6ef372 ^ band
    const offset = band * rows
    for (let row = 0; row < rows; row++) h = mixBlock(h, values[offset + row]!)
    keys[band] = mix32(h ^ rows)
  }
  return keys
}
