import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Workspace siblings are tested from source, so a change shows up without a rebuild.
export default defineConfig({
  resolve: {
    alias: {
      '@copydesk/lexicon': fileURLToPath(new URL('../lexicon/src/index.ts', import.meta.url)),
      '@copydesk/parse': fileURLToPath(new URL('../parse/src/index.ts', import.meta.url)),
    },
  },
  test: {
    // No test may fail because a correct computation ran slowly on a loaded machine.
    testTimeout: 120_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
})
