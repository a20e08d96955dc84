import { describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import type { OperationName, Output, Program } from '@shared/contract'
import { orderLabels } from '@shared/training/supersets'
import { dispatch } from '../dispatch'
import type { Handlers } from '.'
import { expectOk, useTestStore } from '../../../test/support/test-store'

let db: Database
let handlers: Handlers

useTestStore('2026-11-24T10:00:00.000Z', (store) => ({ db, handlers } = store))

const ok = <N extends OperationName>(name: N, input: unknown): Output<N> => expectOk(handlers, name, input)

const templateId = (key: string): number =>
  db.prepare('SELECT id FROM programs WHERE builtin_key = ?').pluck().get(key) as number
const exerciseId = (key: string): number =>
  db.prepare('SELECT id FROM exercises WHERE builtin_key = ?').pluck().get(key) as number
const names = (program: Program, workout = 0): string[] =>
  program.workouts[workout]?.prescriptions.map((p) => p.exerciseName) ?? []

function clientProgram(status: 'draft' | 'active' = 'active'): { clientId: number; program: Program } {
  const client = ok('clients.create', { name: 'Zoë Łukasz-Ørsted' })
  const program = ok('programs.create', {
    clientId: client.id,
    fromProgramId: templateId('runner-lower-body'),
    name: 'Spring block',
    status,
    startDate: '2026-12-01',
    weeks: 8
  })
  return { clientId: client.id, program }
}

describe('programs', () => {
  it('copies a template deeply: the copy remembers its source and edits never cross over', () => {
    const { program } = clientProgram()
    expect(program.sourceName).toBe('Runner lower body')
    expect(names(program)).toEqual([
      'Barbell back squat',
      'Dumbbell forward lunge',
      'Dumbbell single-leg Romanian deadlift',
      'Barbell glute bridge',
      'Calf raise',
      'Side-lying leg lift'
    ])
    const squat = program.workouts[0]?.prescriptions[0]
    ok('prescriptions.update', { id: squat?.id, patch: { setsMin: 4, setsMax: 4, repsMin: 6, repsMax: 8 } })
    ok('prescriptions.delete', { id: program.workouts[0]?.prescriptions[5]?.id })
    const template = ok('programs.get', { id: templateId('runner-lower-body') })
    expect(template.workouts[0]?.prescriptions[0]).toMatchObject({ setsMin: 3, repsMin: 8, repsMax: 12 })
    expect(template.workouts[0]?.prescriptions).toHaveLength(6)

    ok('prescriptions.update', {
      id: template.workouts[0]?.prescriptions[1]?.id,
      patch: { notes: 'Template note' }
    })
    expect(ok('programs.get', { id: program.id }).workouts[0]?.prescriptions[1]?.notes).toBe('')
  })

  it('keeps one active program per client', () => {
    const { clientId, program } = clientProgram()
    const second = ok('programs.create', {
      clientId,
      fromProgramId: null,
      name: 'Winter block',
      status: 'active'
    })
    const list = ok('programs.listForClient', { clientId })
    expect(list.map((p) => [p.name, p.status])).toEqual([
      ['Winter block', 'active'],
      ['Spring block', 'completed']
    ])
    ok('programs.update', { id: program.id, patch: { status: 'active' } })
    expect(ok('programs.get', { id: second.id }).status).toBe('completed')
  })

  it('reorders, duplicates, renames and deletes workouts', () => {
    const { program } = clientProgram()
    const upper = ok('workouts.add', { programId: program.id, name: 'Upper body' })
    ok('prescriptions.add', { workoutId: upper.id, exerciseId: exerciseId('push-up') })
    const copy = ok('workouts.duplicate', { id: program.workouts[0]?.id })
    expect(copy.name).toBe('Lower body (copy)')
    expect(copy.prescriptions).toHaveLength(6)
    ok('workouts.update', { id: copy.id, name: 'Lower body B' })
    const reordered = ok('workouts.move', { id: upper.id, position: 0 })
    expect(reordered.workouts.map((w) => w.name)).toEqual(['Upper body', 'Lower body', 'Lower body B'])
    ok('workouts.delete', { id: copy.id })
    expect(ok('programs.get', { id: program.id }).workouts.map((w) => [w.name, w.position])).toEqual([
      ['Upper body', 0],
      ['Lower body', 1]
    ])
  })

  it('moves, swaps, supersets, removes and restores prescriptions', () => {
    const { program } = clientProgram()
    const [squat, lunge, , , calf] = program.workouts[0]?.prescriptions ?? []
    const moved = ok('prescriptions.move', { id: lunge?.id, position: 0 })
    expect(moved.prescriptions.slice(0, 2).map((p) => p.exerciseName)).toEqual([
      'Dumbbell forward lunge',
      'Barbell back squat'
    ])

    const swapped = ok('prescriptions.swap', {
      id: squat?.id,
      exerciseId: exerciseId('barbell-glute-bridge')
    })
    expect(swapped).toMatchObject({
      exerciseName: 'Barbell glute bridge',
      setsMin: 3,
      repsMin: 8,
      repsMax: 12,
      restMinS: 30
    })

    ok('prescriptions.move', { id: calf?.id, position: 1 })
    const linked = ok('prescriptions.linkSuperset', { id: calf?.id, linked: true })
    expect(orderLabels(linked.prescriptions).slice(0, 3)).toEqual(['A1', 'A2', 'B1'])
    expect(linked.prescriptions.slice(0, 2).map((p) => p.exerciseName)).toEqual([
      'Dumbbell forward lunge',
      'Calf raise'
    ])

    const removed = ok('prescriptions.delete', { id: calf?.id })
    expect(ok('programs.get', { id: program.id }).workouts[0]?.prescriptions).toHaveLength(5)
    const { id: _id, exerciseName: _n, exerciseCautions: _c, exerciseCategory: _k, ...snapshot } = removed
    ok('prescriptions.restore', snapshot)
    const restored = ok('programs.get', { id: program.id }).workouts[0]?.prescriptions ?? []
    expect(restored[1]).toMatchObject({ exerciseName: 'Calf raise', supersetGroup: removed.supersetGroup })
    expect(restored.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('adds exercises with the general guideline and holds for time', () => {
    const { program } = clientProgram()
    const plank = ok('prescriptions.add', {
      workoutId: program.workouts[0]?.id,
      exerciseId: exerciseId('plank'),
      body: { repsMin: null, repsMax: null, holdMinS: 30, holdMaxS: 45, load: { kind: 'bodyweight' } }
    })
    // The workout's own rest (the runner template's 30–60 s), not a generic 60–90 s.
    expect(plank).toMatchObject({
      setsMin: 3,
      holdMinS: 30,
      holdMaxS: 45,
      restMinS: 30,
      restMaxS: 60,
      position: 6
    })
    ok('prescriptions.update', { id: plank.id, patch: { restMinS: 90, restMaxS: 120 } })
    const lunge = ok('prescriptions.add', {
      workoutId: program.workouts[0]?.id,
      exerciseId: exerciseId('walking-lunge')
    })
    expect(lunge).toMatchObject({ perSide: true, restMinS: 90, restMaxS: 120 })
    const empty = ok('workouts.add', { programId: program.id, name: 'Mobility' })
    const first = ok('prescriptions.add', { workoutId: empty.id, exerciseId: exerciseId('bird-dog') })
    expect(first).toMatchObject({ restMinS: 30, restMaxS: 60 })
  })

  it('saves a client program as a template and restores a built-in template', () => {
    const { program } = clientProgram()
    ok('prescriptions.delete', { id: program.workouts[0]?.prescriptions[0]?.id })
    const template = ok('programs.saveAsTemplate', { id: program.id, name: 'Zoë’s lower body' })
    expect(template).toMatchObject({ clientId: null, status: 'draft', sourceProgramId: program.id })
    expect(ok('templates.list', {}).map((t) => t.name)).toContain('Zoë’s lower body')

    const builtin = templateId('runner-lower-body')
    ok('prescriptions.delete', { id: ok('programs.get', { id: builtin }).workouts[0]?.prescriptions[0]?.id })
    ok('programs.update', { id: builtin, patch: { name: 'Mangled' } })
    const restored = ok('templates.restoreBuiltin', { id: builtin })
    expect(restored.name).toBe('Runner lower body')
    expect(names(restored)[0]).toBe('Barbell back squat')
    expect(dispatch(handlers, 'templates.restoreBuiltin', { id: template.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
  })

  it('records a client’s 1RM per exercise', () => {
    const { clientId } = clientProgram()
    ok('maxes.set', { clientId, exerciseId: exerciseId('barbell-back-squat'), kg: 100, setOn: '2026-11-20' })
    ok('maxes.set', {
      clientId,
      exerciseId: exerciseId('barbell-back-squat'),
      kg: 102.5,
      setOn: '2026-11-24'
    })
    expect(ok('maxes.list', { clientId })).toEqual([
      { exerciseId: exerciseId('barbell-back-squat'), kind: '1rm', kg: 102.5, setOn: '2026-11-24' }
    ])
  })

  it('rejects bad input naming the field, and writes nothing', () => {
    const { clientId, program } = clientProgram()
    const workoutId = program.workouts[0]?.id
    const squat = program.workouts[0]?.prescriptions[0]?.id
    const squatId = exerciseId('barbell-back-squat')
    const snapshot = (): string =>
      ['programs', 'workouts', 'prescriptions', 'client_maxes']
        .map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()))
        .join()
    const before = snapshot()
    const cases: Array<[OperationName, unknown, string]> = [
      ['programs.create', { clientId, name: '', fromProgramId: null }, 'name'],
      ['programs.create', { clientId, name: 'X', weeks: 0 }, 'weeks'],
      ['programs.create', { clientId: 999, name: 'X' }, 'clientId'],
      ['programs.create', { clientId: null, name: 'X', status: 'active' }, 'status'],
      ['programs.update', { id: program.id, patch: { status: 'paused' } }, 'patch.status'],
      ['programs.update', { id: program.id, patch: { startDate: '2026-13-01' } }, 'patch.startDate'],
      ['programs.saveAsTemplate', { id: program.id, name: ' ' }, 'name'],
      ['programs.delete', { id: 0 }, 'id'],
      ['templates.restoreBuiltin', { id: 'x' }, 'id'],
      ['workouts.add', { programId: program.id, name: '' }, 'name'],
      ['workouts.update', { id: workoutId, name: '' }, 'name'],
      ['workouts.move', { id: workoutId, position: -1 }, 'position'],
      ['workouts.duplicate', { id: 999 }, 'id'],
      ['workouts.delete', { id: null }, 'id'],
      ['prescriptions.add', { workoutId, exerciseId: 999 }, 'exerciseId'],
      [
        'prescriptions.add',
        { workoutId, exerciseId: squatId, body: { setsMin: 4, setsMax: 2 } },
        'body.setsMax'
      ],
      ['prescriptions.update', { id: squat, patch: { repsMin: 12, repsMax: 8 } }, 'patch.repsMax'],
      [
        'prescriptions.update',
        { id: squat, patch: { load: { kind: 'percent1rm', value: -5 } } },
        'patch.load.value'
      ],
      ['prescriptions.update', { id: squat, patch: { tempo: 'slow' } }, 'patch.tempo'],
      ['prescriptions.update', { id: squat, patch: { repsMin: null, repsMax: null } }, 'patch.repsMin'],
      ['prescriptions.update', { id: squat, patch: { restMinS: 90, restMaxS: 30 } }, 'patch.restMaxS'],
      ['prescriptions.move', { id: squat, position: 1.5 }, 'position'],
      ['prescriptions.swap', { id: squat, exerciseId: 999 }, 'exerciseId'],
      ['prescriptions.delete', { id: -3 }, 'id'],
      ['prescriptions.linkSuperset', { id: squat, linked: true }, 'id'],
      ['maxes.set', { clientId, exerciseId: squatId, kg: 0, setOn: '2026-11-24' }, 'kg'],
      ['maxes.set', { clientId, exerciseId: squatId, kg: 100, setOn: 'today' }, 'setOn'],
      ['maxes.delete', { clientId, exerciseId: squatId }, 'exerciseId']
    ]
    for (const [name, input, field] of cases) {
      const result = dispatch(handlers, name, input)
      expect(result.ok, `${name} ${JSON.stringify(input)}`).toBe(false)
      if (!result.ok) expect(result.error.field, `${name} ${JSON.stringify(input)}`).toBe(field)
    }
    expect(snapshot()).toBe(before)
  })
})
