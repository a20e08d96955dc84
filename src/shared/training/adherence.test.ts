import { describe, expect, it } from 'vitest'
import { adherenceRate, weeklyAdherence } from './adherence'

describe('adherence', () => {
  it('compares the plan’s strength days with logged sessions per week', () => {
    const done = new Map([
      ['2026-11-09', 2],
      ['2026-11-16', 1],
      ['2026-11-23', 1]
    ])
    // Plan: Tuesday (1) and Friday (4); today is Wednesday 25 Nov, so Friday is not due yet.
    const weeks = weeklyAdherence([1, 4], done, '2026-11-02', '2026-11-25')
    expect(weeks).toEqual([
      { week: '2026-11-02', planned: 2, done: 0 },
      { week: '2026-11-09', planned: 2, done: 2 },
      { week: '2026-11-16', planned: 2, done: 1 },
      { week: '2026-11-23', planned: 1, done: 1 }
    ])
    expect(adherenceRate(weeks)).toBeCloseTo(4 / 7, 6)
  })
  it('counts extra sessions as done but not above plan in the rate; no plan, no rate', () => {
    const weeks = weeklyAdherence([0], new Map([['2026-11-16', 3]]), '2026-11-16', '2026-11-22')
    expect(weeks).toEqual([{ week: '2026-11-16', planned: 1, done: 3 }])
    expect(adherenceRate(weeks)).toBe(1)
    expect(adherenceRate(weeklyAdherence([], new Map(), '2026-11-16', '2026-11-22'))).toBeNull()
  })
  it('handles Sunday-start weeks', () => {
    // Sunday 22 Nov starts the week; plan on Sunday (6) is the week's first day.
    expect(weeklyAdherence([6], new Map(), '2026-11-22', '2026-11-22', 'sunday')).toEqual([
      { week: '2026-11-22', planned: 1, done: 0 }
    ])
  })
})
