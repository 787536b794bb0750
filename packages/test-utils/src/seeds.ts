import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { repositoryRoot } from './repository.js'

/** The seed articles' folder (`seeds/` at the repository root; the demo reads it too). */
export const seedDirectory: string = path.join(repositoryRoot, 'seeds')

/** The three-digit numbers of the seeds. */
export type SeedNumber = '000' | '001' | '002' | '003'

/** A seed article: its number, its id (the file name without `.txt`) and its text. */
export interface Seed {
  number: SeedNumber
  id: string
  text: string
}

/**
 * The four seed articles in file order: one 2016 story as two scrapes of the same CNN article
 * (000, 001), a rewrite by another outlet (002) and an earlier CNN story (003).
 *
 * @example
 *   seeds().map((seed) => seed.number) // => ['000', '001', '002', '003']
 */
export function seeds(): Seed[] {
  return readdirSync(seedDirectory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      number: name.slice(0, 3) as SeedNumber,
      id: name.slice(0, -4),
      text: readFileSync(path.join(seedDirectory, name), 'utf8'),
    }))
}

/**
 * The text of one seed, by its number (`'003'`) or its id.
 *
 * @example
 *   readSeed('003').includes('Raqqa') // => true
 */
export function readSeed(name: string): string {
  const seed = seeds().find((candidate) => candidate.id.startsWith(name))
  if (!seed) {
    throw new Error(
      `No seed \`${name}\` in ${seedDirectory}: expected a number such as \`003\` or a seed id`,
    )
  }
  return seed.text
}

/** The seeds as documents with the date each was published (002 and 003 are dated by the story). */
export function seedDocuments(): { id: string; text: string; date: string }[] {
  const dates: Record<SeedNumber, string> = {
    '000': '2016-11-07',
    '001': '2016-11-07',
    '002': '2016-11-07',
    '003': '2016-11-06',
  }
  return seeds().map((seed) => ({ id: seed.number, text: seed.text, date: dates[seed.number] }))
}
