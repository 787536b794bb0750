import { defineConfig } from 'tsup'

export default defineConfig({
  // `cli` is the `copydesk-html` command (bin/copydesk-html.js imports it).
  entry: { index: 'src/index.ts', cli: 'src/cli/index.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
})
