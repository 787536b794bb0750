import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoFolder, runAndRead, seeds, tempFolder } from './helpers.js'

const executablePath = '/usr/bin/chromium'
const available = existsSync(executablePath)
const inCi = process.env.CI === 'true'

if (!available && !inCi) {
  console.warn(
    `browser test skipped: ${executablePath} is missing (install Debian's chromium; under CI=true this fails)`,
  )
}

/** The page, opened in headless Chromium with every non-file request blocked and recorded. */
async function open(
  context: BrowserContext,
  file: string,
): Promise<{ page: Page; network: string[] }> {
  const page = await context.newPage()
  const network: string[] = []
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith('file:')) return route.continue()
    network.push(url)
    return route.abort()
  })
  await page.goto(pathToFileURL(file).href)
  return { page, network }
}

describe.skipIf(!available && !inCi)('report.html in headless Chromium', () => {
  let context: BrowserContext
  let profile: string

  beforeAll(async () => {
    expect(
      available,
      `Chromium is missing at ${executablePath}: install Debian's chromium (apt-get install chromium)`,
    ).toBe(true)
    profile = await mkdtemp(path.join(tmpdir(), 'demo-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
    })
  })

  afterAll(async () => {
    await context?.close()
    if (profile) await rm(profile, { recursive: true, force: true })
  })

  it('shows the seed story: timeline, quotes by speaker, relations, articles; and takes a screenshot', async () => {
    const out = path.join(demoFolder, 'out')
    await mkdir(out, { recursive: true })
    const { result } = await runAndRead({ input: seeds, out })
    const { page, network } = await open(context, result.html!)

    expect(await page.title()).toMatch(/^copydesk report — /)
    const sections = await page.$$eval('main > section > h2', (headings) =>
      headings.map((heading) => heading.textContent),
    )
    expect(sections).toEqual([
      'The corpus',
      'Timeline',
      'Who said what',
      'Stories, duplicates and reuse',
      'The articles',
      'Problems',
    ])

    // The timeline in calendar order, with the events resolved against each article's date.
    const when = await page.$$eval('#timeline .when', (items) =>
      items.map((item) => item.firstChild?.textContent),
    )
    expect(when).toEqual(
      expect.arrayContaining([
        'Wednesday, August 7, 2013',
        'October 2016',
        'Saturday, November 5, 2016',
        'Sunday, November 6, 2016',
        'Monday, November 7, 2016',
      ]),
    )
    expect(when.indexOf('Wednesday, August 7, 2013')).toBeLessThan(
      when.indexOf('Sunday, November 6, 2016'),
    )
    const sunday = page.locator('#timeline li', { hasText: 'Sunday, November 6, 2016' })
    await expect.poll(() => sunday.locator('.event').count()).toBeGreaterThan(3)
    expect(await sunday.textContent()).toContain('told CNN Sunday')
    expect(
      await page.locator('#timeline li', { hasText: 'Saturday, November 5, 2016' }).textContent(),
    ).toContain('Saturday night')

    // Quotes grouped by speaker, the merged quote with its three occurrences.
    const speakers = await page.$$eval('#quotes .speaker h3', (items) =>
      items.map((item) => item.textContent),
    )
    expect(speakers[0]).toBe('Joseph Dunford')
    expect(speakers).toContain('Talal Ali Selo')
    const merged = page.locator('#quotes blockquote', {
      hasText: 'without incorporating the Turks and their perspective into our plans',
    })
    await expect.poll(() => merged.count()).toBe(1)
    const occurrences = await merged.locator('xpath=following-sibling::ul[1]/li').allTextContents()
    expect(occurrences.map((text) => text.slice(0, 3))).toEqual(['000', '001', '002'])

    // Duplicates, reuse side by side, the story.
    expect(await page.locator('#relations .duplicate').textContent()).toMatch(
      /000_17c6f39676c1d2ff.*001_f9bfdd8abda33a96/s,
    )
    const reuse = page.locator('#relations .reuse', { hasText: '002_def7ae6103f5492f' }).first()
    const cells = await reuse.locator('td.shared').allTextContents()
    expect(cells.some((cell) => cell.includes('without incorporating the Turks'))).toBe(true)
    expect(await reuse.locator('ins.only').count()).toBeGreaterThan(0)
    expect(await page.locator('#relations .story li').count()).toBe(4)

    // Each article with its blocks, dates and quotes marked.
    expect(await page.locator('#articles article.doc').count()).toBe(4)
    const rewrite = page.locator('#doc-3')
    expect(await rewrite.locator('.dct').textContent()).toMatch(/inferred\s+2016-11-0[67]/)
    expect(
      await rewrite.locator('.timex', { hasText: 'Sunday' }).first().getAttribute('title'),
    ).toMatch(/DATE 2016-11-06 \(from 2016-11-07\)$/)
    const original = page.locator('#doc-1')
    expect(await original.locator('.block.role-caption').count()).toBeGreaterThanOrEqual(6)
    expect(await original.locator('.quote').count()).toBeGreaterThan(5)
    expect(await original.locator('.dct .badge').textContent()).toBe('found')

    expect(network).toEqual([])
    const screenshot = path.join(out, 'test-screenshot.png')
    await page.screenshot({ path: screenshot, fullPage: false })
    await page.screenshot({ path: path.join(out, 'test-screenshot-full.png'), fullPage: true })
    expect(existsSync(screenshot)).toBe(true)
    await page.close()
  })

  it('shows script and markup in an article as text and never runs it', async () => {
    const input = await tempFolder('demo-hostile-')
    const headline = '<script>window.__pwned = 1</script>Officials <b>deny</b> report'
    const quote =
      "<img src=x onerror='window.__pwned = 2'>We will not comment</script><script>window.__pwned = 3</script>"
    await writeFile(
      path.join(input, 'hostile.txt'),
      `${headline}\nBy Jane Roe, Example News\n\nWASHINGTON (AP) — Officials on Tuesday denied the report.\n\n"${quote}," the spokesman said on Tuesday.\n`,
    )
    const { result, report } = await runAndRead({ input })
    expect(report.documents[0]?.quotes.length).toBeGreaterThan(0)
    const { page, network } = await open(context, result.html!)
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined()
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('main img').count()).toBe(0)
    expect(await page.locator('#articles').textContent()).toContain(
      '<script>window.__pwned = 1</script>',
    )
    expect(await page.locator('#quotes').textContent()).toContain(
      "<img src=x onerror='window.__pwned = 2'>We will not comment",
    )
    expect(network).toEqual([])
    await page.close()
  })
})
