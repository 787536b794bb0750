import { readmeExamples, runReadmeExample } from '@copydesk/test-utils'
import { describe, expect, it } from 'vitest'

// The examples import `@copydesk/parse` as a user would: they run against `dist/` (build first).
describe('README examples', () => {
  const examples = readmeExamples(new URL('../README.md', import.meta.url))
  it('has an example for each public function and the plugin', () => {
    const code = examples.map((example) => example.code).join('\n')
    for (const name of [
      'parseArticle',
      'splitParagraphs',
      'retextArticle',
      'checkOptions',
      'describeValue',
      'toPoint',
      '.paragraphs',
    ]) {
      expect(code).toContain(name)
    }
  })
  for (const example of examples) {
    it(`runs the example at line ${example.line} as pasted`, async () => {
      await runReadmeExample(example)
    })
  }
})
