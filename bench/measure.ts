/** Median wall time of `runs` calls after `warmup` untimed ones, in milliseconds. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] as number
}

export interface Figure {
  name: string
  appMs: number
  baselineMs: number
  limit?: number
}

/** Prints the figures as a table of app time, baseline time and their ratio. */
export function report(title: string, figures: Figure[]): void {
  const lines = figures.map((f) => {
    const ratio = f.appMs / f.baselineMs
    const verdict =
      f.limit === undefined
        ? ''
        : ratio <= f.limit
          ? `  (limit ${f.limit}: ok)`
          : `  (limit ${f.limit}: OVER)`
    return `  ${f.name.padEnd(48)} app ${f.appMs.toFixed(2).padStart(9)} ms   baseline ${f.baselineMs.toFixed(2).padStart(9)} ms   ratio ${ratio.toFixed(2)}${verdict}`
  })
  console.log(`\n${title}\n${lines.join('\n')}\n`)
}
