/*
 * The demo's randomness: seeded, so the same options always give the same practice, and one
 * stream per client, so a client's rows depend on nothing generated before them.
 */

export type Random = () => number

/** mulberry32: tiny, fast and good enough for demo data; Math.random cannot be seeded. */
function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * One generator per client, derived from the seed and the client's ordinal, so a client's rows
 * depend on nothing generated before them.
 */
export function clientRandom(seed: number, ordinal: number): Random {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(ordinal + 1, 0xc2b2ae35)
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return mulberry32(h ^ (h >>> 16))
}

export const int = (rnd: Random, min: number, max: number): number =>
  min + Math.floor(rnd() * (max - min + 1))
export const between = (rnd: Random, min: number, max: number): number => min + rnd() * (max - min)
export const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
export const round1 = (value: number): number => Math.round(value * 10) / 10
export const roundTo = (value: number, step: number): number => Math.round(value / step) * step
export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value))

export function weighted<T>(rnd: Random, entries: readonly (readonly [T, number])[]): T {
  let total = 0
  for (const [, weight] of entries) total += weight
  let r = rnd() * total
  for (const [value, weight] of entries) {
    r -= weight
    if (r < 0) return value
  }
  return (entries[entries.length - 1] as readonly [T, number])[0]
}
