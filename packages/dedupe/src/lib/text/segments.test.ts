import { describe, expect, test } from 'vitest'
import { paragraphs, sentences } from './segments.js'

describe('paragraphs', () => {
  test('blank lines separate paragraphs; offsets index the text', () => {
    const text = '  First paragraph,\nwrapped.\n\n\nSecond one.  \n'
    const found = paragraphs(text)
    expect(found.map((p) => p.text)).toEqual(['First paragraph,\nwrapped.', 'Second one.'])
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text)
  })

  test('wire copy: hard-wrapped lines, paragraphs indented', () => {
    const text =
      'The central bank left rates\nunchanged on Thursday.\n    Analysts had expected\na cut, traders said.'
    expect(paragraphs(text).map((p) => p.text)).toEqual([
      'The central bank left rates\nunchanged on Thursday.',
      'Analysts had expected\na cut, traders said.',
    ])
  })

  test('one paragraph per line when there are no blank or indented lines', () => {
    expect(paragraphs('Headline here\nBy A Reporter\nThe body starts.').length).toBe(3)
  })
})

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
