import { join, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { clientSummaryOf } from '../../src/shared/client-list'
import type { ClientList } from '../../src/shared/contract'
import type { ProgressCharts } from '../../src/shared/operations/progress'
import { openDatabase } from '../../src/main/db/connection'
import { createHandlers } from '../../src/main/services'
import { benchNow, cacheDir, type Practice } from '../dataset'
import { alternate, type PairResult } from '../pairs'
import { launchChromium } from '../support/chromium'
import { serveFolder } from '../support/static-server'
import { appList, callOrThrow } from './store-figures'

const root = resolve(__dirname, '../..')

/** Builds bench/browser (the app's chart and table next to their bare baselines) as production code. */
export async function buildHarness(): Promise<string> {
  const outDir = join(cacheDir(), 'browser')
  // Production React, as the app ships: under vitest NODE_ENV is "test", which would build React's
  // development mode (and its JSX runtime) into the page.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await buildProduction(outDir)
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  return outDir
}

async function buildProduction(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(root, 'bench/browser'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: { '@shared': join(root, 'src/shared'), '@renderer': join(root, 'src/renderer/src') }
    },
    // SPOTTER_BENCH_PROFILE keeps names readable for profiling; the figures use minified code, as shipped.
    build: { outDir, emptyOutDir: true, minify: !process.env.SPOTTER_BENCH_PROFILE }
  })
}

/** What the two figures draw: the five-year client's longest e1RM line, and the 10,000-client list. */
export function benchData(practice: Practice): string {
  const db = openDatabase(practice.file)
  try {
    const handlers = createHandlers(db, { now: () => benchNow })
    const charts = callOrThrow(handlers, 'progress.charts', {
      clientId: practice.veteranId,
      from: null,
      to: null
    }) as ProgressCharts
    const rows = appList(handlers).flatMap((page) => (page as ClientList).rows)
    return JSON.stringify({ line: charts.e1rm[0], clients: rows.map(clientSummaryOf) })
  } finally {
    db.close()
  }
}

/** bench/browser/harness.tsx as this process sees it through page.evaluate. */
interface Harness {
  spotterBench: {
    load(json: string): number
    chart(side: 'app' | 'bare'): Promise<number>
    table(side: 'app' | 'bare'): Promise<number>
    scroll(side: 'app' | 'bare', steps: number): Promise<number>
  }
}

export interface ChromiumFigures {
  /** Figure 4: the e1RM chart against bare recharts on the same points. */
  chart: PairResult
  /** Figure 8: the client table against a bare virtualized TanStack table. */
  table: PairResult
  /** Not a figure of its own: ten scroll steps of the table against the same on the bare table. */
  scroll: PairResult
  points: number
  rows: number
}

export async function chromiumFigures(practice: Practice): Promise<ChromiumFigures> {
  const [dir, json] = [await buildHarness(), benchData(practice)]
  const server = await serveFolder(dir)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(server.url)
    await page.waitForFunction(() => 'spotterBench' in globalThis)
    const rows = await page.evaluate(
      (text) => (globalThis as unknown as Harness).spotterBench.load(text),
      json
    )
    const points = (JSON.parse(json) as { line: { points: { days: unknown[] } } }).line.points.days.length
    const chart = await alternate(
      () => page.evaluate(() => (globalThis as unknown as Harness).spotterBench.chart('app')),
      () => page.evaluate(() => (globalThis as unknown as Harness).spotterBench.chart('bare')),
      { pairs: 25, warmup: 8, bestOf: 3, selfTimed: true }
    )
    const table = await alternate(
      () => page.evaluate(() => (globalThis as unknown as Harness).spotterBench.table('app')),
      () => page.evaluate(() => (globalThis as unknown as Harness).spotterBench.table('bare')),
      { pairs: 21, warmup: 5, bestOf: 3, selfTimed: true }
    )
    const scroll = await alternate(
      () => page.evaluate(() => (globalThis as unknown as Harness).spotterBench.scroll('app', 10)),
      () => page.evaluate(() => (globalThis as unknown as Harness).spotterBench.scroll('bare', 10)),
      { pairs: 11, warmup: 3, bestOf: 3, selfTimed: true }
    )
    return { chart, table, scroll, points, rows }
  } finally {
    await browser.close()
    await server.close()
  }
}
