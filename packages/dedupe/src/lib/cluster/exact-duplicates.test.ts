import { expect, test } from 'vitest'
import { harbourStory, harbourStoryRescraped, orchardStory } from '../../../test/fixtures/news.js'
import { exactDuplicates } from './exact-duplicates.js'

test('exactDuplicates groups texts equal after normalisation', () => {
  const retyped = harbourStory.replaceAll('’', "'").replaceAll('—', '-').replaceAll('\n\n', '\n')
  expect(
    exactDuplicates([
      { id: 'a', text: harbourStory },
      { id: 'orchard', text: orchardStory },
      { id: 'b', text: retyped },
      { id: 'rescraped', text: harbourStoryRescraped },
      { id: 'c', text: harbourStory.toUpperCase() },
    ]),
  ).toEqual([['a', 'b', 'c']])
  expect(() =>
    exactDuplicates([
      { id: 'a', text: 'x' },
      { id: 'a', text: 'y' },
    ]),
  ).toThrow(/`a` appears twice/)
})
