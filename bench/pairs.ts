/**
 * Alternating pairs: the app path and its baseline run one after the other, many times, in the
 * same process, and each pair gives one ratio. On a shared, busy machine a burst of load lands on
 * both halves of a pair, so the median of the per-pair ratios is steadier than a ratio of two
 * medians timed minutes apart. Which half goes first alternates, so neither side always runs on
 * a cache the other warmed.
 */

export interface PairOptions {
  /** Timed pairs; odd, so the median is one of them. */
  pairs?: number
  /** Untimed pairs first, so both sides run optimised code on warm caches. */
  warmup?: number
  /** Runs before each timed call and outside its time, e.g. to undo what the previous call wrote. */
  before?: () => void
  /**
   * Each side's time in a pair is the best of this many tries, taken in turn (app, baseline, app,
   * baseline …), so a burst of load on the machine that hits one try does not decide the pair.
   * Default 1.
   */
  bestOf?: number
  /**
   * The work times itself and returns its milliseconds, e.g. a render timed inside Chromium,
   * where the round trip from this process is not part of the work.
   */
  selfTimed?: boolean
}

export interface PairResult {
  /** Median time of the app path, ms (of the best-of tries when `bestOf` is above 1). */
  appMs: number
  /** Median time of the baseline, ms. */
  rawMs: number
  /** Median of the per-pair ratios app / baseline. */
  ratio: number
  /** The spread of the per-pair ratios: first and third quartile. */
  low: number
  high: number
  /** Smallest and largest per-pair ratio, for the JSON record. */
  min: number
  max: number
  pairs: number
  bestOf: number
}

type Work = () => unknown

/** The q-quantile of sorted values, by linear interpolation. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const at = (sorted.length - 1) * q
  const below = Math.floor(at)
  const above = Math.ceil(at)
  const a = sorted[below] as number
  const b = sorted[above] as number
  return a + (b - a) * (at - below)
}

export const median = (values: readonly number[]): number =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5
  )

async function timed(work: Work, selfTimed: boolean): Promise<number> {
  if (selfTimed) return Number(await work())
  const start = performance.now()
  const result = work()
  // Only asynchronous work is awaited, so synchronous work is not charged a microtask turn.
  if (result instanceof Promise) await result
  return performance.now() - start
}

/** Times `app` against `raw` in alternating pairs and summarises the per-pair ratios. */
export async function alternate(app: Work, raw: Work, options: PairOptions = {}): Promise<PairResult> {
  const { pairs = 21, warmup = 5, before, selfTimed = false, bestOf = 1 } = options
  const appTimes: number[] = []
  const rawTimes: number[] = []
  const ratios: number[] = []
  for (let i = 0; i < warmup + pairs; i++) {
    let appMs = Number.POSITIVE_INFINITY
    let rawMs = Number.POSITIVE_INFINITY
    for (let k = 0; k < bestOf; k++) {
      const appFirst = (i + k) % 2 === 0
      for (const side of appFirst ? ['app', 'raw'] : ['raw', 'app']) {
        before?.()
        if (side === 'app') appMs = Math.min(appMs, await timed(app, selfTimed))
        else rawMs = Math.min(rawMs, await timed(raw, selfTimed))
      }
    }
    if (i < warmup) continue
    appTimes.push(appMs)
    rawTimes.push(rawMs)
    ratios.push(appMs / rawMs)
  }
  const sorted = [...ratios].sort((a, b) => a - b)
  return {
    appMs: median(appTimes),
    rawMs: median(rawTimes),
    ratio: quantile(sorted, 0.5),
    low: quantile(sorted, 0.25),
    high: quantile(sorted, 0.75),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    pairs,
    bestOf
  }
}
