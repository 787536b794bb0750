import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Workspace siblings are tested from source, so a change shows up without a rebuild.
export default defineConfig({
  resolve: {
    alias: {
      '@copydesk/parse': fileURLToPath(new URL('../parse/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
})
