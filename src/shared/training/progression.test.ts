import { describe, expect, it } from 'vitest'
import {
  nextLoadKg,
  reducedLoadKg,
  suggestProgression,
  type LoggedSession,
  type ProgressionOptions,
  type ProgressionPrescription
} from './progression'

const kg: ProgressionOptions = { massUnit: 'kg', plateStepKg: 2.5, plateStepLb: 5, today: '2026-11-25' }
const lb: ProgressionOptions = { ...kg, massUnit: 'lb' }

const squat: ProgressionPrescription = {
  id: 11,
  exerciseId: 3,
  exerciseName: 'Barbell back squat',
  category: 'lower',
  repsMin: 8,
  repsMax: 12,
  load: { kind: 'rpe', value: 7 },
  progressionPct: null
}
const press: ProgressionPrescription = {
  ...squat,
  id: 12,
  exerciseName: 'Dumbbell bench press',
  category: 'upper',
  load: { kind: 'kg', value: 20 }
}

const session = (
  sessionId: number,
  date: string,
  sets: Array<[number | null, number | null, number | null]>
): LoggedSession => ({ sessionId, date, sets: sets.map(([reps, loadKg, rpe]) => ({ reps, loadKg, rpe })) })

describe('progression suggestions: adding load', () => {
  it('adds 5 kg to a lower-body lift when every set reached the top at or below the RPE target', () => {
    const latest = session(40, '2026-11-24', [
      [12, 60, 6.5],
      [12, 60, 7],
      [12, 60, 7]
    ])
    expect(suggestProgression(squat, [latest], kg)).toEqual({
      prescriptionId: 11,
      exerciseId: 3,
      exerciseName: 'Barbell back squat',
      kind: 'increase',
      currentKg: 60,
      loadKg: 65,
      basedOnSessionId: 40,
      basedOnDate: '2026-11-24',
      reason: 'All 3 sets reached 12 reps at RPE 7 or less last session (24 Nov): try 65 kg.'
    })
  })
  it('adds 2.5 kg to an upper-body lift, with RPE 8 as the ceiling when the load is not an RPE target', () => {
    const latest = session(41, '2026-11-24', [
      [12, 20, 8],
      [13, 20, 8]
    ])
    expect(suggestProgression(press, [latest], kg)?.reason).toBe(
      'Both sets reached 12 reps at RPE 8 or less last session (24 Nov): try 22.5 kg.'
    )
  })
  it('accepts sets with no RPE logged and says so', () => {
    const latest = session(42, '2025-12-01', [[12, 20, null]])
    expect(suggestProgression(press, [latest], kg)?.reason).toBe(
      'The only set reached 12 reps, with no RPE logged, last session (1 Dec 2025): try 22.5 kg.'
    )
  })
  it('uses the trainer’s percentage, rounded to the plate step', () => {
    const latest = session(43, '2026-11-24', [[12, 62.5, 6]])
    const s = suggestProgression({ ...squat, progressionPct: 5 }, [latest], kg)
    expect(s?.loadKg).toBe(65) // 62.5 × 1.05 = 65.6 → 65
    expect(s?.reason).toBe(
      'The only set reached 12 reps at RPE 7 or less last session (24 Nov): try 65 kg (+5 %).'
    )
    // A small percentage still moves at least one plate step.
    expect(nextLoadKg(40, 'upper', 2, kg)).toBe(42.5)
  })
  it('rounds in pounds for a trainer who works in pounds, storing kg', () => {
    const loadKg = nextLoadKg(61.23496995, 'lower', null, lb) // 135 lb + 11 lb → 145 lb
    expect(loadKg).toBeCloseTo(65.77089, 4)
    const latest = session(44, '2026-11-24', [[12, 61.23496995, 7]])
    expect(suggestProgression(squat, [latest], lb)?.reason).toBe(
      'The only set reached 12 reps at RPE 7 or less last session (24 Nov): try 145 lb.'
    )
  })
  it('suggests nothing when a set missed the top, effort went above target, or the load is already prescribed', () => {
    const missed = session(45, '2026-11-24', [
      [12, 60, 7],
      [11, 60, 7]
    ])
    expect(suggestProgression(squat, [missed], kg)).toBeNull()
    const hard = session(46, '2026-11-24', [
      [12, 60, 7],
      [12, 60, 7.5]
    ])
    expect(suggestProgression(squat, [hard], kg)).toBeNull()
    const done = session(47, '2026-11-24', [[12, 20, 7]])
    expect(suggestProgression({ ...press, load: { kind: 'kg', value: 22.5 } }, [done], kg)).toBeNull()
  })
  it('leaves bodyweight and timed work alone', () => {
    const bodyweight = session(48, '2026-11-24', [[12, null, 6]])
    expect(suggestProgression({ ...squat, load: { kind: 'bodyweight' } }, [bodyweight], kg)).toBeNull()
    const hold = session(49, '2026-11-24', [[null, 10, 6]])
    expect(suggestProgression({ ...squat, repsMin: null, repsMax: null }, [hold], kg)).toBeNull()
    expect(suggestProgression(squat, [], kg)).toBeNull()
  })
})

describe('progression suggestions: holding or easing', () => {
  const short1 = session(50, '2026-11-17', [
    [8, 60, 9],
    [7, 60, 9.5]
  ])
  const short2 = session(51, '2026-11-24', [
    [7, 60, 9],
    [6, 60, 10]
  ])
  it('suggests holding or dropping about 10 % after two sessions in a row below the range', () => {
    expect(suggestProgression(squat, [short2, short1], kg)).toMatchObject({
      kind: 'reduce',
      currentKg: 60,
      loadKg: 52.5,
      basedOnSessionId: 51,
      reason:
        'Reps fell below 8 in each of the last two sessions (17 Nov and 24 Nov): hold at 60 kg until every set reaches 8, or drop to 52.5 kg.'
    })
  })
  it('waits for the second session in a row', () => {
    const fine = session(52, '2026-11-17', [
      [9, 60, 8],
      [8, 60, 8.5]
    ])
    expect(suggestProgression(squat, [short2, fine], kg)).toBeNull()
    expect(suggestProgression(squat, [short2], kg)).toBeNull()
  })
  it('always eases by at least one plate step and never to zero', () => {
    expect(reducedLoadKg(20, kg)).toBe(17.5)
    expect(reducedLoadKg(5, kg)).toBe(2.5)
    expect(reducedLoadKg(2.5, kg)).toBeNull()
  })
})
