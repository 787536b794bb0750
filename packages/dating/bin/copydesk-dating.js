#!/usr/bin/env node
// The command line lives in dist/ once built; this stub exists before the build, so installing
// the workspace can link the bin.
import '../dist/cli.js'
