import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os'
import type { PairResult } from './pairs'

/** One of the nine ratios: the app path against its baseline. */
export interface Figure {
  id: string
  /** What is compared, as the table prints it. */
  figure: string
  /** The app's ratio may be at most this. */
  target: number
  /** Undefined when the figure could not be measured (see `missing`). */
  result?: PairResult
  /** Why there is no result, e.g. the operation does not exist yet. */
  missing?: string
  /** What else a reader should know: page counts, rows, points. */
  note?: string
}

/** Something measured and held to a limit that is not an app/baseline ratio. */
export interface Check {
  id: string
  what: string
  /** The value as printed, e.g. "3.05×" or "142 ms". */
  value: string
  /** Empty for what is only reported. */
  limit: string
  /** Undefined for what is only reported. */
  met?: boolean
  note?: string
}

export type Verdict = 'met' | 'over' | 'FAIL' | 'missing'

/** Met at or under the target; over it, but within twice the target; FAIL beyond that (the exit code). */
export function verdictOf(figure: Figure): Verdict {
  if (!figure.result) return 'missing'
  if (figure.result.ratio <= figure.target) return 'met'
  return figure.result.ratio <= 2 * figure.target ? 'over' : 'FAIL'
}

const ms = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)

function pad(cells: string[][]): string {
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length))) ?? []
  return cells
    .map((row) =>
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
    )
    .join('\n')
}

/** The figures as a table: figure, app, raw, ratio (with its spread), target, verdict. */
export function figureTable(figures: readonly Figure[]): string {
  const header = ['figure', 'app ms', 'raw ms', 'ratio (q1–q3)', 'target', '']
  const rows = figures.map((f) => {
    const r = f.result
    return [
      f.figure,
      r ? ms(r.appMs) : '—',
      r ? ms(r.rawMs) : '—',
      r ? `${r.ratio.toFixed(2)} (${r.low.toFixed(2)}–${r.high.toFixed(2)})` : (f.missing ?? 'not measured'),
      `≤ ${f.target}`,
      verdictOf(f)
    ]
  })
  return pad([header, ...rows])
}

export function checkTable(checks: readonly Check[]): string {
  return pad([
    ['check', 'value', 'limit', ''],
    ...checks.map((c) => [c.what, c.value, c.limit, c.met === undefined ? '' : c.met ? 'met' : 'over'])
  ])
}

/** The machine the figures come from, for the README and the JSON record. */
export function machine(chromium?: string) {
  const cpu = cpus()
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGb: Math.round(freemem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium,
    /** The load average when the bench ended: this machine is shared, so say how busy it was. */
    loadAverage: loadavg().map((n) => Number(n.toFixed(2)))
  }
}
