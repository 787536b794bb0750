import { formatBytes } from './inputs/check-text.js'

/** What a progress display is told after each document. */
export interface ProgressState {
  documents: number
  errors: number
  bytes: number
  totalBytes: number
}

export interface ProgressOptions {
  /** Where to write (stderr by default). */
  stream?: NodeJS.WriteStream | NodeJS.WritableStream
  /** Draw a bar redrawn in place (a terminal) or print plain lines. Default: the stream is a TTY. */
  tty?: boolean
  /** Plain mode: seconds between lines. */
  interval?: number
  label?: string
  now?: () => number
}

/**
 * A progress display on stderr: a bar with count, rate and ETA redrawn in place on a terminal;
 * one plain line every few seconds otherwise (CI logs, pipes). ETA is computed from bytes, so it
 * holds for JSONL inputs whose document count is unknown until the end.
 *
 * @example
 *   const progress = createProgress({label: 'documents'})
 *   progress.update({documents: 10, errors: 0, bytes: 2048, totalBytes: 4096})
 *   progress.done()
 */
export function createProgress(options: ProgressOptions = {}) {
  const stream = options.stream ?? process.stderr
  const tty = options.tty ?? Boolean((stream as NodeJS.WriteStream).isTTY)
  const now = options.now ?? (() => performance.now())
  const interval = (options.interval ?? 5) * 1000
  const label = options.label ?? 'processed'
  const started = now()
  let lastDraw = Number.NEGATIVE_INFINITY
  let last: ProgressState = { documents: 0, errors: 0, bytes: 0, totalBytes: 0 }

  const line = (state: ProgressState, final: boolean): string => {
    const seconds = Math.max((now() - started) / 1000, 1e-6)
    const rate = state.documents / seconds
    const fraction = state.totalBytes > 0 ? Math.min(state.bytes / state.totalBytes, 1) : 0
    const remaining = fraction > 0 ? (seconds / fraction) * (1 - fraction) : Number.NaN
    const parts = [
      `${state.documents} ${label}`,
      state.errors > 0 ? `${state.errors} errors` : '',
      `${rate.toFixed(rate < 10 ? 1 : 0)} docs/s`,
      `${formatBytes(state.bytes / seconds)}/s`,
      final ? `in ${formatDuration(seconds)}` : `ETA ${formatDuration(remaining)}`,
    ].filter(Boolean)
    if (!tty) return `${(fraction * 100).toFixed(0).padStart(3)}% ${parts.join(' · ')}`
    const width = 24
    const filled = Math.round(fraction * width)
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${parts.join(' · ')}`
  }

  return {
    update(state: ProgressState): void {
      last = state
      const time = now()
      if (tty) {
        if (time - lastDraw < 100) return
        lastDraw = time
        stream.write(`\r${line(state, false)}\u001b[K`)
      } else if (time - lastDraw >= interval) {
        lastDraw = time
        stream.write(`${line(state, false)}\n`)
      }
    },
    /** Prints the final line. */
    done(state: ProgressState = last): void {
      stream.write(tty ? `\r${line(state, true)}\u001b[K\n` : `${line(state, true)}\n`)
    },
    /** A message on its own line, without breaking the bar. */
    note(message: string): void {
      stream.write(tty ? `\r\u001b[K${message}\n` : `${message}\n`)
      lastDraw = Number.NEGATIVE_INFINITY
    },
  }
}

export type Progress = ReturnType<typeof createProgress>

/** `75s` → `1m15s`; NaN → `?`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}
