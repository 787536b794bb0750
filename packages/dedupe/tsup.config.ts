import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/minhash.ts', 'src/text.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
})
