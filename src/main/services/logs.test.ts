import { describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import type { OperationName, Output, Program } from '@shared/contract'
import { dispatch } from '../dispatch'
import type { Handlers } from '.'
import { expectOk, useTestStore } from '../../../test/support/test-store'

const NOW = '2026-11-24T10:00:00.000Z'

let db: Database
let handlers: Handlers

useTestStore(NOW, (store) => ({ db, handlers } = store))

const ok = <N extends OperationName>(name: N, input: unknown): Output<N> => expectOk(handlers, name, input)

function fails(name: OperationName, input: unknown): { code: string; field?: string; message: string } {
  const result = dispatch(handlers, name, input)
  if (result.ok) throw new Error(`${name} should have failed`)
  return result.error
}

const tables = ['sessions', 'set_logs', 'run_logs', 'measurement_kinds', 'measurements']
const snapshot = (): Record<string, unknown[]> =>
  Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]))

/** Asserts the operation is refused naming the field and leaves every log table as it was. */
function rejects(name: OperationName, input: unknown, field: string, code = 'validation'): void {
  const before = snapshot()
  const error = fails(name, input)
  expect(error.field, error.message).toBe(field)
  expect(error.code).toBe(code)
  expect(snapshot()).toEqual(before)
}

const exerciseId = (key: string): number =>
  db.prepare('SELECT id FROM exercises WHERE builtin_key = ?').pluck().get(key) as number
const templateId = (key: string): number =>
  db.prepare('SELECT id FROM programs WHERE builtin_key = ?').pluck().get(key) as number

function clientWithProgram(): { clientId: number; program: Program } {
  const client = ok('clients.create', { name: 'Zoë Łukasz-Ørsted' })
  const program = ok('programs.create', {
    clientId: client.id,
    fromProgramId: templateId('runner-lower-body'),
    name: 'Spring block',
    status: 'active',
    startDate: '2026-11-02',
    weeks: 8
  })
  return { clientId: client.id, program }
}

function sessionInput(clientId: number, program: Program, date = '2026-11-20') {
  const workout = program.workouts[0]!
  const squat = workout.prescriptions[0]!
  const lunge = workout.prescriptions[1]!
  return {
    id: null,
    clientId,
    date,
    workoutId: workout.id,
    durationS: 3000,
    effort: 7,
    notes: 'Felt strong',
    sets: [
      { exerciseId: squat.exerciseId, prescriptionId: squat.id, reps: 5, loadKg: 40, warmup: true },
      { exerciseId: squat.exerciseId, prescriptionId: squat.id, reps: 8, loadKg: 60, rpe: 7 },
      { exerciseId: squat.exerciseId, prescriptionId: squat.id, reps: 8, loadKg: 60, rpe: 8 },
      { exerciseId: lunge.exerciseId, prescriptionId: lunge.id, reps: 10, loadKg: 12, rpe: 7.5 }
    ]
  }
}

describe('sessions', () => {
  it('saves a session with its sets numbered per exercise and lists it newest first', () => {
    const { clientId, program } = clientWithProgram()
    const first = ok('sessions.save', sessionInput(clientId, program, '2026-11-17'))
    const second = ok('sessions.save', sessionInput(clientId, program, '2026-11-20'))
    expect(first.workoutName).toBe(program.workouts[0]?.name)
    expect(first.programId).toBe(program.id)
    expect(first.sets.map((s) => [s.exerciseName, s.setNumber, s.warmup])).toEqual([
      ['Barbell back squat', 1, true],
      ['Barbell back squat', 2, false],
      ['Barbell back squat', 3, false],
      ['Dumbbell forward lunge', 1, false]
    ])
    expect(first.sets[3]).toMatchObject({ reps: 10, loadKg: 12, rpe: 7.5, holdS: null })
    const list = ok('sessions.list', { clientId })
    expect(list.map((s) => s.id)).toEqual([second.id, first.id])
    expect(list[0]).toMatchObject({ setCount: 4, exerciseCount: 2, effort: 7, durationS: 3000 })
  })

  it('answers a save with the session exactly as it now reads from the store', () => {
    const { clientId, program } = clientWithProgram()
    const saved = ok('sessions.save', sessionInput(clientId, program, '2026-11-17'))
    expect(ok('sessions.get', { id: saved.id })).toEqual(saved)
    const blank = ok('sessions.save', {
      clientId,
      date: '2026-11-18',
      notes: '  Calves only ',
      sets: [{ exerciseId: exerciseId('calf-raise'), holdS: 30 }]
    })
    expect(blank.notes).toBe('Calves only')
    expect(ok('sessions.get', { id: blank.id })).toEqual(blank)
  })

  it('replaces the fields and every set when saving an existing session', () => {
    const { clientId, program } = clientWithProgram()
    const saved = ok('sessions.save', sessionInput(clientId, program))
    const squat = program.workouts[0]!.prescriptions[0]!
    const edited = ok('sessions.save', {
      ...sessionInput(clientId, program, '2026-11-21'),
      id: saved.id,
      effort: 9,
      sets: [{ exerciseId: squat.exerciseId, prescriptionId: squat.id, reps: 6, loadKg: 65 }]
    })
    expect(edited).toMatchObject({ id: saved.id, date: '2026-11-21', effort: 9 })
    expect(edited.sets).toHaveLength(1)
    expect(db.prepare('SELECT count(*) FROM set_logs').pluck().get()).toBe(1)
    expect(ok('sessions.get', { id: saved.id })).toEqual(edited)
  })

  it('logs a blank session of holds and bodyweight reps', () => {
    const { clientId } = clientWithProgram()
    const saved = ok('sessions.save', {
      clientId,
      date: '2026-11-24',
      sets: [
        { exerciseId: exerciseId('calf-raise'), reps: 15 },
        { exerciseId: exerciseId('calf-raise'), reps: 15 }
      ]
    })
    expect(saved).toMatchObject({
      workoutId: null,
      workoutName: null,
      durationS: null,
      effort: null,
      notes: ''
    })
    expect(saved.sets.map((s) => s.setNumber)).toEqual([1, 2])
  })

  it('deletes a session and its sets', () => {
    const { clientId, program } = clientWithProgram()
    const saved = ok('sessions.save', sessionInput(clientId, program))
    expect(ok('sessions.delete', { id: saved.id })).toEqual({ deleted: true })
    expect(ok('sessions.list', { clientId })).toEqual([])
    expect(db.prepare('SELECT count(*) FROM set_logs').pluck().get()).toBe(0)
    rejects('sessions.delete', { id: saved.id }, 'id', 'not_found')
    expect(fails('sessions.get', { id: saved.id }).code).toBe('not_found')
  })

  it('saves several weeks from paper in one go, one session per week', () => {
    const { clientId, program } = clientWithProgram()
    const workout = program.workouts[0]!
    const squat = workout.prescriptions[0]!
    const set = { exerciseId: squat.exerciseId, prescriptionId: squat.id, reps: 8, loadKg: 60 }
    const saved = ok('sessions.saveBatch', {
      clientId,
      workoutId: workout.id,
      sessions: [
        { date: '2026-11-02', sets: [set, set] },
        { date: '2026-11-09', sets: [set, { ...set, loadKg: 62.5, rpe: 8 }] }
      ]
    })
    expect(saved.map((s) => [s.date, s.setCount, s.workoutId])).toEqual([
      ['2026-11-02', 2, workout.id],
      ['2026-11-09', 2, workout.id]
    ])
    // The answer is each week's summary exactly as the session list reads it.
    expect(ok('sessions.list', { clientId })).toEqual([...saved].reverse())
  })

  it('refuses malformed sessions naming the field, writing nothing', () => {
    const { clientId, program } = clientWithProgram()
    ok('sessions.save', sessionInput(clientId, program))
    const base = sessionInput(clientId, program)
    const withSet = (i: number, patch: Record<string, unknown>) => ({
      ...base,
      sets: base.sets.map((s, j) => (j === i ? { ...s, ...patch } : s))
    })
    rejects('sessions.save', { ...base, date: '2026-02-30' }, 'date')
    rejects('sessions.save', { ...base, date: '2026-11-30' }, 'date')
    rejects('sessions.save', { ...base, effort: 11 }, 'effort')
    rejects('sessions.save', { ...base, durationS: -60 }, 'durationS')
    rejects('sessions.save', withSet(3, { rpe: 12 }), 'sets.3.rpe')
    rejects('sessions.save', withSet(1, { reps: -1 }), 'sets.1.reps')
    rejects('sessions.save', withSet(1, { reps: null }), 'sets.1.reps')
    // 999 reps is a slip of the keyboard, and would become a record.
    rejects('sessions.save', withSet(1, { reps: 999 }), 'sets.1.reps')
    rejects('sessions.save', withSet(1, { reps: 101 }), 'sets.1.reps')
    rejects('sessions.save', withSet(1, { holdS: 30 }), 'sets.1.holdS')
    rejects('sessions.save', withSet(2, { loadKg: 5000 }), 'sets.2.loadKg')
    rejects('sessions.save', withSet(2, { exerciseId: 99999 }), 'sets.2.exerciseId', 'not_found')
    rejects('sessions.save', withSet(0, { prescriptionId: 99999 }), 'sets.0.prescriptionId', 'not_found')
    const template = ok('programs.get', { id: templateId('runner-lower-body') })
    const elsewhere = template.workouts[0]!.prescriptions[0]!.id
    rejects('sessions.save', withSet(0, { prescriptionId: elsewhere }), 'sets.0.prescriptionId')
    rejects('sessions.save', { ...base, workoutId: 99999 }, 'workoutId', 'not_found')
    rejects('sessions.save', { ...base, workoutId: 'one' }, 'workoutId')
    rejects('sessions.save', { ...base, clientId: 99999 }, 'clientId', 'not_found')
    rejects('sessions.save', { ...base, id: 99999 }, 'id', 'not_found')

    // Another client's session or workout is never touched.
    const other = ok('clients.create', { name: 'Ana' }).id
    const mine = ok('sessions.list', { clientId })[0]!.id
    rejects('sessions.save', { ...base, clientId: other, id: mine }, 'clientId')
    rejects('sessions.save', { ...base, clientId: other }, 'workoutId')
    rejects('sessions.save', { ...base, workoutId: template.workouts[0]!.id }, 'workoutId')

    rejects('sessions.list', { clientId: 'x' }, 'clientId')
    rejects('sessions.get', { id: 0 }, 'id')
    rejects('sessions.delete', {}, 'id')
  })

  it('saves nothing from paper when any week is wrong', () => {
    const { clientId, program } = clientWithProgram()
    const workout = program.workouts[0]!
    const squat = workout.prescriptions[0]!
    const set = { exerciseId: squat.exerciseId, prescriptionId: squat.id, reps: 8, loadKg: 60 }
    const batch = (sessions: unknown[]) => ({ clientId, workoutId: workout.id, sessions })
    rejects(
      'sessions.saveBatch',
      batch([
        { date: '2026-11-02', sets: [set] },
        { date: '2026-11-09', sets: [{ ...set, rpe: 0 }] }
      ]),
      'sessions.1.sets.0.rpe'
    )
    rejects(
      'sessions.saveBatch',
      batch([
        { date: '2026-11-02', sets: [set] },
        { date: '2027-01-01', sets: [set] }
      ]),
      'sessions.1.date'
    )
    rejects(
      'sessions.saveBatch',
      batch([
        { date: '2026-11-02', sets: [set] },
        { date: '2026-11-09', sets: [{ ...set, exerciseId: 99999 }] }
      ]),
      'sessions.1.sets.0.exerciseId',
      'not_found'
    )
    rejects('sessions.saveBatch', batch([{ date: '2026-11-02', sets: [] }]), 'sessions.0.sets')
    rejects('sessions.saveBatch', batch([]), 'sessions')
    rejects(
      'sessions.saveBatch',
      { ...batch([{ date: '2026-11-02', sets: [set] }]), workoutId: 99999 },
      'workoutId',
      'not_found'
    )
    expect(ok('sessions.list', { clientId })).toEqual([])
  })
})

describe('runs', () => {
  it('adds, edits, lists newest first and deletes runs', () => {
    const { clientId } = clientWithProgram()
    const easy = ok('runs.save', {
      clientId,
      date: '2026-11-20',
      kind: 'easy',
      distanceM: 8000,
      durationS: 2880
    })
    const long = ok('runs.save', {
      clientId,
      date: '2026-11-22',
      kind: 'long',
      distanceM: 21097.5,
      durationS: 6900,
      avgHr: 148,
      effort: 6,
      notes: 'Hilly'
    })
    expect(easy).toMatchObject({ avgHr: null, effort: null, notes: '' })
    expect(ok('runs.list', { clientId }).map((r) => r.id)).toEqual([long.id, easy.id])
    const edited = ok('runs.save', { ...easy, kind: 'quality', distanceM: 10000 })
    expect(edited).toMatchObject({ id: easy.id, kind: 'quality', distanceM: 10000 })
    expect(ok('runs.delete', { id: easy.id })).toEqual({ deleted: true })
    expect(ok('runs.list', { clientId })).toHaveLength(1)
  })

  it('refuses malformed runs naming the field, writing nothing', () => {
    const { clientId } = clientWithProgram()
    const run = ok('runs.save', {
      clientId,
      date: '2026-11-20',
      kind: 'easy',
      distanceM: 8000,
      durationS: 2880
    })
    const base = { clientId, date: '2026-11-20', kind: 'easy', distanceM: 8000, durationS: 2880 }
    rejects('runs.save', { ...base, distanceM: -1 }, 'distanceM')
    rejects('runs.save', { ...base, durationS: -1 }, 'durationS')
    rejects('runs.save', { ...base, kind: 'sprint' }, 'kind')
    rejects('runs.save', { ...base, avgHr: 400 }, 'avgHr')
    rejects('runs.save', { ...base, effort: 0 }, 'effort')
    rejects('runs.save', { ...base, date: '20-11-2026' }, 'date')
    rejects('runs.save', { ...base, date: '2026-12-20' }, 'date')
    rejects('runs.save', { ...base, id: 99999 }, 'id', 'not_found')
    rejects('runs.save', { ...base, clientId: 99999 }, 'clientId', 'not_found')
    const other = ok('clients.create', { name: 'Ana' }).id
    rejects('runs.save', { ...base, id: run.id, clientId: other }, 'clientId')
    rejects('runs.list', {}, 'clientId')
    rejects('runs.delete', { id: 99999 }, 'id', 'not_found')
  })
})

describe('measurements', () => {
  it('lists the built-in kinds and adds the trainer’s own', () => {
    const kinds = ok('measurements.kinds', {})
    expect(kinds.map((k) => [k.builtinKey, k.unit])).toEqual([
      ['body_weight', 'kg'],
      ['body_fat', '%'],
      ['resting_hr', 'bpm'],
      ['waist', 'm']
    ])
    const hip = ok('measurements.addKind', { name: ' Hip ', unit: 'cm' })
    expect(hip).toMatchObject({ name: 'Hip', unit: 'cm', builtinKey: null })
    expect(ok('measurements.kinds', {}).at(-1)).toEqual(hip)
    rejects('measurements.addKind', { name: 'hip', unit: 'cm' }, 'name', 'conflict')
    rejects('measurements.addKind', { name: '', unit: 'cm' }, 'name')
    rejects('measurements.addKind', { name: 'Thigh', unit: '' }, 'unit')
  })

  it('saves, lists by kind newest first, edits and deletes measurements', () => {
    const { clientId } = clientWithProgram()
    const [weight, , , waist] = ok('measurements.kinds', {})
    const a = ok('measurements.save', { clientId, kindId: weight!.id, date: '2026-11-01', value: 61.2 })
    const b = ok('measurements.save', { clientId, kindId: weight!.id, date: '2026-11-15', value: 60.8 })
    const w = ok('measurements.save', { clientId, kindId: waist!.id, date: '2026-11-15', value: 0.74 })
    expect(w).toMatchObject({ kindName: 'Waist', unit: 'm', builtinKey: 'waist' })
    expect(ok('measurements.list', { clientId, kindId: weight!.id }).map((m) => m.id)).toEqual([b.id, a.id])
    expect(ok('measurements.list', { clientId })).toHaveLength(3)
    const { id, kindId, date } = a
    expect(ok('measurements.save', { id, clientId, kindId, date, value: 61 })).toMatchObject({
      id,
      value: 61
    })
    expect(ok('measurements.delete', { id: a.id })).toEqual({ deleted: true })
    expect(ok('measurements.list', { clientId })).toHaveLength(2)
  })

  it('refuses malformed measurements naming the field, writing nothing', () => {
    const { clientId } = clientWithProgram()
    const [weight, fat] = ok('measurements.kinds', {})
    const base = { clientId, kindId: weight!.id, date: '2026-11-01', value: 61.2 }
    const saved = ok('measurements.save', base)
    rejects('measurements.save', { ...base, value: 612 }, 'value')
    rejects('measurements.save', { ...base, kindId: fat!.id, value: 90 }, 'value')
    rejects('measurements.save', { ...base, value: 'heavy' }, 'value')
    rejects('measurements.save', { ...base, kindId: 99999 }, 'kindId', 'not_found')
    rejects('measurements.save', { ...base, date: '2026-13-01' }, 'date')
    rejects('measurements.save', { ...base, date: '2027-01-01' }, 'date')
    rejects('measurements.save', { ...base, id: 99999 }, 'id', 'not_found')
    const other = ok('clients.create', { name: 'Ana' }).id
    rejects('measurements.save', { ...base, id: saved.id, clientId: other }, 'clientId')
    rejects('measurements.list', { clientId, kindId: -1 }, 'kindId')
    rejects('measurements.delete', { id: 99999 }, 'id', 'not_found')
  })

  it('goes with the client when the client is deleted', () => {
    const { clientId, program } = clientWithProgram()
    ok('sessions.save', sessionInput(clientId, program))
    ok('runs.save', { clientId, date: '2026-11-20', kind: 'easy', distanceM: 8000, durationS: 2880 })
    ok('measurements.save', {
      clientId,
      kindId: ok('measurements.kinds', {})[0]!.id,
      date: '2026-11-01',
      value: 61
    })
    ok('clients.delete', { id: clientId })
    for (const table of ['sessions', 'set_logs', 'run_logs', 'measurements']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0)
    }
  })
})
