import { readmeExamples, runReadmeExample } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'

// Every ts block of the README runs as pasted; the claims are the `node:assert` checks inside
// the examples, which make the run fail when one does not hold.
describe('README examples', () => {
  const examples = readmeExamples(new URL('../README.md', import.meta.url))
  it('has examples, the plain-calls one with its node:assert checks', () => {
    expect(examples.length).toBeGreaterThan(0)
    const plain = examples.find((example) => example.code.includes('completeSpeakerNames'))
    expect(plain?.code).toMatch(/^import assert from 'node:assert\/strict'$/m)
    expect(plain?.code.match(/^\s*assert\.\w+\(/gm)?.length).toBeGreaterThanOrEqual(6)
  })
  for (const example of examples) {
    it(`runs the example at line ${example.line} as pasted`, async () => {
      await runReadmeExample(example)
    })
  }
})
