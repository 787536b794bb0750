// Story clusters on the news corpus's Reuters reports: how many stories, how large the largest,
// with no time window, the default one and one day. `pnpm --filter @copydesk/dedupe run stories`

import { newsCorpus, sharedDirectory } from '@copydesk/test-utils'
import { storyClusters } from '../src/index.js'

const months: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
}

/** Reuters-21578 dates look like `26-FEB-1987 15:01:01.79`. */
function reutersDate(value: string): string | undefined {
  const match = /^(\d{1,2})-([A-Z]{3})-(\d{4}) (\d{2}:\d{2}:\d{2})/.exec(value.trim())
  if (!match) return undefined
  const month = months[match[2]!]
  return month && `${match[3]}-${month}-${match[1]!.padStart(2, '0')}T${match[4]}Z`
}

const shared = sharedDirectory('stories')
if (shared) {
  const reports = (newsCorpus() ?? []).flatMap((document) => {
    const date = document.source === 'reuters21578' ? reutersDate(document.date) : undefined
    return date && document.text.trim() ? [{ id: document.id, text: document.text, date }] : []
  })
  console.log(`${reports.length} dated Reuters reports`)
  for (const windowDays of [Number.POSITIVE_INFINITY, undefined, 1]) {
    const start = process.cpuUsage()
    const stories = storyClusters(reports, windowDays === undefined ? {} : { windowDays })
    const used = process.cpuUsage(start)
    const sizes = stories.map((story) => story.members.length).filter((size) => size > 1)
    sizes.sort((a, b) => b - a)
    const label =
      windowDays === undefined
        ? 'default window (14 days)'
        : windowDays === Number.POSITIVE_INFINITY
          ? 'no window'
          : `windowDays: ${windowDays}`
    console.log(
      `${label}: ${stories.length} stories, ${sizes.length} of two or more, largest ${sizes.slice(0, 5).join(', ')}; ` +
        `${sizes.reduce((sum, size) => sum + size, 0)} reports in them; ` +
        `${((used.user + used.system) / 1e6).toFixed(1)} CPU-s`,
    )
  }
}
