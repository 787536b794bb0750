import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The folders of src/lib and what each may import from its siblings: lexicon/ is data (only the
// shared @copydesk/lexicon below it), names/ holds what extraction and speaker resolution share,
// extract/ never reaches into speakers/ or merge/, speakers/ never into extract/ or merge/.
const allowed: Record<string, string[]> = {
  lexicon: [],
  names: ['lexicon'],
  extract: ['lexicon', 'names'],
  speakers: ['lexicon', 'names'],
  merge: ['lexicon', 'names', 'speakers'],
}

const root = path.dirname(fileURLToPath(import.meta.url))

function sources(folder: string): string[] {
  return readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => path.join(root, folder, name))
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '')
}

describe('folder layering of src/lib', () => {
  for (const [folder, siblings] of Object.entries(allowed)) {
    it(`${folder}/ imports only ${siblings.length > 0 ? siblings.join(', ') : 'its own modules'} (and types)`, () => {
      for (const file of sources(folder)) {
        for (const specifier of imports(file)) {
          if (!specifier.startsWith('.')) continue
          const target = path.relative(root, path.resolve(path.dirname(file), specifier))
          const [top] = target.split(path.sep)
          if (target.split(path.sep).length === 1) {
            // A module of src/lib itself: only the shared types.
            expect(target, `${path.relative(root, file)} imports ${specifier}`).toBe('types.js')
            continue
          }
          expect(
            [folder, ...siblings],
            `${path.relative(root, file)} imports ${specifier}`,
          ).toContain(top)
        }
      }
    })
  }

  it('keeps lexicon/ free of other packages than @copydesk/lexicon', () => {
    for (const file of sources('lexicon')) {
      for (const specifier of imports(file)) {
        if (!specifier.startsWith('.')) expect(specifier).toBe('@copydesk/lexicon')
      }
    }
  })
})
