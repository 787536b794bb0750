import { readmeExamples, runReadmeExample } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'

/** What an example claims it prints: its `// =>` lines, in order. */
function claims(code: string): string[] {
  return [...code.matchAll(/^\/\/ => (.*)$/gm)].map((match) => match[1]!)
}

describe('README examples', () => {
  const examples = readmeExamples(new URL('../README.md', import.meta.url))
  it('has examples', () => expect(examples.length).toBeGreaterThan(0))
  for (const example of examples) {
    it(`runs the example at line ${example.line} as pasted`, async () => {
      const { stdout } = await runReadmeExample(example)
      expect(stdout.trimEnd().split('\n').filter(Boolean)).toEqual(claims(example.code))
    })
  }
})
