import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The layers of `src/lib`, top first. A module imports from its own folder or from a lower
 * layer, never from a layer above it or a sibling of its own layer: the timex engine sits above
 * the recogniser, the recogniser above the normaliser (its rules carry their resolvers), and
 * both above the token stream.
 */
const layers: readonly (readonly string[])[] = [
  ['cli'],
  ['plugin.ts', 'timeml'],
  ['extract-timexes.ts'],
  ['dct'],
  ['engine'],
  ['recognise'],
  ['normalise'],
  ['tokens', 'input'],
  ['lexicon'],
  ['types.ts'],
]

const rankOf = new Map(layers.flatMap((names, rank) => names.map((name) => [name, rank])))

/** The imports that break the layering, as `from → to` lines. */
export function layerViolations(modules: { path: string; source: string }[]): string[] {
  const violations: string[] = []
  for (const module of modules) {
    const from = module.path.split('/')[0]!
    const fromRank = rankOf.get(from)
    if (fromRank === undefined) {
      violations.push(`${module.path}: \`${from}\` is in no layer`)
      continue
    }
    // `from '…'`, a bare `import '…'` and a dynamic `import('…')`.
    for (const match of module.source.matchAll(
      /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g,
    )) {
      const target = path.posix.normalize(
        path.posix.join(path.posix.dirname(module.path), match[1]!),
      )
      const to = target.split('/')[0]!.replace(/\.js$/, '.ts')
      if (to === from) continue
      const toRank = rankOf.get(to)
      if (toRank === undefined || toRank <= fromRank) {
        violations.push(`${module.path} → ${target}`)
      }
    }
  }
  return violations
}

const root = path.join(import.meta.dirname)

function sources(): { path: string; source: string }[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => ({
      path: file.split(path.sep).join('/'),
      source: readFileSync(path.join(root, file), 'utf8'),
    }))
}

describe('the layers of src/lib', () => {
  it('flags an import that runs up, or across to a sibling', () => {
    expect(
      layerViolations([
        { path: 'normalise/tense.ts', source: "import type { Scanner } from '../recognise/x.js'" },
        { path: 'tokens/scanner.ts', source: "import { readDate } from '../input/read-date.js'" },
        { path: 'recognise/dates.ts', source: "import { pad2 } from '../normalise/format.js'" },
        { path: 'engine/run.ts', source: "import { Scanner } from './scanner.js'" },
        { path: 'extract-timexes.ts', source: "import type { Timex } from './types.js'" },
        {
          path: 'dct/resolve.ts',
          source: "import { extractTimexes } from '../extract-timexes.js'",
        },
        { path: 'recognise/dates.ts', source: "import '../engine/find-timexes.js'" },
        { path: 'normalise/format.ts', source: 'const m = await import("../recognise/rules.js")' },
        { path: 'dct/date-mentions.ts', source: "import { recognise } from '../recognise/x.js'" },
      ]),
    ).toEqual([
      'normalise/tense.ts → recognise/x.js',
      'tokens/scanner.ts → input/read-date.js',
      'dct/resolve.ts → extract-timexes.js',
      'recognise/dates.ts → engine/find-timexes.js',
      'normalise/format.ts → recognise/rules.js',
    ])
  })

  it('holds for every module of the package', () => {
    const modules = sources()
    expect(modules.length).toBeGreaterThan(30)
    expect(layerViolations(modules)).toEqual([])
  })
})
