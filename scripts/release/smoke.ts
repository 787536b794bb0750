// One script per published package, run in a fresh project that installed only that package from
// the registry: import it, call its main function on a news sentence, print `ok …` when it worked.

const fail =
  "process.stderr.write('unexpected result: ' + JSON.stringify(result) + '\\n'); process.exit(1)"

export const smokeTests: Record<
  'lexicon' | 'parse' | 'dating' | 'dedupe' | 'quotes' | 'html',
  string
> = {
  lexicon: `import { timeZoneOffset, weekdayNumbers } from '@copydesk/lexicon'
const result = [timeZoneOffset('ET', { year: 2016, month: 11, day: 6, hour: 7 }), weekdayNumbers.get('thur')]
if (result[0] === -300 && result[1] === 4) console.log('ok lexicon', result.join(' '))
else { ${fail} }
`,
  parse: `import { parseArticle } from '@copydesk/parse'
const result = parseArticle('LONDON (Reuters) - The central bank held rates on Thursday, its governor said.\\n')
if (result.dateline?.agency === 'Reuters' && result.body.length === 1) console.log('ok parse', result.body[0].text)
else { ${fail} }
`,
  dating: `import { extractTimexes } from '@copydesk/dating'
const result = extractTimexes('The minister resigned on Sunday.', { dct: '2016-11-07' })
if (result.some((timex) => timex.value === '2016-11-06')) console.log('ok dating', result[0].text, result[0].value)
else { ${fail} }
`,
  dedupe: `import { createIndex } from '@copydesk/dedupe'
const story = 'The city council voted on Tuesday to close the old harbour bridge for repairs that engineers say will take at least two years and cost more than forty million dollars to complete.'
const index = createIndex({ threshold: 0.5 })
index.add('first-scrape', story)
const result = index.query(story.replace('Tuesday', 'Tuesday night'))
if (result[0]?.id === 'first-scrape') console.log('ok dedupe', result[0].id, result[0].similarity)
else { ${fail} }
`,
  quotes: `import { extractQuotes } from '@copydesk/quotes'
const result = extractQuotes('"We will rebuild the bridge by spring," Mayor Ana Ortiz said on Tuesday.')
if (result.length === 1 && result[0].speaker?.name === 'Ana Ortiz') console.log('ok quotes', result[0].text)
else { ${fail} }
`,
  html: `import { readMetadata } from '@copydesk/html'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
const tree = unified().use(rehypeParse).parse('<html><head><meta property="article:published_time" content="2016-11-07T08:00:00-05:00"></head><body><p>Polls open.</p></body></html>')
const result = readMetadata(tree).published
if (result?.value === '2016-11-07T08:00:00-05:00' && result.source === 'meta') console.log('ok html', result.value)
else { ${fail} }
`,
}
