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
  if (threshold >= data.length) return [...data]
  // x and y once per point: they may parse dates, and the loops visit points several times.
  return lttbIndices(data.map(x), data.map(y), threshold).map((i) => data[i] as T)
}

/**
 * LTTB over columns of x and y: the positions of the points kept, ascending. The charts build
 * their lines as columns and create point objects only for the few hundred points kept.
 */
export function lttbIndices(xs: ArrayLike<number>, ys: ArrayLike<number>, threshold: number): number[] {
  const length = xs.length
  if (threshold >= length) return Array.from({ length }, (_, i) => i)
  // Fewer than three points leave no bucket between the ends: keep the ends only.
  if (threshold < 3) return [0, length - 1].slice(0, Math.max(1, threshold))
  const sampled = [0]
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
    sampled.push(chosen)
    a = chosen
  }
  sampled.push(length - 1)
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
  const kept = data.map(keep)
  return lttbKeepingIndices(data.map(x), data.map(y), threshold, kept).map((i) => data[i] as T)
}

/** `lttbKeeping` over columns: positions (ascending) of the points sampled or marked in `kept`. */
export function lttbKeepingIndices(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  threshold: number,
  kept: ArrayLike<boolean>
): number[] {
  const length = xs.length
  if (length <= threshold) return Array.from({ length }, (_, i) => i)
  let keptCount = 0
  for (let i = 0; i < length; i++) if (kept[i]) keptCount++
  const sampled = lttbIndices(xs, ys, Math.max(3, threshold - keptCount))
  const out: number[] = []
  let next = 0
  for (let i = 0; i < length; i++) {
    const isSampled = sampled[next] === i
    if (isSampled) next++
    if (isSampled || kept[i]) out.push(i)
  }
  return out
}
