#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { runCli } from './lib/cli/run.js'

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string }

process.exitCode = runCli(process.argv.slice(2), process, version)
