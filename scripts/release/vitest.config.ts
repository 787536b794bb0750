import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['scripts/release/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 180_000,
  },
})
