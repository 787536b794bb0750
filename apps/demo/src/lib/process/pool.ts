import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

/** A message sent to a worker: a task with its sequence number. */
export interface TaskMessage<Input> {
  sequence: number
  input: Input
}

/** A worker's first message: its modules are loaded and it takes tasks. */
export interface ReadyMessage {
  ready: true
}

/** A worker's answer: the output, or the error it threw (as text). */
export type ResultMessage<Output> =
  | { sequence: number; ok: true; output: Output }
  | { sequence: number; ok: false; error: string }

export interface PoolOptions<Input, Output> {
  /** Worker threads to start; `0` runs every task on the main thread with `inline`. */
  workers: number
  /** The worker's module (a file exporting nothing, answering `TaskMessage`s with `ResultMessage`s). */
  entry: URL
  /** The same work as the worker does, for `workers: 0`. */
  inline: (input: Input) => Output
  /** A task running longer than this is abandoned: its worker is replaced, the task fails. */
  timeoutMs?: number
  /** Values in the output to transfer rather than copy (typed-array buffers). */
  transfer?: (input: Input) => ArrayBuffer[]
}

/** A pool of worker threads, one task per worker at a time. */
export interface Pool<Input, Output> {
  /** Resolves with the output, or rejects with the error the task met (including a crash or timeout). */
  run(input: Input): Promise<Output>
  /** Tasks waiting or running. */
  pending(): number
  size: number
  close(): Promise<void>
}

interface Job<Input, Output> {
  sequence: number
  input: Input
  resolve: (output: Output) => void
  reject: (error: Error) => void
}

interface Slot<Input, Output> {
  worker: Worker
  /** The worker has loaded its modules and said so: tasks are timed from then on. */
  ready: boolean
  job?: Job<Input, Output>
  timer?: NodeJS.Timeout
}

/**
 * Starts a pool of `node:worker_threads` workers for per-document work. A task that throws fails
 * alone; a task that crashes its worker or runs past `timeoutMs` (counted from when the worker,
 * its modules loaded, said it was ready) fails alone too, and the worker is replaced, so one bad
 * document never stops a run.
 *
 * @example
 *   const pool = createPool({workers: 2, entry: new URL('./worker.js', import.meta.url), inline: work})
 *   const output = await pool.run(input)
 *   await pool.close()
 */
export function createPool<Input, Output>(
  options: PoolOptions<Input, Output>,
): Pool<Input, Output> {
  const timeoutMs = options.timeoutMs ?? 60_000
  if (options.workers <= 0) {
    let running = 0
    return {
      size: 0,
      pending: () => running,
      async run(input) {
        running++
        try {
          // Yield to the event loop so a long synchronous run still lets progress draw.
          await new Promise((resolve) => setImmediate(resolve))
          return options.inline(input)
        } finally {
          running--
        }
      },
      async close() {},
    }
  }

  const queue: Job<Input, Output>[] = []
  const slots: Slot<Input, Output>[] = []
  let sequence = 0
  let closed = false
  // Workers that died before they were ready, in a row: a worker that cannot even start (a broken
  // install) must fail the run's tasks, not be restarted forever.
  let failedStarts = 0
  let broken: string | undefined

  const start = (): Slot<Input, Output> => {
    const slot: Slot<Input, Output> = { worker: spawnWorker(options.entry), ready: false }
    slot.worker.on('message', (message: ResultMessage<Output> | ReadyMessage) => {
      if ('ready' in message) {
        slot.ready = true
        failedStarts = 0
        next(slot)
        return
      }
      const job = slot.job
      if (!job || job.sequence !== message.sequence) return
      finish(slot)
      if (message.ok) job.resolve(message.output)
      else job.reject(new Error(message.error))
      next(slot)
    })
    slot.worker.on('error', (error) => fail(slot, `the worker crashed: ${error.message}`))
    slot.worker.on('exit', (code) => {
      if (!closed) fail(slot, `the worker exited with code ${code}`)
    })
    return slot
  }

  const finish = (slot: Slot<Input, Output>) => {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = undefined
    slot.job = undefined
  }

  const fail = (slot: Slot<Input, Output>, reason: string) => {
    const job = slot.job
    finish(slot)
    const index = slots.indexOf(slot)
    if (index === -1) return
    slot.worker.removeAllListeners()
    void slot.worker.terminate()
    if (!slot.ready && ++failedStarts >= 3) {
      broken = `the worker cannot start: ${reason}`
      slots.splice(index, 1)
      for (const waiting of queue.splice(0)) waiting.reject(new Error(broken))
      job?.reject(new Error(broken))
      return
    }
    const replacement = start()
    slots[index] = replacement
    job?.reject(new Error(reason))
    next(replacement)
  }

  const next = (slot: Slot<Input, Output>) => {
    if (slot.job || !slot.ready || closed) return
    const job = queue.shift()
    if (!job) return
    slot.job = job
    slot.timer = setTimeout(
      () => fail(slot, `it took longer than ${Math.round(timeoutMs / 1000)}s`),
      timeoutMs,
    )
    const message: TaskMessage<Input> = { sequence: job.sequence, input: job.input }
    slot.worker.postMessage(message, options.transfer?.(job.input) ?? [])
  }

  for (let index = 0; index < options.workers; index++) slots.push(start())

  return {
    size: options.workers,
    pending: () => queue.length + slots.filter((slot) => slot.job).length,
    run(input) {
      if (closed) return Promise.reject(new Error('Cannot `run` on a closed pool'))
      if (broken) return Promise.reject(new Error(broken))
      return new Promise<Output>((resolve, reject) => {
        queue.push({ sequence: sequence++, input, resolve, reject })
        const idle = slots.find((slot) => slot.ready && !slot.job)
        if (idle) next(idle)
      })
    },
    async close() {
      closed = true
      for (const job of queue.splice(0)) job.reject(new Error('The pool was closed'))
      await Promise.all(
        slots.map((slot) => {
          finish(slot)
          slot.worker.removeAllListeners()
          return slot.worker.terminate()
        }),
      )
    },
  }
}

/**
 * Starts a worker on `entry`. Built code runs the `.js` file directly; when running from the
 * TypeScript sources (tests, `tsx` scripts) the `.ts` entry is loaded through tsx's loader.
 */
function spawnWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry)
  const require = createRequire(import.meta.url)
  const tsxApi = path.join(
    path.dirname(require.resolve('tsx/package.json')),
    'dist/esm/api/index.mjs',
  )
  const bootstrap = `import(${JSON.stringify(`file://${tsxApi}`)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(bootstrap, { eval: true })
}

/**
 * The worker side: answers each task with `work(input)`, or the error it threw.
 *
 * @example
 *   serveTasks(parentPort, (input) => processDocument(input))
 */
export function serveTasks<Input, Output>(
  port: import('node:worker_threads').MessagePort,
  work: (input: Input) => Output,
  transfer?: (output: Output) => ArrayBuffer[],
): void {
  port.on('message', (message: TaskMessage<Input>) => {
    let answer: ResultMessage<Output>
    let transferList: ArrayBuffer[] = []
    try {
      const output = work(message.input)
      answer = { sequence: message.sequence, ok: true, output }
      transferList = transfer?.(output) ?? []
    } catch (error) {
      answer = {
        sequence: message.sequence,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }
    }
    port.postMessage(answer, transferList)
  })
  const ready: ReadyMessage = { ready: true }
  port.postMessage(ready)
}
