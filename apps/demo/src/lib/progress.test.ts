import { describe, expect, it } from 'vitest'
import { createProgress, formatDuration } from './progress.js'

function sink() {
  const written: string[] = []
  return {
    written,
    stream: { write: (text: string) => written.push(text) } as unknown as NodeJS.WritableStream,
  }
}

describe('progress', () => {
  it('prints plain lines with count, rate and ETA when not on a terminal', () => {
    let now = 0
    const { written, stream } = sink()
    const progress = createProgress({
      stream,
      tty: false,
      interval: 5,
      now: () => now,
      label: 'documents',
    })
    now = 2000
    progress.update({ documents: 100, errors: 1, bytes: 1024 * 1024, totalBytes: 4 * 1024 * 1024 })
    now = 3000
    progress.update({ documents: 150, errors: 1, bytes: 1536 * 1024, totalBytes: 4 * 1024 * 1024 }) // within the interval: silent
    now = 8000
    progress.done({
      documents: 400,
      errors: 2,
      bytes: 4 * 1024 * 1024,
      totalBytes: 4 * 1024 * 1024,
    })
    expect(written).toEqual([
      ' 25% 100 documents · 1 errors · 50 docs/s · 512.0 kB/s · ETA 6.0s\n',
      '100% 400 documents · 2 errors · 50 docs/s · 512.0 kB/s · in 8.0s\n',
    ])
  })

  it('redraws a bar in place on a terminal', () => {
    let now = 0
    const { written, stream } = sink()
    const progress = createProgress({ stream, tty: true, now: () => now })
    now = 1000
    progress.update({ documents: 10, errors: 0, bytes: 50, totalBytes: 100 })
    expect(written[0]).toBe(
      '\r[############------------]  50% 10 processed · 10 docs/s · 50 B/s · ETA 1.0s\u001b[K',
    )
  })

  it('formats durations', () => {
    expect(formatDuration(75)).toBe('1m15s')
    expect(formatDuration(4000)).toBe('1h06m')
    expect(formatDuration(Number.NaN)).toBe('?')
  })
})
