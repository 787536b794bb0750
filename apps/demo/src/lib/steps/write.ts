import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { withStoryNames } from '../corpus/story-speakers.js'
import { documentTitle } from '../html/model.js'
import { createOverview } from '../html/overview.js'
import { renderReportHtml } from '../html/page.js'
import type { InputSource } from '../inputs/types.js'
import type { Spool } from '../report/spool.js'
import { type Report, type ReportDocument, reportSchemaId } from '../report/types.js'
import { writeReportJson } from '../report/write-json.js'
import type { Aligned } from './align.js'
import type { Analysed, DatedAs } from './analyse.js'
import type { Merged } from './merge.js'
import type { Redated } from './redate.js'
import type { Related } from './relate.js'
import type { RunLog } from './run.js'

/** What the earlier steps found. */
export interface Findings {
  analysed: Pick<Analysed, 'inputs' | 'bytes'>
  related: Pick<Related, 'threshold' | 'clusters' | 'pairs'>
  aligned: Aligned
  redated: Redated
  merged: Merged
}

/** Where and what to write. */
export interface WriteOptions {
  out: string
  html: boolean
  /** Articles rendered in the HTML (the JSON has every document). */
  htmlLimit: number
}

/** What `write` wrote. */
export interface Written {
  json: string
  html?: string
  /** Every part of the report but the documents. */
  report: Omit<Report, 'documents'>
}

/**
 * Step 6: writes `report.json` from the spool (each document with its inferred date and its
 * speakers named as its story names them; each story with its centre's title) and the findings,
 * and `report.html`: an overview of the whole corpus (months, the densest days, the largest
 * stories, the most quoted speakers) and `htmlLimit` articles, the largest stories' first. `log.errors` and `log.phases` go into the report as they are now.
 *
 * @example
 *   const {json, html} = await write({out: 'out', html: true, htmlLimit: 200}, {source, spool, workers: 2, started}, findings, log)
 */
export async function write(
  options: WriteOptions,
  run: { source: InputSource; spool: Spool<ReportDocument>; workers: number; started: number },
  findings: Findings,
  log: RunLog,
): Promise<Written> {
  const { analysed, related, aligned, redated, merged } = findings
  const { source, spool } = run
  const report: Omit<Report, 'documents'> = {
    schema: reportSchemaId,
    generated: new Date().toISOString(),
    input: { path: source.path, kind: source.kind },
    duplicates: { threshold: related.threshold, clusters: related.clusters, pairs: related.pairs },
    reuse: aligned.reuse,
    stories: aligned.stories.map((members, index) =>
      storyOf(members, index, aligned.centres[index] ?? members[0]!, redated.dates),
    ),
    quotes: merged.quotes,
    errors: log.errors,
    stats: {
      inputs: analysed.inputs,
      documents: spool.count(),
      errors: log.errors.length,
      bytes: analysed.bytes,
      workers: run.workers,
      elapsedMs: Math.round(performance.now() - run.started),
      phases: log.phases,
    },
  }
  // While report.json streams the documents (before it writes the stories), each story gets its
  // centre's title and the corpus overview counts every document.
  const storyOfCentre = new Map(report.stories.map((story) => [story.representative, story]))
  const overview = createOverview()
  const complete = (document: ReportDocument) => {
    const completed = completeDocument(document, redated, merged)
    const story = storyOfCentre.get(completed.id)
    if (story) story.title = documentTitle(completed)
    overview.add(completed)
    return completed
  }
  const json = path.join(options.out, 'report.json')
  await writeReportJson(json, report, mapAsync(spool.records(), complete))
  if (!options.html) return { json, report }
  // The articles shown: the largest stories' first, then the rest in input order.
  const chosen = new Set<string>()
  const bySize = [...report.stories].sort((a, b) => b.members.length - a.members.length)
  for (const story of bySize) {
    for (const id of story.members) if (chosen.size < options.htmlLimit) chosen.add(id)
  }
  const shown: ReportDocument[] = []
  const rest: ReportDocument[] = []
  for await (const document of spool.records()) {
    if (chosen.has(document.id)) shown.push(completeDocument(document, redated, merged))
    else if (chosen.size + rest.length < options.htmlLimit) {
      rest.push(completeDocument(document, redated, merged))
    }
  }
  const rank = new Map([...chosen].map((id, index) => [id, index]))
  shown.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
  const html = path.join(options.out, 'report.html')
  await writeFile(
    html,
    renderReportHtml({
      report,
      documents: [...shown, ...rest],
      totalDocuments: spool.count(),
      overview: overview.finish(30),
      limits: { documents: options.htmlLimit, timelineEvents: 400, speakers: 150, pairs: 200 },
    }),
  )
  return { json, html, report }
}

/** A spooled document with its story's speaker names and, if it was dated again, its new date. */
function completeDocument(
  original: ReportDocument,
  redated: Redated,
  merged: Merged,
): ReportDocument {
  const document = withStoryNames(original, merged.names.get(original.id))
  const update = redated.updates.get(document.id)
  if (!update) return document
  return {
    ...document,
    dct: update.dct,
    timexes: update.timexes,
    warnings: limitWarnings([...document.warnings, ...update.warnings]),
  }
}

function storyOf(
  members: string[],
  index: number,
  representative: string,
  dates: ReadonlyMap<string, DatedAs>,
): Report['stories'][number] {
  const values = members
    .map((id) => dates.get(id)?.value)
    .filter((value): value is string => value !== undefined)
    .sort()
  return {
    id: `story-${index + 1}`,
    members,
    representative,
    ...(values.length > 0 ? { first: values[0]!, last: values[values.length - 1]! } : {}),
  }
}

/** Distinct warnings, at most 20 (and a count of the rest). */
function limitWarnings(warnings: string[]): string[] {
  const distinct = [...new Set(warnings)]
  if (distinct.length <= 20) return distinct
  return [...distinct.slice(0, 20), `… and ${distinct.length - 20} more warnings`]
}

async function* mapAsync<From, To>(
  items: AsyncIterable<From>,
  map: (item: From) => To,
): AsyncGenerator<To> {
  for await (const item of items) yield map(item)
}
