import { describe, expect, test } from 'vitest'
import { sentences } from './sentences.js'

describe('sentences', () => {
  test('splits at stops followed by a capital, keeps abbreviations and initials', () => {
    const text =
      'Gen. Joseph Dunford met his counterpart in Ankara. The U.S. Department of Defense said so on Nov. 6 at 10 a.m. Local time was noted. “We will work together,” he said. Was it agreed? Yes.'
    expect(sentences(text).map((s) => s.text)).toEqual([
      'Gen. Joseph Dunford met his counterpart in Ankara.',
      'The U.S. Department of Defense said so on Nov. 6 at 10 a.m. Local time was noted.',
      '“We will work together,” he said.',
      'Was it agreed?',
      'Yes.',
    ])
  })

  test('closing quotes stay with their sentence', () => {
    expect(sentences('He said: “It is over.” Then he left.').map((s) => s.text)).toEqual([
      'He said: “It is over.”',
      'Then he left.',
    ])
  })

  test('a range of the text, offsets into the whole text', () => {
    const text = 'Intro.\n\nOne two. Three four.'
    const found = sentences(text, 8)
    expect(found.map((s) => [s.start, s.end])).toEqual([
      [8, 16],
      [17, 28],
    ])
  })
})
