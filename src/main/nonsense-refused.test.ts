import { describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import type { OperationError, OperationName, Output, Program } from '@shared/contract'
import { dispatch } from './dispatch'
import type { Handlers } from './services'
import { checksumTables, expectOk, useTestStore } from '../../test/support/test-store'

/**
 * Every kind of nonsense the store used to accept, each now refused with its field named and
 * nothing written. The cases follow the order of the hardening issue's list.
 */

const NOW = '2026-11-24T10:00:00.000Z'

let db: Database
let handlers: Handlers

useTestStore(NOW, (store) => ({ db, handlers } = store))

const ok = <N extends OperationName>(name: N, input: unknown): Output<N> => expectOk(handlers, name, input)

/** Runs a call that must be refused, checks it names `field` and wrote nothing, and returns the error. */
function refused(name: OperationName, input: unknown, field: string): OperationError {
  const before = checksumTables(db)
  const result = dispatch(handlers, name, input)
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(input)}`)
  expect(result.error.field, result.error.message).toBe(field)
  expect(result.error.message).not.toMatch(/expected|too (big|small)|invalid input/i)
  expect(checksumTables(db)).toBe(before)
  return result.error
}

const exerciseId = (key: string): number =>
  db.prepare('SELECT id FROM exercises WHERE builtin_key = ?').pluck().get(key) as number

function clientWithProgram(): { clientId: number; program: Program } {
  const clientId = ok('clients.create', { name: 'Ingrid' }).id
  const template = ok('templates.list', {}).find((t) => t.builtinKey === 'runner-lower-body')!
  const program = ok('programs.create', {
    clientId,
    fromProgramId: template.id,
    name: 'Base block',
    status: 'active'
  })
  return { clientId, program }
}

const exercise = {
  name: 'Calf',
  category: 'lower',
  pattern: 'calf raise',
  equipment: [],
  primaryMuscles: ['calves'],
  secondaryMuscles: [],
  unilateral: false,
  steps: [],
  cues: [],
  cautions: [],
  runnerBenefit: ''
}

describe('unknown fields', () => {
  it('refuses a key the operation does not know, naming it', () => {
    const error = refused('clients.create', { name: 'x', status: 'archived' }, 'status')
    expect(error).toMatchObject({
      code: 'validation',
      message: "Spotter doesn't know a field called “status”"
    })
    expect(ok('clients.list', { status: 'all' }).rows).toHaveLength(0)
  })

  it('refuses unknown keys inside patches, lists and nested objects too', () => {
    const id = ok('clients.create', { name: 'Ann' }).id
    refused('clients.update', { id, patch: { name: 'Anna', archived: true } }, 'patch.archived')
    const { clientId, program } = clientWithProgram()
    const squat = program.workouts[0]!.prescriptions[0]!
    refused(
      'sessions.save',
      {
        clientId,
        date: '2026-11-20',
        sets: [{ exerciseId: squat.exerciseId, reps: 5, side: 'left' }]
      },
      'sets.0.side'
    )
    refused(
      'prescriptions.update',
      { id: squat.id, patch: { load: { kind: 'kg', value: 40, unit: 'lb' } } },
      'patch.load.unit'
    )
  })
})

describe('text that looks alike', () => {
  it('refuses lone surrogates instead of storing them as U+FFFD', () => {
    refused('clients.create', { name: 'Zo\uD800e' }, 'name')
    refused('clients.create', { name: 'Zoe', notes: 'broken \uDC00 pair' }, 'notes')
  })

  it('refuses control characters and strips zero-width ones', () => {
    refused('clients.create', { name: 'Bell\u0007' }, 'name')
    const client = ok('clients.create', { name: ' Zoe\u0301\u200b ', tags: ['\u200btrail'] })
    expect(client.name).toBe('Zoé')
    expect(client.name).toBe('Zoé'.normalize('NFC'))
    expect(client.tags).toEqual(['trail'])
  })

  it('treats a name with a zero-width character as the name it looks like', () => {
    ok('exercises.create', exercise)
    refused('exercises.create', { ...exercise, name: 'Calf\u200b' }, 'name')
    refused('exercises.create', { ...exercise, name: 'CALF\u200d' }, 'name')
    refused('exercises.create', { ...exercise, name: '\u200b' }, 'name')
    ok('measurements.addKind', { name: 'Thigh', unit: 'cm' })
    expect(refused('measurements.addKind', { name: 'thigh\u200c', unit: 'cm' }, 'name').code).toBe('conflict')
  })

  it('refuses the same tag twice, compared folded', () => {
    refused('clients.create', { name: 'Ann', tags: ['Trail', 'trail\u200b'] }, 'tags.1')
  })
})

describe('lists', () => {
  it.each(['primaryMuscles', 'secondaryMuscles', 'cautions'])('%s has a maximum and no duplicates', (key) => {
    const item = key === 'cautions' ? 'knee' : 'quads'
    refused('exercises.create', { ...exercise, [key]: Array.from({ length: 500 }, () => item) }, key)
    refused('exercises.create', { ...exercise, [key]: [item, item] }, `${key}.1`)
  })

  it('bounds every other list', () => {
    refused('clients.create', { name: 'Ann', tags: Array.from({ length: 21 }, (_, i) => `tag ${i}`) }, 'tags')
    refused('exercises.create', { ...exercise, equipment: ['band', 'band'] }, 'equipment.1')
    const { program } = clientWithProgram()
    refused(
      'handouts.preview',
      { programId: program.id, options: { workoutIds: [program.workouts[0]!.id, program.workouts[0]!.id] } },
      'options.workoutIds.1'
    )
  })
})

describe('dates in a plausible window', () => {
  it('refuses logs before 1900 and after tomorrow', () => {
    const { clientId, program } = clientWithProgram()
    const squat = program.workouts[0]!.prescriptions[0]!
    const session = (date: string) => ({
      clientId,
      date,
      sets: [{ exerciseId: squat.exerciseId, reps: 5, loadKg: 40 }]
    })
    expect(refused('sessions.save', session('0001-01-01'), 'date').message).toBe("Date can't be before 1900")
    refused('sessions.save', session('1899-12-31'), 'date')
    refused('sessions.save', session('2026-11-26'), 'date')
    ok('sessions.save', session('2026-11-25'))
    ok('sessions.save', session('1900-01-01'))
    refused(
      'runs.save',
      { clientId, date: '0001-01-01', kind: 'easy', distanceM: 5000, durationS: 1800 },
      'date'
    )
    const kindId = ok('measurements.kinds', {})[0]!.id
    refused('measurements.save', { clientId, kindId, date: '2999-01-01', value: 60 }, 'date')
  })

  it('refuses a birth date that is not in the past', () => {
    refused('clients.create', { name: 'Ann', birthDate: '2100-01-01' }, 'birthDate')
    expect(refused('clients.create', { name: 'Ann', birthDate: '2026-11-25' }, 'birthDate').message).toBe(
      'A birth date must be in the past'
    )
    const id = ok('clients.create', { name: 'Ann', birthDate: '1990-05-01' }).id
    refused('clients.update', { id, patch: { birthDate: '2030-01-01' } }, 'patch.birthDate')
  })

  it('refuses a race already run, unless it is the stored one left as it was', () => {
    expect(
      refused('clients.create', { name: 'Ann', nextRaceDate: '2026-11-23' }, 'nextRaceDate').message
    ).toBe('That race date has passed. Enter the date of the next race, today or later.')
    ok('clients.create', { name: 'Ann', nextRaceDate: '2026-11-24' })
  })

  it('refuses a program starting more than ten years ago or more than two years ahead', () => {
    const clientId = ok('clients.create', { name: 'Ingrid' }).id
    const program = { clientId, name: 'Base', status: 'draft' }
    expect(refused('programs.create', { ...program, startDate: '1900-01-01' }, 'startDate').message).toBe(
      'A program starts no more than ten years ago and no more than two years ahead'
    )
    refused('programs.create', { ...program, startDate: '2028-12-01' }, 'startDate')
    const { id } = ok('programs.create', { ...program, startDate: '2016-11-24' })
    refused('programs.update', { id, patch: { startDate: '2016-11-23' } }, 'patch.startDate')
    ok('programs.update', { id, patch: { startDate: '2028-11-24', name: 'Later' } })
  })

  it('refuses a 1RM dated in the future', () => {
    const { clientId } = clientWithProgram()
    const max = { clientId, exerciseId: exerciseId('barbell-back-squat'), kg: 100 }
    refused('maxes.set', { ...max, setOn: '2999-01-01' }, 'setOn')
    refused('maxes.set', { ...max, setOn: '2027-01-01' }, 'setOn')
    ok('maxes.set', { ...max, setOn: '2026-11-20' })
  })

  it('refuses an injury resolved before it began', () => {
    const { clientId } = clientWithProgram()
    const injury = { clientId, bodyArea: 'knee', note: '', since: '2026-10-01', resolvedOn: '2026-09-01' }
    expect(refused('injuries.add', injury, 'resolvedOn').message).toBe(
      "Resolved date can't be before the start date"
    )
    const id = ok('injuries.add', { ...injury, resolvedOn: null }).id
    refused(
      'injuries.update',
      { id, bodyArea: 'knee', note: '', since: '2026-10-01', resolvedOn: '2026-09-30' },
      'resolvedOn'
    )
    refused(
      'injuries.update',
      { id, bodyArea: 'knee', note: '', since: '2027-10-01', resolvedOn: null },
      'since'
    )
  })

  it('refuses impossible and out-of-window dates everywhere', () => {
    refused('clients.create', { name: 'Ann', nextRaceDate: '2026-02-30' }, 'nextRaceDate')
    const { clientId } = clientWithProgram()
    refused('progress.charts', { clientId, from: '0001-01-01' }, 'from')
    refused('progress.charts', { clientId, from: '2026-05-01', to: '2026-01-01' }, 'to')
  })
})

describe('positions and self-consistent records', () => {
  it('refuses a negative position', () => {
    const { program } = clientWithProgram()
    const removed = ok('prescriptions.delete', { id: program.workouts[0]!.prescriptions[0]!.id })
    const { id: _id, exerciseName: _n, exerciseCautions: _c, exerciseCategory: _k, ...snapshot } = removed
    refused('prescriptions.restore', { ...snapshot, position: -1 }, 'position')
    refused('workouts.move', { id: program.workouts[0]!.id, position: -1 }, 'position')
    ok('prescriptions.restore', snapshot)
  })

  it('refuses a set whose exercise is not its prescription’s', () => {
    const { clientId, program } = clientWithProgram()
    const workout = program.workouts[0]!
    const [squat, lunge] = workout.prescriptions
    refused(
      'sessions.save',
      {
        clientId,
        workoutId: workout.id,
        date: '2026-11-20',
        sets: [{ exerciseId: lunge!.exerciseId, prescriptionId: squat!.id, reps: 5 }]
      },
      'sets.0.exerciseId'
    )
  })

  it('keeps a logged pair valid after the prescription is swapped, so the old session can be edited', () => {
    const { clientId, program } = clientWithProgram()
    const workout = program.workouts[0]!
    const squat = workout.prescriptions[0]!
    const saved = ok('sessions.save', {
      clientId,
      workoutId: workout.id,
      date: '2026-11-20',
      sets: [{ exerciseId: squat.exerciseId, prescriptionId: squat.id, reps: 5 }]
    })
    ok('prescriptions.swap', { id: squat.id, exerciseId: exerciseId('goblet-squat') })
    ok('sessions.save', {
      id: saved.id,
      clientId,
      workoutId: workout.id,
      date: '2026-11-20',
      sets: [{ exerciseId: squat.exerciseId, prescriptionId: squat.id, reps: 6 }]
    })
  })

  it('refuses an empty session, as the paper batch does', () => {
    const { clientId } = clientWithProgram()
    expect(refused('sessions.save', { clientId, date: '2026-11-20', sets: [] }, 'sets').message).toBe(
      'A session needs at least one set'
    )
  })
})

describe('missing parents', () => {
  it.each([
    'maxes.list',
    'measurements.list',
    'sessions.list',
    'runs.list',
    'injuries.list',
    'programs.listForClient',
    'suggestions.list',
    'maxes.estimated',
    'progress.records'
  ] as const)('%s answers not_found for a client that does not exist', (name) => {
    expect(refused(name, { clientId: 9999 }, 'clientId').code).toBe('not_found')
  })

  it('measurements.list answers not_found for a kind that does not exist', () => {
    const { clientId } = clientWithProgram()
    expect(refused('measurements.list', { clientId, kindId: 9999 }, 'kindId').code).toBe('not_found')
  })
})

describe('refusals in plain words', () => {
  it('names the whole input as "" and words a wrong-typed input plainly', () => {
    expect(refused('clients.list', null, '')).toMatchObject({
      code: 'validation',
      message: 'Send the details as named fields'
    })
    expect(refused('clients.list', [], '')).toMatchObject({ code: 'validation' })
    expect(dispatch(handlers, 'clients.nope', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation', field: '' }
    })
  })

  it('words numbers, dates and bounds as the issue asks', () => {
    expect(refused('clients.create', { name: 'Ann', weeklyDistanceM: -5 }, 'weeklyDistanceM').message).toBe(
      "Weekly distance can't be negative"
    )
    expect(refused('clients.create', { name: 'Ann', birthDate: '2026-02-31' }, 'birthDate').message).toBe(
      'Not a real date'
    )
    expect(refused('clients.create', { name: 'Ann', heightM: 'tall' }, 'heightM').message).toBe(
      'Enter a number like 62.5'
    )
    const { program } = clientWithProgram()
    const id = program.workouts[0]!.prescriptions[0]!.id
    expect(refused('prescriptions.update', { id, patch: { setsMax: 21 } }, 'patch.setsMax').message).toBe(
      'At most 20 sets'
    )
  })
})
