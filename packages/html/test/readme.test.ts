import { readmeExamples, runReadmeExample } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'

describe('README examples', () => {
  const examples = readmeExamples(new URL('../README.md', import.meta.url))
  it('has examples', () => expect(examples.length).toBeGreaterThan(0))
  for (const example of examples) {
    it(`runs the example at line ${example.line} as pasted`, async () => {
      await runReadmeExample(example)
    })
  }
})
