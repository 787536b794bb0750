import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Article } from '../src/index.js'

/** The reviewed fixtures: `<seed id>.json` for each seed of `@copydesk/test-utils`. */
export const fixtureDirectory = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
)

/** The reviewed, JSON-serialisable summary of an article stored as a fixture (the tree left out). */
export function fixtureOf(article: Article): unknown {
  const { text: _text, tree, blocks, paragraphs, ...fields } = article
  return {
    ...fields,
    blocks: blocks.map((block) => ({
      role: block.role,
      start: block.start,
      end: block.end,
      text: block.text,
      paragraph: block.paragraph,
    })),
    paragraphs: paragraphs.map((paragraph) => ({
      start: paragraph.start,
      end: paragraph.end,
      lines: paragraph.lines.length,
    })),
    treeParagraphs: tree.children.length,
  }
}
