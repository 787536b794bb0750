// The demo's browser test drives Debian's Chromium. Install it when we can (root with apt-get, as on
// CI and fresh developer machines); otherwise say how, and let the browser test decide whether a
// missing browser is fatal (it is under CI=true).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = '/usr/bin/chromium'

if (existsSync(chromium)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0

if (!isRoot || !hasApt) {
  console.warn(
    `ensure-chromium: ${chromium} is missing and cannot be installed here (needs root and apt-get); ` +
      'install Debian’s `chromium` package to run the demo’s browser test.',
  )
  process.exit(0)
}

console.log('ensure-chromium: installing Debian’s chromium for the browser test…')
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  })
} catch (error) {
  console.warn(
    `ensure-chromium: apt-get failed (${error.message}); the browser test will report it.`,
  )
}
