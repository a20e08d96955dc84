import { describe, expect, it } from 'vitest'
import type { Prescription } from '@shared/contract'
import type { Session } from '@shared/schemas/logs'
import { defaultPrescription } from '@shared/training/prescription-rules'
import {
  blankRow,
  cellOfField,
  describeSavePlan,
  gridToSets,
  lastLoadsOf,
  nextSet,
  prefillRows,
  savePlan,
  sessionRows,
  type PrefillContext
} from './session-grid'

function prescription(id: number, patch: Partial<Prescription> = {}): Prescription {
  return {
    ...defaultPrescription(false),
    id,
    workoutId: 1,
    exerciseId: id * 10,
    exerciseName: `Exercise ${id}`,
    exerciseCautions: [],
    exerciseCategory: 'lower',
    position: id,
    ...patch
  }
}

const kg: PrefillContext = { unit: 'kg', plateStep: 2.5, maxes: new Map([[10, 100]]) }
const lb: PrefillContext = { unit: 'lb', plateStep: 5, maxes: new Map([[10, 100]]) }

describe('prefillRows', () => {
  const squat = prescription(1, {
    exerciseName: 'Barbell back squat',
    setsMin: 3,
    setsMax: 4,
    repsMin: 6,
    repsMax: 8,
    load: { kind: 'percent1rm', value: 70 }
  })
  const lunge = prescription(2, { load: { kind: 'kg', value: 20 }, supersetGroup: 'B' })
  const calf = prescription(3, { load: { kind: 'rpe', value: 8 }, supersetGroup: 'B', perSide: true })
  const plank = prescription(4, {
    repsMin: null,
    repsMax: null,
    holdMinS: 30,
    holdMaxS: 45,
    load: { kind: 'bodyweight' }
  })

  it('starts each exercise with the most sets, the top of the reps and the target load', () => {
    const rows = prefillRows([squat, lunge, calf, plank], kg)
    expect(rows.map((r) => [r.exerciseName, r.prescriptionId, r.sets.length, r.hold])).toEqual([
      ['Barbell back squat', 1, 4, false],
      ['Exercise 2', 2, 3, false],
      ['Exercise 3', 3, 3, false],
      ['Exercise 4', 4, 3, true]
    ])
    expect(rows[0]?.sets[0]).toMatchObject({ reps: '8', load: '70', rpe: '', warmup: false })
    expect(rows[1]?.sets[2]).toMatchObject({ reps: '12', load: '20' })
    expect(rows[2]?.sets[0]).toMatchObject({ load: '' })
    expect(rows[3]?.sets[0]).toMatchObject({ reps: '45', load: '' })
    expect(rows.map((r) => r.target)).toEqual([
      '3–4 × 6–8 · 70 % 1RM (70 kg)',
      '3 × 8–12 · 20 kg',
      '3 × 8–12 per side · RPE 8',
      '3 × 30–45 s · Bodyweight'
    ])
    expect(new Set(rows.flatMap((r) => r.sets.map((s) => s.key))).size).toBe(13)
  })

  it('converts loads to pounds and rounds %1RM to the plate step', () => {
    const rows = prefillRows([squat, lunge], lb)
    // 70 % of 100 kg is 154.3 lb, on 5 lb plates 155.
    expect(rows[0]?.sets[0]?.load).toBe('155')
    expect(rows[1]?.sets[0]?.load).toBe('45')
  })

  it('leaves a %1RM load empty when the client has no 1RM', () => {
    const rows = prefillRows([squat], { ...kg, maxes: new Map() })
    expect(rows[0]?.sets[0]?.load).toBe('')
    expect(rows[0]?.target).toBe('3–4 × 6–8 · 70 % 1RM')
  })
})

describe('prefilling from the last session', () => {
  it('starts an RPE-target exercise from the loads lifted last time, set by set, but never a prescribed weight', () => {
    const press = prescription(5, { load: { kind: 'rpe', value: 7 }, setsMax: 3 })
    const fixed = prescription(6, { load: { kind: 'kg', value: 20 } })
    const log = (
      id: number,
      prescriptionId: number,
      exerciseId: number,
      loadKg: number | null,
      warmup = false
    ) => ({
      id,
      exerciseId,
      exerciseName: 'x',
      prescriptionId,
      setNumber: id,
      reps: 12,
      holdS: null,
      loadKg,
      rpe: null,
      warmup
    })
    const last: Session = {
      id: 9,
      clientId: 1,
      date: '2026-11-20',
      workoutId: 1,
      workoutName: 'Upper',
      programId: 1,
      durationS: null,
      effort: null,
      notes: '',
      createdAt: '',
      sets: [
        log(1, 5, 50, 10, true),
        log(2, 5, 50, 20),
        log(3, 5, 50, 22),
        log(4, 6, 60, 30),
        log(5, 5, 99, 80)
      ]
    }
    const loads = lastLoadsOf(last, [press, fixed])
    // The warm-up and a set of another exercise (swapped since) do not count.
    expect(loads).toEqual(
      new Map([
        [5, [20, 22]],
        [6, [30]]
      ])
    )
    const [pressRow, fixedRow] = prefillRows([press, fixed], { ...kg, lastLoads: loads })
    expect(pressRow?.sets.map((set) => set.load)).toEqual(['20', '22', '22'])
    expect(fixedRow?.sets.map((set) => set.load)).toEqual(['20', '20', '20'])
    expect(pressRow?.confirmed).toBe(false)
    expect(lastLoadsOf(undefined, [press]).size).toBe(0)
  })
})

describe('nextSet', () => {
  it('copies the last set as a work set with its own key', () => {
    const last = { key: 'a', reps: '8', load: '60', rpe: '7', warmup: true }
    const next = nextSet(last)
    expect(next).toMatchObject({ reps: '8', load: '60', rpe: '7', warmup: false })
    expect(next.key).not.toBe('a')
    expect(nextSet(undefined)).toMatchObject({ reps: '', load: '', rpe: '' })
  })
})

describe('gridToSets', () => {
  it('reads the grid in order, loads to kg, holds as seconds, empty sets dropped', () => {
    const [squat, plank] = prefillRows(
      [
        prescription(1, { load: { kind: 'kg', value: 60 } }),
        prescription(4, { repsMin: null, repsMax: null, holdMaxS: 40 })
      ],
      kg
    )
    const extra = blankRow({ id: 99, name: 'Nordic curl' })
    squat!.confirmed = true
    plank!.confirmed = true
    squat!.sets[0] = { ...squat!.sets[0]!, warmup: true, load: '40', reps: '5' }
    squat!.sets[1] = { ...squat!.sets[1]!, rpe: '7,5' }
    const { sets, errors } = gridToSets([squat!, plank!, extra], 'kg')
    expect(errors).toEqual({})
    expect(sets).toHaveLength(6)
    expect(sets[0]).toEqual({
      exerciseId: 10,
      prescriptionId: 1,
      reps: 5,
      holdS: null,
      loadKg: 40,
      rpe: null,
      warmup: true
    })
    expect(sets[1]).toMatchObject({ reps: 12, loadKg: 60, rpe: 7.5 })
    expect(sets[3]).toMatchObject({ exerciseId: 40, reps: null, holdS: 40, loadKg: null })
  })

  it('saves only confirmed exercises: a prefilled one is what was prescribed, not what was done', () => {
    const rows = prefillRows(
      [1, 2, 3, 4, 5, 6, 7].map((id) => prescription(id, { load: { kind: 'kg', value: 20 } })),
      kg
    )
    expect(rows.every((r) => !r.confirmed)).toBe(true)
    expect(gridToSets(rows, 'kg')).toEqual({ sets: [], keys: [], errors: {} })
    rows[0] = { ...rows[0]!, confirmed: true }
    const { sets } = gridToSets(rows, 'kg')
    expect(sets).toHaveLength(3)
    expect(new Set(sets.map((set) => set.exerciseId))).toEqual(new Set([10]))
    expect(describeSavePlan(savePlan(rows))).toBe(
      'Saves 3 sets of Exercise 1. Not saved, not confirmed yet: Exercise 2, Exercise 3, Exercise 4 and 3 more.'
    )
    rows[1] = { ...rows[1]!, confirmed: true }
    expect(describeSavePlan(savePlan(rows.slice(0, 3)))).toBe(
      'Saves 6 sets of 2 exercises: Exercise 1 (3) and Exercise 2 (3). Not saved, not confirmed yet: Exercise 3.'
    )
    expect(describeSavePlan(savePlan(rows.slice(0, 2)))).toBe(
      'Saves 6 sets of 2 exercises: Exercise 1 (3) and Exercise 2 (3).'
    )
    expect(describeSavePlan(savePlan(rows.slice(2, 3)))).toBe(
      'Nothing to save yet. Not saved, not confirmed yet: Exercise 3.'
    )
  })

  it('counts an added exercise and a stored session as confirmed', () => {
    expect(blankRow({ id: 5, name: 'Row' }).confirmed).toBe(true)
  })

  it('refuses more than 100 reps in a set', () => {
    const row = blankRow({ id: 5, name: 'Row' })
    row.sets[0] = { ...row.sets[0]!, key: 'a', reps: '999' }
    expect(gridToSets([row], 'kg').errors).toEqual({ 'a.reps': 'At most 100 reps in a set' })
  })

  it('converts pounds to kilograms', () => {
    const row = blankRow({ id: 5, name: 'Row' })
    row.sets[0] = { ...row.sets[0]!, reps: '8', load: '100' }
    expect(gridToSets([row], 'lb').sets[0]?.loadKg).toBeCloseTo(45.359, 3)
  })

  it('reports each unreadable cell by set and column and returns no sets', () => {
    const row = blankRow({ id: 5, name: 'Row' })
    const a = { ...row.sets[0]!, key: 'a', reps: '', load: '60' }
    const b = { ...row.sets[0]!, key: 'b', reps: '8.5', load: 'heavy', rpe: '11' }
    const { sets, errors } = gridToSets([{ ...row, sets: [a, b] }], 'kg')
    expect(sets).toEqual([])
    expect(errors).toEqual({
      'a.reps': 'Enter the reps done',
      'b.reps': 'Enter a whole number like 8',
      'b.load': 'Enter a number like 62.5',
      'b.rpe': 'RPE is 1 to 10'
    })
  })
})

describe('sessionRows', () => {
  it('groups a stored session back into rows with their targets, in the trainer’s unit', () => {
    const p = prescription(1, { load: { kind: 'kg', value: 60 } })
    const set = (id: number, exerciseId: number, prescriptionId: number | null, loadKg: number | null) => ({
      id,
      exerciseId,
      exerciseName: `E${exerciseId}`,
      prescriptionId,
      setNumber: 1,
      reps: 8,
      holdS: null,
      loadKg,
      rpe: null,
      warmup: false
    })
    const session: Session = {
      id: 1,
      clientId: 1,
      date: '2026-11-20',
      workoutId: 1,
      workoutName: 'Lower',
      programId: 1,
      durationS: null,
      effort: null,
      notes: '',
      createdAt: '',
      sets: [set(1, 10, 1, 60), set(2, 10, 1, 62.5), set(3, 77, null, null)]
    }
    const rows = sessionRows(session, [p], lb)
    expect(rows.every((r) => r.confirmed)).toBe(true)
    expect(rows.map((r) => [r.exerciseName, r.sets.length, r.target])).toEqual([
      ['E10', 2, '3 × 8–12 · 130 lb'],
      ['E77', 1, '']
    ])
    expect(rows[0]?.sets[1]?.load).toBe('137.79')
  })
})

describe('cellOfField', () => {
  it('points a store error at the cell of the set it names', () => {
    expect(cellOfField('sets.1.rpe', ['a', 'b'])).toBe('b.rpe')
    expect(cellOfField('sets.0.holdS', ['a'])).toBe('a.reps')
    expect(cellOfField('sets.0.loadKg', ['a'])).toBe('a.load')
    expect(cellOfField('sets.5.rpe', ['a'])).toBeUndefined()
    expect(cellOfField('date', ['a'])).toBeUndefined()
  })
})
