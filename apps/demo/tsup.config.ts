import { defineConfig } from 'tsup'

export default defineConfig({
  // The worker is its own entry: the pool starts it as dist/worker.js beside dist/cli.js.
  entry: { cli: 'src/cli.ts', worker: 'src/lib/process/worker.ts' },
  format: ['esm'],
  clean: true,
  sourcemap: true,
  target: 'node20',
})
