import { describe, expect, it } from 'vitest'
import { estimateWorkoutSeconds, repSeconds } from './duration'
import { areasNamedBy, conflictReason, conflictingInjuries } from './injuries'
import { describeLoad, fixedLoad, percentLoad, roundToStep } from './loads'
import { freeGroupToken, inSuperset, orderLabels } from './supersets'

const g = (...groups: Array<string | null>) => groups.map((supersetGroup) => ({ supersetGroup }))

describe('order labels', () => {
  it('labels supersets A1/A2 and the next block B1, as trainers write them', () => {
    expect(orderLabels(g('A', 'A', null, 'C', 'C', 'C', null))).toEqual([
      'A1',
      'A2',
      'B1',
      'C1',
      'C2',
      'C3',
      'D1'
    ])
    expect(inSuperset(g('A', 'A', null, 'B'))).toEqual([true, true, false, false])
  })
  it('follows adjacency, so a moved exercise never keeps a stale label', () => {
    expect(orderLabels(g('A', null, 'A'))).toEqual(['A1', 'B1', 'C1'])
    expect(freeGroupToken(g('A', 'B', null))).toBe('C')
  })
})

describe('injury matching', () => {
  const injuries = [
    { bodyArea: 'Left knee', resolvedOn: null },
    { bodyArea: 'achilles', resolvedOn: '2026-10-01' }
  ]
  it('flags an exercise loading an active injury, ignoring resolved ones', () => {
    expect(conflictingInjuries(['knee', 'hip'], injuries)).toEqual([injuries[0]])
    expect(conflictingInjuries(['achilles', 'calf'], injuries)).toEqual([])
    expect(conflictReason('Barbell back squat', ['knee'])).toBe(
      'Barbell back squat loads the knee, which has an active injury.'
    )
  })
  it('tells which known areas a typed body area names, so one that names none can be pointed out', () => {
    expect(areasNamedBy('Left knee')).toEqual(['knee'])
    expect(areasNamedBy('Achilles')).toEqual(['achilles'])
    expect(areasNamedBy('left achiles')).toEqual([])
    expect(areasNamedBy('shin')).toEqual(['shin'])
  })
})

describe('loads', () => {
  it('turns %1RM into a weight rounded to the plate step, in kg and lb', () => {
    expect(percentLoad(70, 100, 'kg', 2.5)).toBe(70)
    expect(percentLoad(72, 100, 'kg', 2.5)).toBe(72.5)
    expect(percentLoad(70, 100, 'lb', 5)).toBe(155)
    expect(roundToStep(61.2, 1.25)).toBe(61.25)
  })
  it('describes each kind of load', () => {
    expect(describeLoad({ kind: 'percent1rm', value: 70 }, 'kg', 70)).toBe('70 % 1RM (70 kg)')
    expect(describeLoad({ kind: 'kg', value: 20 }, 'lb')).toBe('44.09 lb')
    expect(describeLoad({ kind: 'rpe', value: 7 }, 'kg')).toBe('RPE 7')
    expect(describeLoad({ kind: 'band', value: 'green' }, 'kg')).toBe('green band')
  })
  it('rounds a fixed load shown in the other unit to that unit’s plate step, and keeps a typed one', () => {
    expect(describeLoad({ kind: 'kg', value: 60 }, 'lb', undefined, 5)).toBe('130 lb')
    expect(describeLoad({ kind: 'kg', value: 20 }, 'lb', undefined, 2.5)).toBe('45 lb')
    // Typed in pounds, stored in kg: shown in pounds as typed, in kg rounded to the kg step.
    expect(fixedLoad(135 * 0.45359237, 'lb', 5)).toBe(135)
    expect(fixedLoad(62.5 * 0.45359237, 'lb', 5)).toBe(62.5)
    expect(fixedLoad(135 * 0.45359237, 'kg', 2.5)).toBe(60)
    expect(fixedLoad(61.2, 'kg', 2.5)).toBe(61.2)
    expect(fixedLoad(1, 'lb', 5)).toBe(2.2)
    expect(fixedLoad(60, 'lb')).toBe(132.28)
  })
})

describe('duration estimate', () => {
  const base = {
    setsMin: 3,
    setsMax: 3,
    repsMin: 10,
    repsMax: 10,
    holdMinS: null,
    holdMaxS: null,
    restMinS: 60,
    restMaxS: 60,
    tempo: '',
    perSide: false,
    supersetGroup: null
  }
  it('adds work, rest between sets and setup', () => {
    // 3 × 10 reps × 3 s + 2 rests × 60 s + 45 s setup
    expect(estimateWorkoutSeconds([base])).toBe(90 + 120 + 45)
    expect(repSeconds('3010')).toBe(4)
    expect(repSeconds('20X0')).toBe(3)
  })
  it('counts holds, both sides, and no rest inside a superset', () => {
    const plank = { ...base, repsMin: null, repsMax: null, holdMinS: 30, holdMaxS: 45, perSide: true }
    expect(estimateWorkoutSeconds([plank])).toBe(Math.round(3 * 37.5 * 2 + 120 + 45))
    const a1 = { ...base, supersetGroup: 'A' }
    expect(estimateWorkoutSeconds([a1, a1])).toBe(90 + 0 + 45 + (90 + 120 + 45))
  })
})
