import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type PipelineOptions, runPipeline } from '../src/lib/pipeline.js'
import type { Report, ReportDocument } from '../src/lib/report/types.js'

export const demoFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const seeds = path.join(demoFolder, '..', '..', 'seeds')

const created: string[] = []

/** A fresh folder in the temp dir, removed after the test file (see `test/setup.ts`). */
export async function tempFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix))
  created.push(folder)
  return folder
}

/** Remove every folder `tempFolder` made. */
export async function removeTempFolders(): Promise<void> {
  const folders = created.splice(0)
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })))
}

/** Runs the pipeline into a fresh temp folder and reads report.json back. */
export async function runAndRead(options: Partial<PipelineOptions> & { input: string }) {
  const out = options.out ?? (await tempFolder('demo-out-'))
  const result = await runPipeline({
    workers: 0,
    maxBytes: 5 * 1024 * 1024,
    htmlLimit: 200,
    html: true,
    progress: 'off',
    ...options,
    out,
  })
  const report = JSON.parse(await readFile(result.json, 'utf8')) as Report
  return { result, report, out }
}

/** The document whose id starts with `prefix` (seed ids carry a hash after the number). */
export function documentOf(report: Report, prefix: string): ReportDocument {
  const document = report.documents.find((candidate) => candidate.id.startsWith(prefix))
  if (!document) throw new Error(`No document ${prefix} in the report`)
  return document
}

export function short(id: string): string {
  return id.slice(0, 3)
}
