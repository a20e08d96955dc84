import { describe, expect, it } from 'vitest'
import { adherenceRate, weeklyAdherence, type PlanPeriod } from './adherence'

/** A plan that has stood since before anything was logged. */
const always = (weekdays: number[]): PlanPeriod[] => [{ from: '0001-01-01', weekdays }]

describe('adherence', () => {
  it('compares the plan’s strength days with logged sessions per week', () => {
    const done = new Map([
      ['2026-11-09', 2],
      ['2026-11-16', 1],
      ['2026-11-23', 1]
    ])
    // Plan: Tuesday (1) and Friday (4); today is Wednesday 25 Nov, so Friday is not due yet.
    const weeks = weeklyAdherence(always([1, 4]), done, '2026-11-02', '2026-11-25')
    expect(weeks).toEqual([
      { week: '2026-11-02', planned: 2, done: 0 },
      { week: '2026-11-09', planned: 2, done: 2 },
      { week: '2026-11-16', planned: 2, done: 1 },
      { week: '2026-11-23', planned: 1, done: 1 }
    ])
    expect(adherenceRate(weeks)).toBeCloseTo(4 / 7, 6)
  })
  it('counts extra sessions as done but not above plan in the rate; no plan, no rate', () => {
    const weeks = weeklyAdherence(always([0]), new Map([['2026-11-16', 3]]), '2026-11-16', '2026-11-22')
    expect(weeks).toEqual([{ week: '2026-11-16', planned: 1, done: 3 }])
    expect(adherenceRate(weeks)).toBe(1)
    expect(adherenceRate(weeklyAdherence(always([]), new Map(), '2026-11-16', '2026-11-22'))).toBeNull()
  })
  it('plans nothing without any plan history, whatever was done', () => {
    const weeks = weeklyAdherence([], new Map([['2026-11-09', 2]]), '2026-11-02', '2026-11-18')
    expect(weeks.map((w) => w.planned)).toEqual([0, 0, 0])
    expect(weeks[1]?.done).toBe(2)
    expect(adherenceRate(weeks)).toBeNull()
  })
  it('handles Sunday-start weeks', () => {
    // Sunday 22 Nov starts the week; plan on Sunday (6) is the week's first day.
    expect(weeklyAdherence(always([6]), new Map(), '2026-11-22', '2026-11-22', 'sunday')).toEqual([
      { week: '2026-11-22', planned: 1, done: 0 }
    ])
  })
  it('plans each week by the plan it had then, a change counting from the week it was made in', () => {
    const history: PlanPeriod[] = [
      { from: '0001-01-01', weekdays: [1, 4] },
      // Changed on Thursday 12 Nov to three days: that week already counts three.
      { from: '2026-11-12', weekdays: [0, 2, 4] },
      // Changed today, Wednesday 25 Nov, to six (Tuesday twice): Monday to Wednesday are due.
      { from: '2026-11-25', weekdays: [0, 1, 1, 2, 3, 5] }
    ]
    const done = new Map([
      ['2026-11-02', 2],
      ['2026-11-09', 3],
      ['2026-11-16', 2]
    ])
    const weeks = weeklyAdherence(history, done, '2026-10-26', '2026-11-25')
    expect(weeks.map((w) => [w.week, w.planned])).toEqual([
      ['2026-10-26', 2],
      ['2026-11-02', 2],
      ['2026-11-09', 3],
      ['2026-11-16', 3],
      ['2026-11-23', 4]
    ])
    expect(adherenceRate(weeks)).toBeCloseTo((0 + 2 + 3 + 2 + 0) / (2 + 2 + 3 + 3 + 4), 6)
  })
  it('reads the first period for the weeks before it, as nothing older is known', () => {
    const history: PlanPeriod[] = [
      { from: '2026-11-16', weekdays: [2] },
      { from: '2026-11-23', weekdays: [2, 4] }
    ]
    const weeks = weeklyAdherence(history, new Map(), '2026-11-02', '2026-11-29')
    expect(weeks.map((w) => w.planned)).toEqual([1, 1, 1, 2])
    // A change on a week's last day (Sunday 22 Nov) counts for that week already.
    const sunday = weeklyAdherence(
      [
        { from: '0001-01-01', weekdays: [0] },
        { from: '2026-11-22', weekdays: [0, 3] }
      ],
      new Map(),
      '2026-11-09',
      '2026-11-28'
    )
    expect(sunday.map((w) => [w.week, w.planned])).toEqual([
      ['2026-11-09', 1],
      ['2026-11-16', 2],
      ['2026-11-23', 2]
    ])
  })
})
