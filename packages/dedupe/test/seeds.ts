import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const directory = fileURLToPath(new URL('../../../seeds/', import.meta.url))

/** The four seed articles of the demo corpus, by their three-digit number. */
export const seeds: Record<'000' | '001' | '002' | '003', string> = Object.fromEntries(
  readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name.slice(0, 3), readFileSync(directory + name, 'utf8')]),
) as Record<'000' | '001' | '002' | '003', string>

/** The seeds as documents, dated as published (002 and 003 on the day of the story, 000/001 next day). */
export const seedDocuments = [
  { id: '000', text: seeds['000'], date: '2016-11-07' },
  { id: '001', text: seeds['001'], date: '2016-11-07' },
  { id: '002', text: seeds['002'], date: '2016-11-07' },
  { id: '003', text: seeds['003'], date: '2016-11-06' },
]
