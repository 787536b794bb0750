import { describe, expect, it } from 'vitest'
import { createPool } from './pool.js'

const entry = new URL('../../../test/fixtures/fragile-worker.ts', import.meta.url)

describe('worker pool', () => {
  it('runs tasks in worker threads; a throw, a crash or a hang fails that task only', async () => {
    const pool = createPool<number, number>({
      workers: 2,
      entry,
      inline: (input) => input * 2,
      timeoutMs: 3000,
    })
    try {
      const results = await Promise.allSettled(
        [1, 13, 2, 66, 3, 99, 4, 5].map((input) => pool.run(input)),
      )
      expect(
        results.map((result) =>
          result.status === 'fulfilled' ? result.value : (result.reason as Error).message,
        ),
      ).toEqual([
        2,
        'unlucky number',
        4,
        'the worker exited with code 3',
        6,
        'it took longer than 3s',
        8,
        10,
      ])
      // The replaced workers keep serving.
      expect(await pool.run(21)).toBe(42)
      expect(pool.pending()).toBe(0)
    } finally {
      await pool.close()
    }
  })

  it('fails the tasks, instead of restarting forever, when a worker cannot start', async () => {
    const broken = new URL('../../../test/fixtures/broken-worker.ts', import.meta.url)
    const pool = createPool<number, number>({ workers: 1, entry: broken, inline: (input) => input })
    try {
      await expect(pool.run(1)).rejects.toThrow(
        /the worker cannot start: .*Cannot find module @copydesk\/missing/,
      )
      await expect(pool.run(2)).rejects.toThrow(/the worker cannot start/)
    } finally {
      await pool.close()
    }
  })

  it('runs on the main thread with no workers', async () => {
    const pool = createPool<number, number>({ workers: 0, entry, inline: (input) => input + 1 })
    expect(await pool.run(1)).toBe(2)
    expect(pool.size).toBe(0)
    await pool.close()
  })

  it('refuses work once closed', async () => {
    const pool = createPool<number, number>({ workers: 1, entry, inline: (input) => input })
    await pool.close()
    await expect(pool.run(1)).rejects.toThrow(/Cannot `run` on a closed pool/)
  })
})
