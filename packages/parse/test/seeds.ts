import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Article } from '../src/index.js'

/** The demo seed articles (part of the repo: seeds). */
export const seedDirectory = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'seeds',
)

export function seedNames(): string[] {
  return readdirSync(seedDirectory)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort()
}

export function readSeed(name: string): string {
  const file = readdirSync(seedDirectory).find((candidate) => candidate.startsWith(name))
  if (!file) throw new Error(`No seed named ${name} in ${seedDirectory}`)
  return readFileSync(path.join(seedDirectory, file), 'utf8')
}

export const fixtureDirectory = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
)

/** The reviewed, JSON-serialisable summary of an article stored as a fixture (the tree left out). */
export function fixtureOf(article: Article): unknown {
  const { text: _text, tree, blocks, ...fields } = article
  return {
    ...fields,
    blocks: blocks.map((block) => ({
      role: block.role,
      start: block.start,
      end: block.end,
      text: block.text,
    })),
    treeParagraphs: tree.children.length,
  }
}
