import { afterAll } from 'vitest'
import { removeTempFolders } from './helpers.js'

// Every test file removes the temp folders its runs made.
afterAll(removeTempFolders)
