/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013): keeps the first and last
 * points and, from each bucket between, the point that makes the largest triangle with the
 * point kept before it and the average of the next bucket. Peaks and troughs survive, so a
 * five-year line keeps its shape in a few hundred points.
 */
export function lttb<T>(
  data: readonly T[],
  threshold: number,
  x: (point: T) => number,
  y: (point: T) => number
): T[] {
  const length = data.length
  if (threshold >= length) return [...data]
  // Fewer than three points leave no bucket between the ends: keep the ends only.
  if (threshold < 3) return [data[0] as T, data[length - 1] as T].slice(0, Math.max(1, threshold))
  // x and y once per point: they may parse dates, and the loops below visit points several times.
  const xs = data.map(x)
  const ys = data.map(y)
  const sampled: T[] = [data[0] as T]
  const every = (length - 2) / (threshold - 2)
  let a = 0
  for (let i = 0; i < threshold - 2; i++) {
    // The average of the next bucket is the triangle's third corner.
    const nextStart = Math.floor((i + 1) * every) + 1
    const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, length)
    let avgX = 0
    let avgY = 0
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += xs[j] as number
      avgY += ys[j] as number
    }
    const count = nextEnd - nextStart
    avgX /= count
    avgY /= count

    const start = Math.floor(i * every) + 1
    const end = Math.floor((i + 1) * every) + 1
    const ax = xs[a] as number
    const ay = ys[a] as number
    let maxArea = -1
    let chosen = start
    for (let j = start; j < end; j++) {
      const area = Math.abs((ax - avgX) * ((ys[j] as number) - ay) - (ax - (xs[j] as number)) * (avgY - ay))
      if (area > maxArea) {
        maxArea = area
        chosen = j
      }
    }
    sampled.push(data[chosen] as T)
    a = chosen
  }
  sampled.push(data[length - 1] as T)
  return sampled
}

/**
 * LTTB that also keeps every point `keep` marks (personal records), in their order: a record
 * must stay on the chart even where the downsampler would have chosen its neighbour.
 */
export function lttbKeeping<T>(
  data: readonly T[],
  threshold: number,
  x: (point: T) => number,
  y: (point: T) => number,
  keep: (point: T) => boolean
): T[] {
  if (data.length <= threshold) return [...data]
  const kept = new Set(data.filter(keep))
  const sampled = new Set(lttb(data, Math.max(3, threshold - kept.size), x, y))
  return data.filter((point) => sampled.has(point) || kept.has(point))
}

/** Days since 1970 of an ISO date (YYYY-MM-DD): the x of a dated point. Date.UTC, not Date.parse: it runs per point. */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
}
