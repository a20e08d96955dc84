import { describe, expect, it } from 'vitest'
import { bestE1rm, countsForE1rm, e1rmMethodCaption, epley, estimatedMaxes } from './e1rm'

const set = (loadKg: number | null, reps: number | null, warmup = false) => ({ loadKg, reps, warmup })

describe('estimated 1RM (Epley)', () => {
  it('is load × (1 + reps / 30)', () => {
    expect(epley(100, 10)).toBeCloseTo(133.333, 3)
    expect(epley(60, 12)).toBeCloseTo(84, 6)
    expect(epley(100, 0)).toBe(100)
  })
  it('takes a single as the 1RM itself', () => {
    expect(epley(100, 1)).toBe(100)
    expect(bestE1rm([set(100, 1), set(80, 5)])).toBe(100)
    expect(bestE1rm([set(100, 1), set(90, 5)])).toBeCloseTo(105, 6)
  })
  it('counts only loaded work sets of 1 to 12 reps', () => {
    expect(countsForE1rm(set(60, 12))).toBe(true)
    expect(countsForE1rm(set(60, 13))).toBe(false)
    expect(countsForE1rm(set(60, 0))).toBe(false)
    expect(countsForE1rm(set(60, 5, true))).toBe(false)
    expect(countsForE1rm(set(null, 10))).toBe(false)
    expect(countsForE1rm(set(0, 10))).toBe(false)
  })
  it('takes the best qualifying set, ignoring warm-ups and high-rep sets', () => {
    expect(bestE1rm([set(100, 5, true), set(60, 10), set(65, 8), set(50, 20)])).toBeCloseTo(82.333, 3)
    expect(bestE1rm([set(40, 15), set(100, 3, true)])).toBeNull()
    expect(bestE1rm([])).toBeNull()
  })
  it('names its method for chart captions', () => {
    expect(e1rmMethodCaption).toBe('Estimated 1RM (Epley), from sets of 12 reps or fewer')
  })
})

describe('estimated maxes for loading', () => {
  it('uses the best of the last 90 days, else the latest known estimate', () => {
    const estimates = [
      { exerciseId: 1, date: '2026-06-01', kg: 120 },
      { exerciseId: 1, date: '2026-10-01', kg: 100.04 },
      { exerciseId: 1, date: '2026-11-20', kg: 98 },
      { exerciseId: 2, date: '2026-01-10', kg: 50 },
      { exerciseId: 2, date: '2026-03-10', kg: 45 },
      { exerciseId: 3, date: '2026-12-01', kg: 70 }
    ]
    expect(estimatedMaxes(estimates, '2026-11-24')).toEqual([
      { exerciseId: 1, kg: 100, date: '2026-10-01' },
      { exerciseId: 2, kg: 45, date: '2026-03-10' }
    ])
  })
})
