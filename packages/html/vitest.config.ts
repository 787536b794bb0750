import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // No test may fail because a correct computation ran slowly on a loaded machine.
    testTimeout: 120_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    passWithNoTests: true,
  },
})
