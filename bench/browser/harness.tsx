import type { ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import type { ClientSummary } from '@shared/client-list'
import type { ProgressCharts } from '@shared/operations/progress'
import { ClientTable } from '@renderer/pages/client-list/ClientTable'
import { E1rmChart } from '@renderer/pages/progress/charts'
import { BareChart } from './bare-chart'
import { BareTable } from './bare-table'
import '@renderer/styles/app.css'
import '@renderer/pages/progress/progress.css'

/*
 * The page behind the two Chromium figures. Each call renders one side once into the stage and
 * says how long it took, from the render call until the finished chart or table is in the DOM and
 * laid out; the bench alternates the calls, app then baseline, baseline then app.
 */

type Line = ProgressCharts['e1rm'][number]

interface BenchData {
  line: Line
  clients: ClientSummary[]
}

let data: BenchData | undefined
const stage = document.getElementById('stage') as HTMLElement

/** Resolves once `ready()` holds, checking after each change to the stage; fails after 10 s. */
function until(ready: () => boolean): Promise<void> {
  if (ready()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error('The render never finished'))
    }, 10_000)
    const observer = new MutationObserver(() => {
      if (!ready()) return
      clearTimeout(timer)
      observer.disconnect()
      resolve()
    })
    observer.observe(stage, { subtree: true, childList: true, attributes: true })
  })
}

/** Renders `element`, waits for `ready`, forces layout; returns the milliseconds and a way to unmount. */
async function timedRender(
  element: ReactElement,
  ready: () => boolean
): Promise<{ ms: number; unmount: () => void }> {
  const root = createRoot(stage)
  const start = performance.now()
  flushSync(() => root.render(element))
  await until(ready)
  void stage.getBoundingClientRect().height
  const ms = performance.now() - start
  return { ms, unmount: () => root.unmount() }
}

function chartReady(dots: number): () => boolean {
  return () => {
    const curve = stage.querySelector('.recharts-line-curve')
    return (
      (curve?.getAttribute('d')?.length ?? 0) > 0 &&
      stage.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick').length > 0 &&
      stage.querySelectorAll('.recharts-yAxis .recharts-cartesian-axis-tick').length > 0 &&
      stage.querySelectorAll('.recharts-reference-dot').length >= dots
    )
  }
}

const tableReady = (): boolean => stage.querySelectorAll('tbody tr td:not([colspan])').length >= 60

function need(): BenchData {
  if (!data) throw new Error('Call load() first')
  return data
}

/** What the bench calls through Playwright. */
const bench = {
  load(json: string): number {
    data = JSON.parse(json) as BenchData
    return data.clients.length
  },

  /** One render of the five-year client's e1RM chart: the app's, or bare recharts on the same points. */
  async chart(side: 'app' | 'bare'): Promise<number> {
    const { line } = need()
    const { days, kgs } = line.points
    const points = days.map((t, i) => ({ t, value: kgs[i] as number }))
    const records = line.points.records.filter(Boolean).length
    const element = side === 'app' ? <E1rmChart line={line} unit="kg" /> : <BareChart points={points} />
    const { ms, unmount } = await timedRender(element, chartReady(side === 'app' ? records : 0))
    unmount()
    return ms
  },

  /** One render of the 10,000-client table: the app's, or a bare virtualized TanStack table. */
  async table(side: 'app' | 'bare'): Promise<number> {
    const { clients } = need()
    const element = side === 'app' ? <ClientTable clients={clients} /> : <BareTable clients={clients} />
    const { ms, unmount } = await timedRender(element, tableReady)
    unmount()
    return ms
  },

  /**
   * Scrolling the table: `steps` scrolls of five rows, each timed from the scroll event to the
   * new rows laid out (the virtualizer renders synchronously in its scroll handler). A frame
   * passes between steps, as when a trainer scrolls. Returns the total of the steps.
   */
  async scroll(side: 'app' | 'bare', steps: number): Promise<number> {
    const { clients } = need()
    const element = side === 'app' ? <ClientTable clients={clients} /> : <BareTable clients={clients} />
    const { unmount } = await timedRender(element, tableReady)
    const wrap = stage.querySelector('.table-wrap') as HTMLElement
    let total = 0
    for (let i = 0; i < steps; i++) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      wrap.scrollTop += 5 * 44
      const start = performance.now()
      wrap.dispatchEvent(new Event('scroll'))
      void stage.getBoundingClientRect().height
      total += performance.now() - start
    }
    unmount()
    return total
  }
}

declare global {
  interface Window {
    spotterBench: typeof bench
  }
}
window.spotterBench = bench
