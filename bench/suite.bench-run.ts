import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { generatorVersion, practice, workingCopy } from './dataset'
import { backupFigure } from './figures/backup-figure'
import { bundleSize } from './figures/bundle-size'
import { chromiumFigures } from './figures/chromium-figures'
import { handoutFigure } from './figures/handout-figure'
import {
  clientListFigure,
  clientListScaling,
  progressSeriesFigure,
  saveBatchFigure,
  saveSessionFigure,
  startupFigure
} from './figures/store-figures'
import { windowFigures } from './figures/window-figures'
import type { PairResult } from './pairs'
import { checkTable, figureTable, machine, verdictOf, type Check, type Figure } from './report'
import { launchChromium } from './support/chromium'

/*
 * `npm run bench`: Spotter at practice scale (10,000 clients, 1,000,000 logged sets). Nine app
 * paths against fair baselines doing the same work, each timed in alternating pairs in this
 * process; then what the window feels (long tasks, calls waiting on each other, start-up,
 * memory) on the real app in browser mode. Prints the tables, writes them as JSON to bench/out/,
 * and fails only when a ratio is worse than twice its target.
 */

const outDir = resolve(__dirname, 'out')
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(2)} MB`
const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`

it('Spotter at practice scale', async () => {
  const started = new Date()
  const full = practice('full')
  const small = practice('small')
  const large = practice('large')
  const work = mkdtempSync(join(tmpdir(), 'spotter-bench-'))
  const figures: Figure[] = []
  const checks: Check[] = []

  /** Measures one figure; an error is reported as the figure's result instead of ending the run. */
  async function figure(
    spec: Omit<Figure, 'result'>,
    run: () => Promise<(PairResult & { note?: string }) | { missing: string }>
  ): Promise<void> {
    const entry: Figure = { ...spec }
    figures.push(entry)
    try {
      const outcome = await run()
      if ('missing' in outcome) entry.missing = outcome.missing
      else {
        const { note, ...result } = outcome
        entry.result = result
        entry.note = note ?? entry.note
      }
    } catch (error) {
      entry.missing = `error: ${error instanceof Error ? error.message : String(error)}`
    }
    const r = entry.result
    console.log(
      `${entry.figure}: ${r ? `${r.ratio.toFixed(2)} (${r.low.toFixed(2)}–${r.high.toFixed(2)}) over ${r.pairs} pairs` : entry.missing}`
    )
  }

  let chromiumVersion: string | undefined
  try {
    const writes = workingCopy(full, join(work, 'writes'))
    const reads = workingCopy(full, join(work, 'reads'))

    await figure(
      {
        id: 'save-session',
        figure: '1 save one 15-set session, dispatcher vs one raw transaction',
        target: 1.5
      },
      () => saveSessionFigure(writes)
    )
    await figure(
      { id: 'save-batch', figure: '2 sessions.saveBatch (8 × 15 sets) vs prepared INSERTs', target: 1.6 },
      () => saveBatchFigure(writes)
    )
    await figure(
      { id: 'progress-series', figure: '3 five-year progress series vs raw indexed reads', target: 1.5 },
      () => progressSeriesFigure(reads)
    )
    const chromium = await chromiumFigures(reads).catch((error: unknown) => error as Error)
    await figure(
      { id: 'progress-chart', figure: '4 progress chart in Chromium vs bare recharts', target: 1.3 },
      () =>
        Promise.resolve(
          chromium instanceof Error
            ? { missing: `error: ${chromium.message}` }
            : { ...chromium.chart, note: `${chromium.points} points` }
        )
    )
    await figure({ id: 'client-list', figure: '5 client list vs the same SQL, raw', target: 1.5 }, () =>
      clientListFigure(reads)
    )
    await figure(
      { id: 'handout', figure: '6 handout (about 20 pages) vs bare pdfkit tables', target: 3 },
      async () => {
        const result = await handoutFigure()
        return { ...result, note: `${result.pages} pages; the baseline ${result.barePages}` }
      }
    )
    const startupCopy = workingCopy(full, join(work, 'startup'))
    await figure({ id: 'startup', figure: '7 start-up data path vs open and raw query', target: 3 }, () =>
      startupFigure(startupCopy)
    )
    await figure(
      { id: 'client-table', figure: '8 client table in Chromium vs bare virtualized table', target: 1.5 },
      () =>
        Promise.resolve(
          chromium instanceof Error
            ? { missing: `error: ${chromium.message}` }
            : { ...chromium.table, note: `${chromium.rows} rows` }
        )
    )
    await figure({ id: 'backup', figure: '9 backup (Back up now) vs raw db.backup', target: 1.5 }, () =>
      backupFigure(workingCopy(full, join(work, 'backup')), work)
    )

    // Beyond the ratios.
    const scaling = await clientListScaling(small, full, large)
    checks.push({
      id: 'list-growth',
      what: 'client list 30k / 10k clients (call and JSON, alternating pairs)',
      value: `${scaling.growth.ratio.toFixed(2)}× (${scaling.growth.low.toFixed(2)}–${scaling.growth.high.toFixed(2)})`,
      limit: '≤ 3.3',
      met: scaling.growth.ratio <= 3.3,
      note: `1k ${scaling.ms.small.toFixed(1)} ms, 10k ${scaling.ms.full.toFixed(1)} ms, 30k ${scaling.ms.large.toFixed(1)} ms`
    })
    checks.push({
      id: 'list-bytes',
      what: 'client list JSON at 1k / 10k / 30k clients',
      value: `${mb(scaling.bytes.small)} / ${mb(scaling.bytes.full)} / ${mb(scaling.bytes.large)}`,
      limit: ''
    })
    if (!(chromium instanceof Error)) {
      checks.push({
        id: 'scroll-step',
        what: 'client table scrolling (10 steps) vs bare table',
        value: `${chromium.scroll.ratio.toFixed(2)}× (${chromium.scroll.low.toFixed(2)}–${chromium.scroll.high.toFixed(2)})`,
        limit: '≤ 1.5',
        met: chromium.scroll.ratio <= 1.5
      })
    }

    const window = await windowFigures(workingCopy(full, join(work, 'window')))
    const worstList = Math.max(...window.listLoadLongestMs)
    checks.push(
      {
        id: 'longtask-list',
        what: 'longest task loading the 10k list (7 loads)',
        value: `${worstList.toFixed(0)} ms`,
        limit: '≤ 200 ms',
        met: worstList <= 200,
        note: window.listLoadLongestMs.map((n) => n.toFixed(0)).join(', ')
      },
      {
        id: 'longtask-scroll',
        what: 'longest task scrolling the 10k list',
        value: `${window.scrollLongestMs.toFixed(0)} ms`,
        limit: '≤ 200 ms',
        met: window.scrollLongestMs <= 200
      },
      {
        id: 'longtask-progress',
        what: 'longest task opening the five-year Progress tab',
        value: `${window.progressOpenLongestMs.toFixed(0)} ms`,
        limit: '≤ 200 ms',
        met: window.progressOpenLongestMs <= 200
      },
      {
        id: 'longtask-progress-all',
        what: 'longest task showing all five years',
        value: `${window.progressAllLongestMs.toFixed(0)} ms`,
        limit: '≤ 200 ms',
        met: window.progressAllLongestMs <= 200
      }
    )
    for (const wait of window.callWaits) {
      checks.push({
        id: `wait-${wait.call}`,
        what: `settings.get sent behind ${wait.call} (${wait.callMs.toFixed(0)} ms): wait`,
        value: `${wait.medianWaitMs.toFixed(0)} ms (worst ${wait.worstWaitMs.toFixed(0)})`,
        limit: '≤ 50 ms',
        met: wait.medianWaitMs <= 50
      })
    }
    checks.push({
      id: 'startup',
      what: 'browser mode: process start to the client list painted',
      value: `${window.startupToListMs.toFixed(0)} ms`,
      limit: '',
      note: `server ready after ${window.startupToServerMs.toFixed(0)} ms`
    })
    const memoryFirst = window.memoryMb[0] ?? 0
    const memoryLast = window.memoryMb[window.memoryMb.length - 1] ?? 0
    checks.push({
      id: 'memory',
      what: 'server memory after 100 client-list loads (RSS)',
      value: `${memoryLast.toFixed(0)} MB (after 10: ${memoryFirst.toFixed(0)} MB)`,
      limit: '< 300 MB, no upward trend',
      met: memoryLast < 300 && memoryLast - memoryFirst < 15,
      note: window.memoryMb.map((n) => n.toFixed(0)).join(', ')
    })

    const bundle = bundleSize()
    checks.push({
      id: 'bundle',
      what: 'renderer JavaScript, gzip: first screen / all',
      value: `${kb(bundle.initialGzip)} / ${kb(bundle.totalGzip)}`,
      limit: '',
      note: `before gzip ${mb(bundle.initialRaw)} / ${mb(bundle.totalRaw)}`
    })

    const browser = await launchChromium()
    chromiumVersion = browser.version()
    await browser.close()

    const record = {
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: machine(chromiumVersion),
      dataset: { generatorVersion: generatorVersion(), clients: full.clients, sets: full.sets },
      figures: figures.map((f) => ({ ...f, verdict: verdictOf(f) })),
      checks,
      window,
      bundle,
      listScaling: scaling
    }
    mkdirSync(outDir, { recursive: true })
    const json = JSON.stringify(record, null, 2)
    writeFileSync(join(outDir, 'latest.json'), json)
    writeFileSync(join(outDir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`), json)

    console.log(
      `\nSpotter bench, ${full.clients.toLocaleString('en')} clients and ${full.sets.toLocaleString('en')} sets`
    )
    console.log(
      `${record.machine.cpu}, ${record.machine.cores} cores, load ${record.machine.loadAverage.join(' ')}\n`
    )
    console.log(figureTable(figures))
    console.log(`\n${checkTable(checks)}\n`)
    for (const item of [...figures, ...checks]) if (item.note) console.log(`  ${item.id}: ${item.note}`)
    console.log(`\nJSON: ${join(outDir, 'latest.json')}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }

  // The exit code: only a ratio worse than twice its target fails the run.
  expect(
    figures.filter((f) => verdictOf(f) === 'FAIL').map((f) => `${f.figure}: ${f.result?.ratio.toFixed(2)}`)
  ).toEqual([])
})
