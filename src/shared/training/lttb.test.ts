import { describe, expect, it } from 'vitest'
import { lttb, lttbIndices, lttbKeeping, lttbKeepingIndices } from './lttb'

interface P {
  x: number
  y: number
}
const x = (p: P): number => p.x
const y = (p: P): number => p.y
const series = (n: number, f: (i: number) => number): P[] =>
  Array.from({ length: n }, (_, i) => ({ x: i, y: f(i) }))

describe('LTTB downsampling', () => {
  it('returns short series unchanged', () => {
    const data = series(10, (i) => i)
    expect(lttb(data, 300, x, y)).toEqual(data)
    expect(lttb(data, 10, x, y)).toEqual(data)
  })
  it('keeps the ends and exactly the threshold, in order', () => {
    const data = series(5000, (i) => Math.sin(i / 50))
    const out = lttb(data, 300, x, y)
    expect(out).toHaveLength(300)
    expect(out[0]).toBe(data[0])
    expect(out[299]).toBe(data[4999])
    for (let i = 1; i < out.length; i++) expect((out[i] as P).x).toBeGreaterThan((out[i - 1] as P).x)
  })
  it('keeps a lone spike that plain decimation would drop', () => {
    const data = series(1000, (i) => (i === 503 ? 100 : 0))
    expect(lttb(data, 50, x, y).some((p) => p.y === 100)).toBe(true)
  })
  it('picks the point making the largest triangle in a bucket', () => {
    const data = [
      { x: 0, y: 0 },
      { x: 1, y: 1 },
      { x: 2, y: 5 },
      { x: 3, y: 1 },
      { x: 4, y: 0 }
    ]
    expect(lttb(data, 3, x, y).map((p) => p.x)).toEqual([0, 2, 4])
  })
  it('handles tiny thresholds', () => {
    const data = series(10, (i) => i)
    expect(lttb(data, 2, x, y)).toEqual([data[0], data[9]])
    expect(lttb(data, 1, x, y)).toEqual([data[0]])
  })
  it('can keep marked points (records) on top of the sample', () => {
    const data = series(2000, (i) => i % 7)
    const out = lttbKeeping(data, 100, x, y, (p) => p.x === 1234 || p.x === 1500)
    expect(out.some((p) => p.x === 1234)).toBe(true)
    expect(out.some((p) => p.x === 1500)).toBe(true)
    expect(out.length).toBeLessThanOrEqual(100)
  })
  it('works on columns, giving positions, the same as on points', () => {
    const data = series(2000, (i) => Math.cos(i / 30) * (i % 11))
    const xs = data.map(x)
    const ys = data.map(y)
    expect(lttbIndices(xs, ys, 120).map((i) => data[i])).toEqual(lttb(data, 120, x, y))
    expect(lttbIndices(xs, ys, 5000)).toHaveLength(2000)
    const marked = data.map((p) => p.x % 97 === 0)
    expect(lttbKeepingIndices(xs, ys, 100, marked).map((i) => data[i])).toEqual(
      lttbKeeping(data, 100, x, y, (p) => p.x % 97 === 0)
    )
  })
})
