import { describe, expect, it } from 'vitest'
import { averageOf, mergeWeeks, setVolumeKg, stackVolumeBy, weeklyVolumeBy, weeksPerPoint } from './volume'

describe('weekly volume', () => {
  it('is load × reps of loaded work sets', () => {
    expect(setVolumeKg({ reps: 10, loadKg: 60, warmup: false })).toBe(600)
    expect(setVolumeKg({ reps: 10, loadKg: 60, warmup: true })).toBe(0)
    expect(setVolumeKg({ reps: 10, loadKg: null, warmup: false })).toBe(0)
    expect(setVolumeKg({ reps: null, loadKg: 60, warmup: false })).toBe(0)
  })
  it('stacks columns of weekly sums per exercise the same way', () => {
    const exercises = new Map([
      [1, { category: 'lower', primaryMuscles: ['quads', 'glutes'] }],
      [2, { category: 'upper', primaryMuscles: [] }],
      [3, { category: 'core', primaryMuscles: ['abs'] }]
    ])
    const weeks = ['2026-11-09', '2026-11-16', '2026-11-23']
    const volumes = new Map([
      [1, Float64Array.of(0, 1000, 500)],
      [2, Float64Array.of(0, 300, 0)],
      [3, Float64Array.of(0, 0, 0)]
    ])
    expect(stackVolumeBy(weeks, volumes, exercises, 'muscle')).toEqual({
      keys: ['glutes', 'quads', 'other'],
      rows: [
        { week: '2026-11-09', values: { glutes: 0, quads: 0, other: 0 } },
        { week: '2026-11-16', values: { glutes: 500, quads: 500, other: 300 } },
        { week: '2026-11-23', values: { glutes: 250, quads: 250, other: 0 } }
      ]
    })
    expect(stackVolumeBy(weeks, volumes, exercises, 'category', 1)).toEqual({
      keys: ['other'],
      rows: [
        { week: '2026-11-09', values: { other: 0 } },
        { week: '2026-11-16', values: { other: 1300 } },
        { week: '2026-11-23', values: { other: 500 } }
      ]
    })
  })
  it('stacks by category and by primary muscle, sharing an exercise between its muscles', () => {
    const exercises = new Map([
      [1, { category: 'lower', primaryMuscles: ['quads', 'glutes'] }],
      [2, { category: 'upper', primaryMuscles: ['chest'] }]
    ])
    const volumes = [
      { week: '2026-11-16', exerciseId: 1, volumeKg: 1000 },
      { week: '2026-11-16', exerciseId: 2, volumeKg: 300 },
      { week: '2026-11-23', exerciseId: 1, volumeKg: 500 }
    ]
    const weeks = ['2026-11-09', '2026-11-16', '2026-11-23']
    expect(weeklyVolumeBy(volumes, exercises, 'category', weeks)).toEqual({
      keys: ['lower', 'upper'],
      rows: [
        { week: '2026-11-09', values: { lower: 0, upper: 0 } },
        { week: '2026-11-16', values: { lower: 1000, upper: 300 } },
        { week: '2026-11-23', values: { lower: 500, upper: 0 } }
      ]
    })
    const muscles = weeklyVolumeBy(volumes, exercises, 'muscle')
    expect(muscles.keys).toEqual(['glutes', 'quads', 'chest'])
    expect(muscles.rows[0]).toEqual({ week: '2026-11-16', values: { glutes: 500, quads: 500, chest: 300 } })
  })
  it('sums the smallest groups beyond the limit as "other"', () => {
    const exercises = new Map(
      ['a', 'b', 'c', 'd'].map((m, i) => [i + 1, { category: 'lower', primaryMuscles: [m] }] as const)
    )
    const volumes = [400, 300, 200, 100].map((volumeKg, i) => ({
      week: '2026-11-16',
      exerciseId: i + 1,
      volumeKg
    }))
    expect(weeklyVolumeBy(volumes, exercises, 'muscle', [], 3)).toEqual({
      keys: ['a', 'b', 'other'],
      rows: [{ week: '2026-11-16', values: { a: 400, b: 300, other: 300 } }]
    })
  })
})

describe('long weekly series', () => {
  it('merge into multi-week points: averages per week for amounts, sums for counts', () => {
    expect(weeksPerPoint(260, 300)).toBe(1)
    expect(weeksPerPoint(523, 300)).toBe(2)
    expect(weeksPerPoint(130, 130)).toBe(1)
    expect(weeksPerPoint(262, 130)).toBe(4)
    expect(weeksPerPoint(1040, 130)).toBe(8)
    const rows = [
      { week: '2026-11-02', km: 10 },
      { week: '2026-11-09', km: 20 },
      { week: '2026-11-16', km: 5 }
    ]
    expect(mergeWeeks(rows, 2, (group) => averageOf(group, ['km']))).toEqual([
      { week: '2026-11-02', km: 15 },
      { week: '2026-11-16', km: 5 }
    ])
    expect(mergeWeeks(rows, 1, (group) => averageOf(group, ['km']))).toEqual(rows)
  })
})
