import { dirname } from 'node:path'
import type { Page } from '@playwright/test'
import type { Practice } from '../dataset'
import { median } from '../pairs'
import { launchChromium } from '../support/chromium'
import { startBrowserMode, type BrowserMode } from '../support/browser-mode'
import { makeTodaysBackup } from '../support/todays-backup'

/*
 * What a trainer feels in the window, measured on the real app in browser mode over the
 * 10,000-client practice: the longest task on the page's main thread (a PerformanceObserver for
 * long tasks, installed before the app's code runs) while the list loads, while it scrolls and
 * while the Progress tab of the five-year client opens; how long a call waits behind another on
 * the server; the time from starting the process to the list on screen; and the server's memory
 * over 100 list loads.
 */

export interface CallWait {
  /** The call that runs while `settings.get` is sent again and again. */
  call: string
  /** How long the call itself takes, median, ms (over HTTP, as the page sees it). */
  callMs: number
  /** The longest `settings.get` took beyond its time alone, per try: the median and the worst try, ms. */
  medianWaitMs: number
  worstWaitMs: number
}

export interface WindowFigures {
  /** Process start to the first rows of the client list painted, ms. */
  startupToListMs: number
  /** Process start to the URL printed (the server ready), ms. */
  startupToServerMs: number
  /** The longest task while the list loads: per load (a fresh page load, or coming back from another screen). */
  listLoadLongestMs: number[]
  /** The longest task while scrolling the list with the mouse wheel and the keyboard. */
  scrollLongestMs: number
  /** The longest task on opening the five-year client's Progress tab and scrolling it, and on choosing "All". */
  progressOpenLongestMs: number
  progressAllLongestMs: number
  callWaits: CallWait[]
  /** The server's resident memory after every 10 of 100 list loads, MB. */
  memoryMb: number[]
}

/** Registered before any of the app's scripts: every long task of the page, from its start. */
const observeLongTasks = (): void => {
  const tasks: number[] = []
  ;(globalThis as unknown as { longTasks: number[] }).longTasks = tasks
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })
}

const longest = (page: Page): Promise<number> =>
  page.evaluate(() => Math.max(0, ...(globalThis as unknown as { longTasks: number[] }).longTasks))
const forgetTasks = (page: Page): Promise<void> =>
  page.evaluate(() => {
    ;(globalThis as unknown as { longTasks: number[] }).longTasks.length = 0
  })

/** Waits until the page has been idle for a moment, so trailing work lands in the measurement. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => done()), 300))
      )
  )
}

const listRows = (page: Page) => page.getByRole('table', { name: 'Clients' }).locator('tbody a.row-link')

/** The whole list has arrived: the footer counts the clients instead of saying it is loading. */
const listComplete = (page: Page) => page.getByText(/^[\d,.\s]+ clients$/).waitFor()

async function listLoads(page: Page, app: BrowserMode): Promise<number[]> {
  const worst: number[] = []
  for (let i = 0; i < 3; i++) {
    // A fresh load of the page (the token stays in this tab's session storage).
    await page.goto(`${app.origin}/?load=${i}#/clients`)
    await listComplete(page)
    await settle(page)
    worst.push(await longest(page))
  }
  // Coming back to the list from another screen: the list is fetched again and the table rebuilt.
  for (let i = 0; i < 3; i++) {
    await page.getByRole('link', { name: 'Exercise library' }).click()
    await page.getByRole('heading', { name: 'Exercise library' }).waitFor()
    await settle(page)
    await forgetTasks(page)
    await page.getByRole('link', { name: 'Clients', exact: true }).click()
    await listComplete(page)
    await settle(page)
    worst.push(await longest(page))
  }
  return worst
}

async function scrolling(page: Page): Promise<number> {
  const table = page.getByRole('table', { name: 'Clients' })
  const box = await table.boundingBox()
  if (!box) throw new Error('The client table is not on screen')
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300))
  await forgetTasks(page)
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, 400)
    await page.waitForTimeout(16)
  }
  // Jumps: to the end and back, as End and Home do.
  await listRows(page).first().focus()
  await page.keyboard.press('End')
  await page.waitForTimeout(100)
  await page.keyboard.press('Home')
  await settle(page)
  return longest(page)
}

async function progressTab(page: Page, app: BrowserMode, clientId: number): Promise<[number, number]> {
  await page.goto(`${app.origin}/#/clients/${clientId}`)
  await page.getByRole('link', { name: 'Progress' }).waitFor()
  await settle(page)
  await forgetTasks(page)
  await page.getByRole('link', { name: 'Progress' }).click()
  // The first chart sits below the suggested next steps, and charts draw only as they near the
  // screen: scroll to it as a trainer would, and wait for it to draw.
  const e1rm = page.getByRole('figure', { name: 'Estimated 1RM' })
  await e1rm.scrollIntoViewIfNeeded()
  await e1rm.getByRole('application').waitFor()
  // Down the tab as a trainer reads it, so every chart renders.
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 300)
    await page.waitForTimeout(50)
  }
  await page.getByRole('figure', { name: 'Weekly running' }).getByRole('application').first().waitFor()
  await settle(page)
  const open = await longest(page)

  await page.mouse.wheel(0, -10_000)
  await settle(page)
  await forgetTasks(page)
  const charts = page.waitForResponse((response) => response.url().endsWith('/api/progress.charts'))
  await page.getByRole('group', { name: 'Date range' }).getByRole('button', { name: 'All' }).click()
  await charts
  await settle(page)
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 300)
    await page.waitForTimeout(50)
  }
  await settle(page)
  return [open, await longest(page)]
}

/**
 * How long a call waits behind `name`: while `name` runs, `settings.get` is sent again and again
 * (the server answers calls one at a time), and the longest of those answers, less the time
 * `settings.get` takes alone, is how long a call waited behind it. Five tries.
 */
async function callWait(app: BrowserMode, name: string, input: unknown, aloneMs: number): Promise<CallWait> {
  const calls: number[] = []
  const waits: number[] = []
  for (let i = 0; i < 5; i++) {
    let done = false
    const started = performance.now()
    const first = app.call(name, input).then(() => {
      calls.push(performance.now() - started)
      done = true
    })
    let longestWait = 0
    while (!done) {
      const sent = performance.now()
      await app.call('settings.get', {})
      longestWait = Math.max(longestWait, performance.now() - sent - aloneMs)
    }
    await first
    waits.push(longestWait)
  }
  return { call: name, callMs: median(calls), medianWaitMs: median(waits), worstWaitMs: Math.max(...waits) }
}

async function callWaits(app: BrowserMode, practice: Practice): Promise<CallWait[]> {
  const alone: number[] = []
  for (let i = 0; i < 15; i++) {
    const started = performance.now()
    await app.call('settings.get', {})
    alone.push(performance.now() - started)
  }
  const aloneMs = median(alone)
  const clientId = practice.veteranId
  const heavy: Array<[string, unknown]> = [
    ['clients.list', { status: 'active' }],
    ['clients.list', { status: 'all' }],
    ['progress.charts', { clientId, from: null, to: null }],
    ['progress.records', { clientId }],
    ['sessions.list', { clientId }],
    ['suggestions.list', { clientId }],
    ['maxes.estimated', { clientId }],
    ['exercises.list', {}]
  ]
  const waits: CallWait[] = []
  for (const [name, input] of heavy) {
    for (let i = 0; i < 3; i++) await app.call(name, input)
    waits.push(await callWait(app, name, input, aloneMs))
  }
  return waits
}

async function memory(app: BrowserMode): Promise<number[]> {
  const samples: number[] = []
  for (let i = 1; i <= 100; i++) {
    const result = await app.call('clients.list', { status: 'active' })
    if (!result.ok) throw new Error('clients.list failed')
    if (i % 10 === 0) samples.push(app.rssMb())
  }
  return samples
}

/** Runs every window figure on a private copy of the practice (`copy.file` is `<folder>/spotter.db`). */
export async function windowFigures(copy: Practice): Promise<WindowFigures> {
  const browser = await launchChromium()
  let app: BrowserMode | undefined
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addInitScript(observeLongTasks)
    const page = await context.newPage()
    await page.goto('about:blank')

    // Spotter backs up once a day, 15 s after it starts; made already, it does not land on one
    // of the steps below by chance. (Figure 9 measures the backup itself.)
    await makeTodaysBackup(copy.file)
    app = await startBrowserMode(dirname(copy.file))
    await page.goto(app.url)
    await listRows(page).first().waitFor()
    const paintedAt = await page.evaluate(
      () =>
        new Promise<number>((done) =>
          requestAnimationFrame(() => setTimeout(() => done(performance.timeOrigin + performance.now()), 0))
        )
    )
    const startupToListMs = paintedAt - app.spawnedAt
    const startupToServerMs = app.readyAt - app.spawnedAt
    await listComplete(page)
    await settle(page)
    const firstLoad = await longest(page)

    const listLoadLongestMs = [firstLoad, ...(await listLoads(page, app))]
    const scrollLongestMs = await scrolling(page)
    const [progressOpenLongestMs, progressAllLongestMs] = await progressTab(page, app, copy.veteranId)
    await context.close()

    return {
      startupToListMs,
      startupToServerMs,
      listLoadLongestMs,
      scrollLongestMs,
      progressOpenLongestMs,
      progressAllLongestMs,
      callWaits: await callWaits(app, copy),
      memoryMb: await memory(app)
    }
  } finally {
    await app?.stop()
    await browser.close()
  }
}
