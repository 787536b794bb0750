import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { smokeTests } from './smoke.js'

// The release pipeline end to end: a changeset, `changeset version`, `changeset publish` to a
// private verdaccio on loopback, then each package installed alone from that registry into a fresh
// project and called. Runs on a temporary copy so the repository is never touched.

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const publishable = ['lexicon', 'parse', 'dating', 'dedupe', 'quotes', 'html'] as const
const workDir = mkdtempSync(path.join(tmpdir(), 'copydesk-release-'))
const copyDir = path.join(workDir, 'repo')
const registryDir = path.join(workDir, 'registry')

let registry: ChildProcess | undefined
let lastStep = Date.now()

/** One line per phase, so a slow CI run shows where its time went. */
function step(done: string) {
  const now = Date.now()
  console.log(`release test: ${done} (${((now - lastStep) / 1000).toFixed(1)} s)`)
  lastStep = now
}
let registryUrl = ''
let token = ''

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    return execFileSync(command, args, {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string }
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${failure.stdout ?? ''}\n${failure.stderr ?? failure.message}`,
    )
  }
}

function runAsync(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return new Promise<string>((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${stdout}\n${stderr}`),
          )
        else resolve(stdout)
      },
    )
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

// A fresh connection per request: verdaccio closes idle keep-alive sockets, which fetch then
// reuses and fails on.
function http(
  url: string,
  method = 'GET',
  body?: unknown,
): Promise<{ status: number; json: () => unknown }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = request(
      url,
      {
        method,
        agent: false,
        headers: payload ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => {
          text += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: () => JSON.parse(text) }))
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

async function waitForRegistry(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited early with ${child.exitCode}`)
    try {
      const response = await http(`${url}/-/ping`)
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`verdaccio did not answer on ${url} within ${timeoutMs} ms`)
}

function copyRepository() {
  const files = run(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    repoRoot,
  ).split('\0')
  for (const file of files) {
    if (!file || !existsSync(path.join(repoRoot, file))) continue
    const target = path.join(copyDir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    cpSync(path.join(repoRoot, file), target)
  }
}

function npmrcFor(url: string) {
  const host = url.replace(/^http:/, '')
  return `registry=${url}/\n${host}/:_authToken=${token}\naudit=false\nfund=false\n`
}

beforeAll(async () => {
  copyRepository()

  const port = await freePort()
  registryUrl = `http://127.0.0.1:${port}`
  mkdirSync(registryDir, { recursive: true })
  const upstream = run('npm', ['config', 'get', 'registry'], repoRoot).trim()
  writeFileSync(
    path.join(registryDir, 'config.yaml'),
    [
      `storage: ${path.join(registryDir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${path.join(registryDir, 'htpasswd')}`,
      '    max_users: 10',
      'uplinks:',
      '  npmjs:',
      `    url: ${upstream}`,
      'packages:',
      "  '@copydesk/*':",
      '    access: $all',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      '    proxy: npmjs',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  )
  const verdaccioBin = path.join(repoRoot, 'node_modules', 'verdaccio', 'bin', 'verdaccio')
  registry = spawn(
    process.execPath,
    [
      verdaccioBin,
      '--config',
      path.join(registryDir, 'config.yaml'),
      '--listen',
      `127.0.0.1:${port}`,
    ],
    { stdio: 'ignore' },
  )
  await waitForRegistry(registryUrl, registry, 60_000)
  step('verdaccio up')

  const user = `release-test-${Date.now()}`
  const response = await http(`${registryUrl}/-/user/org.couchdb.user:${user}`, 'PUT', {
    name: user,
    password: 'release-test-password',
    type: 'user',
  })
  const body = response.json() as { token?: string }
  if (response.status !== 201 || !body.token)
    throw new Error(`verdaccio refused the test user: ${JSON.stringify(body)}`)
  token = body.token
  writeFileSync(path.join(copyDir, '.npmrc'), npmrcFor(registryUrl))
}, 120_000)

afterAll(() => {
  // Stopped by its PID, whatever happened above.
  if (registry?.pid && registry.exitCode === null) process.kill(registry.pid, 'SIGTERM')
  if (process.env.KEEP_RELEASE_TEST) console.log(`release test left in ${workDir}`)
  else rmSync(workDir, { recursive: true, force: true })
})

describe('release pipeline', () => {
  it('versions, publishes and installs every package from a registry', async () => {
    const env = { npm_config_registry: `${registryUrl}/`, CI: 'true' }
    run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], copyDir, env)
    step('installed the copy')
    run('pnpm', ['--filter', './packages/*', 'run', 'build'], copyDir, env)
    step('built the packages')

    writeFileSync(
      path.join(copyDir, '.changeset', 'release-test.md'),
      `---\n${publishable.map((name) => `'@copydesk/${name}': minor`).join('\n')}\n---\n\nFirst release from the automated release test.\n`,
    )
    run('pnpm', ['changeset', 'version'], copyDir, env)
    step('changeset version')

    for (const name of publishable) {
      const manifest = JSON.parse(
        readFileSync(path.join(copyDir, 'packages', name, 'package.json'), 'utf8'),
      )
      expect(manifest.version).toBe('0.1.0')
      const changelog = readFileSync(path.join(copyDir, 'packages', name, 'CHANGELOG.md'), 'utf8')
      expect(changelog).toContain('## 0.1.0')
      expect(changelog).toContain('First release from the automated release test.')
    }

    const publishLog = run('pnpm', ['changeset', 'publish'], copyDir, env)
    if (process.env.KEEP_RELEASE_TEST) console.log(publishLog)
    step('changeset publish')

    for (const name of publishable) {
      const response = await http(`${registryUrl}/@copydesk%2f${name}`)
      expect(response.status).toBe(200)
      const document = response.json() as {
        versions: Record<string, { dependencies?: Record<string, string> }>
      }
      const published = document.versions['0.1.0']
      expect(published, `@copydesk/${name}@0.1.0 on the registry`).toBeDefined()
      for (const [dependency, range] of Object.entries(published?.dependencies ?? {})) {
        expect(range, `${name} → ${dependency}`).not.toMatch(/^(workspace|catalog):/)
        expect(range, `${name} → ${dependency}`).toMatch(/^[\^~]?\d+\.\d+\.\d+/)
      }
    }

    step('checked the published manifests')
    // Each package alone in its own fresh project; the installs run side by side.
    await Promise.all(
      publishable.map(async (name) => {
        const project = path.join(workDir, `consumer-${name}`)
        mkdirSync(project, { recursive: true })
        writeFileSync(
          path.join(project, 'package.json'),
          JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }),
        )
        writeFileSync(path.join(project, '.npmrc'), npmrcFor(registryUrl))
        await runAsync(
          'npm',
          ['install', `@copydesk/${name}@0.1.0`, '--no-package-lock'],
          project,
          env,
        )
        writeFileSync(path.join(project, 'smoke.mjs'), smokeTests[name])
        const output = await runAsync(process.execPath, ['smoke.mjs'], project)
        expect(output.trim(), `smoke test of @copydesk/${name}`).toMatch(/^ok /)
      }),
    )
    step('installed each package alone and called it')
  }, 600_000)
})
