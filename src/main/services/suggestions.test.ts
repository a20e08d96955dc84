import { describe, expect, it } from 'vitest'
import { numberCloseTo } from '../../../test/support/matchers'
import type { Database } from 'better-sqlite3'
import type { OperationName, Output } from '@shared/contract'
import { generateDemo } from '../demo/generate-demo'
import { dispatch } from '../dispatch'
import type { Handlers } from '.'
import { expectOk, useTestStore } from '../../../test/support/test-store'

const now = '2026-11-24T10:00:00.000Z'

let db: Database
let handlers: Handlers

useTestStore(now, (store) => ({ db, handlers } = store))

const ok = <N extends OperationName>(name: N, input: unknown): Output<N> => expectOk(handlers, name, input)
const one = <T = number>(sql: string, ...params: unknown[]): T =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as T
const exerciseId = (key: string): number => one('SELECT id FROM exercises WHERE builtin_key = ?', key)

type Prescription = Output<'programs.get'>['workouts'][number]['prescriptions'][number]

/** A client on the runner lower-body template, active, with nothing logged yet. */
function clientWithProgram(name = 'Zoë Łukasz-Ørsted') {
  const client = ok('clients.create', { name })
  const template = one('SELECT id FROM programs WHERE builtin_key = ?', 'runner-lower-body')
  const program = ok('programs.create', {
    clientId: client.id,
    fromProgramId: template,
    name: 'Spring block',
    status: 'active',
    startDate: '2026-09-01',
    weeks: 16
  })
  const workout = program.workouts[0]
  const byName = (exercise: string): Prescription => {
    const found = workout?.prescriptions.find((p) => p.exerciseName === exercise)
    if (!found) throw new Error(`no ${exercise}`)
    return found
  }
  return { clientId: client.id, program, squat: byName('Barbell back squat'), byName }
}

/** Logs a session with work sets of [reps, kg, rpe] against a prescription, after a warm-up set. */
function logSession(
  clientId: number,
  date: string,
  prescription: { id: number; exerciseId: number; workoutId: number },
  sets: Array<[number, number | null, number | null]>
): number {
  const sessionId = Number(
    db
      .prepare('INSERT INTO sessions (client_id, date, workout_id, created_at) VALUES (?, ?, ?, ?)')
      .run(clientId, date, prescription.workoutId, now).lastInsertRowid
  )
  const insert = db.prepare(
    `INSERT INTO set_logs (session_id, exercise_id, prescription_id, set_number, reps, load_kg, rpe, warmup)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  )
  insert.run(sessionId, prescription.exerciseId, prescription.id, 1, 12, 200, null, 1)
  sets.forEach(([reps, kg, rpe], i) =>
    insert.run(sessionId, prescription.exerciseId, prescription.id, i + 2, reps, kg, rpe, 0)
  )
  return sessionId
}
const three = (
  reps: number,
  kg: number | null,
  rpe: number | null = 7
): Array<[number, number | null, number | null]> => [
  [reps, kg, rpe],
  [reps, kg, rpe],
  [reps, kg, rpe]
]

describe('progression suggestions', () => {
  it('suggests the next load, then forgets it once dismissed until a newer session', () => {
    const { clientId, squat } = clientWithProgram()
    expect(ok('suggestions.list', { clientId })).toEqual([])
    const first = logSession(clientId, '2026-11-17', squat, three(12, 60))
    expect(ok('suggestions.list', { clientId })).toEqual([
      {
        prescriptionId: squat.id,
        exerciseId: squat.exerciseId,
        exerciseName: 'Barbell back squat',
        workoutName: 'Lower body',
        kind: 'increase',
        change: { kind: 'load', loadKg: 65 },
        currentKg: 60,
        rule: 'Barbell, lower body: +5 kg, at most +10 %',
        basedOnSessionId: first,
        basedOnDate: '2026-11-17',
        reason: 'All 3 sets reached 12 reps at RPE 7 or less last session (17 Nov): try 65 kg.'
      }
    ])
    expect(ok('suggestions.dismiss', { clientId, prescriptionId: squat.id })).toEqual({ dismissed: true })
    expect(ok('suggestions.list', { clientId })).toEqual([])
    logSession(clientId, '2026-11-24', squat, three(12, 60, 6.5))
    expect(ok('suggestions.list', { clientId }).map((s) => s.basedOnDate)).toEqual(['2026-11-24'])
  })

  it('needs every prescribed set at the top of the range: one logged set earns nothing', () => {
    const { clientId, squat } = clientWithProgram()
    logSession(clientId, '2026-11-24', squat, [[12, 60, 7]])
    expect(ok('suggestions.list', { clientId })).toEqual([])
  })

  it('steps a dumbbell exercise to the next dumbbell, never more than 10 %, in the Settings steps', () => {
    const { clientId, byName } = clientWithProgram()
    const lunge = byName('Dumbbell forward lunge')
    logSession(clientId, '2026-11-24', lunge, three(12, 10))
    // 12 kg would be +20 %: more reps first.
    expect(ok('suggestions.list', { clientId })).toMatchObject([
      { exerciseName: 'Dumbbell forward lunge', change: { kind: 'reps', repsMin: 10, repsMax: 14 } }
    ])
    ok('settings.update', { dumbbellStepKg: 1 })
    expect(ok('suggestions.list', { clientId })).toMatchObject([
      {
        change: { kind: 'load', loadKg: 11 },
        rule: 'Dumbbells: the next dumbbell up (1 kg apart), at most +10 %'
      }
    ])
  })

  it('moves bodyweight work to a harder alternative the client can do, or adds reps', () => {
    const { clientId, byName, program } = clientWithProgram()
    const calf = byName('Calf raise')
    logSession(clientId, '2026-11-24', calf, three(12, null, null))
    const [first] = ok('suggestions.list', { clientId })
    expect(first).toMatchObject({
      change: { kind: 'exercise', exerciseName: 'Pogo jumps' },
      rule: 'Bodyweight: the library’s harder alternative'
    })
    // A shin injury rules out both harder calf exercises; the workout's own exercises are never offered.
    ok('injuries.add', { clientId, bodyArea: 'shin', note: 'Stress reaction', since: null, resolvedOn: null })
    const [second] = ok('suggestions.list', { clientId })
    expect(second?.change).toEqual({ kind: 'reps', repsMin: 10, repsMax: 14 })
    const accepted = ok('suggestions.accept', { clientId, prescriptionId: calf.id, change: second?.change })
    expect(accepted).toMatchObject({ repsMin: 10, repsMax: 14 })
    expect(ok('suggestions.list', { clientId })).toEqual([])
    expect(
      ok('programs.get', { id: program.id }).workouts[0]?.prescriptions.find((p) => p.id === calf.id)
    ).toMatchObject({ repsMin: 10, repsMax: 14 })
  })

  it('swaps the exercise when a harder alternative is accepted, and judges it on its own sessions', () => {
    const { clientId, byName } = clientWithProgram()
    const calf = byName('Calf raise')
    logSession(clientId, '2026-11-24', calf, three(12, null, null))
    const [suggestion] = ok('suggestions.list', { clientId })
    const swapped = ok('suggestions.accept', {
      clientId,
      prescriptionId: calf.id,
      change: suggestion?.change
    })
    expect(swapped).toMatchObject({ exerciseId: exerciseId('pogo-jumps'), exerciseName: 'Pogo jumps' })
    // The calf raise sessions say nothing about pogo jumps.
    expect(ok('suggestions.list', { clientId })).toEqual([])
  })

  it('changes the load only when accepted, to kg, and does not suggest it again', () => {
    const { clientId, squat, program } = clientWithProgram()
    logSession(clientId, '2026-11-24', squat, three(12, 60))
    expect(ok('programs.get', { id: program.id }).workouts[0]?.prescriptions[0]?.load).toEqual({
      kind: 'rpe',
      value: 7
    })
    const accepted = ok('suggestions.accept', {
      clientId,
      prescriptionId: squat.id,
      change: { kind: 'load', loadKg: 65 }
    })
    expect(accepted.load).toEqual({ kind: 'kg', value: 65 })
    expect(ok('programs.get', { id: program.id }).workouts[0]?.prescriptions[0]?.load).toEqual({
      kind: 'kg',
      value: 65
    })
    expect(ok('suggestions.list', { clientId })).toEqual([])
  })

  it('suggests holding or easing after two sessions in a row below the range, in the trainer’s units', () => {
    const { clientId, squat } = clientWithProgram()
    logSession(clientId, '2026-11-17', squat, [
      [8, 60, 9],
      [7, 60, 9.5]
    ])
    expect(ok('suggestions.list', { clientId })).toEqual([])
    logSession(clientId, '2026-11-24', squat, [
      [7, 60, 9],
      [6, 60, 10]
    ])
    const [easing] = ok('suggestions.list', { clientId })
    expect(easing).toMatchObject({ kind: 'reduce', change: { kind: 'load', loadKg: 52.5 } })
    expect(easing?.reason).toBe(
      'Reps fell below 8 in each of the last two sessions (17 Nov and 24 Nov): hold at 60 kg until every set reaches 8, or drop to 52.5 kg.'
    )
    ok('settings.update', { massUnit: 'lb' })
    const [inPounds] = ok('suggestions.list', { clientId })
    // 60 kg is 132.3 lb; 90 % is 119 lb, down to the 5 lb step: 115 lb.
    expect(inPounds?.change).toEqual({ kind: 'load', loadKg: numberCloseTo(115 * 0.45359237, 6) })
    expect(inPounds?.reason).toContain('or drop to 115 lb.')
  })

  it('uses the prescription’s progression percentage, set in the builder, and says so', () => {
    const { clientId, squat } = clientWithProgram()
    const updated = ok('prescriptions.update', { id: squat.id, patch: { progressionPct: 10 } })
    expect(updated.progressionPct).toBe(10)
    // Any other edit keeps it.
    expect(ok('prescriptions.update', { id: squat.id, patch: { notes: 'Belt on' } }).progressionPct).toBe(10)
    ok('settings.update', { plateStepKg: 1 })
    logSession(clientId, '2026-11-24', squat, three(12, 62))
    expect(ok('suggestions.list', { clientId })[0]).toMatchObject({
      change: { kind: 'load', loadKg: 68 },
      rule: 'Your rule for this exercise: +10 %, on 1 kg steps, at most +10 %'
    })
    ok('prescriptions.update', { id: squat.id, patch: { progressionPct: null } })
    expect(ok('suggestions.list', { clientId })[0]?.change).toEqual({ kind: 'load', loadKg: 67 })
  })
})

describe('the demo practice', { timeout: 60_000 }, () => {
  it('has active clients who earned suggestions, loads among them, each within 10 %', () => {
    generateDemo(db, { clients: 30, today: '2026-11-24' }, now)
    // Thirty clients fit on the list's first page; a row starts with the client's id.
    const clientIds = ok('clients.list', { status: 'active' }).rows.map(([id]) => id)
    const perClient = clientIds.map((clientId) => ok('suggestions.list', { clientId }))
    expect(perClient.filter((list) => list.length > 0).length).toBeGreaterThanOrEqual(5)
    const suggestions = perClient.flat()
    const loads = suggestions.filter((s) => s.change.kind === 'load' && s.kind === 'increase')
    expect(loads.length).toBeGreaterThanOrEqual(5)
    for (const s of loads) {
      const loadKg = s.change.kind === 'load' ? s.change.loadKg : 0
      expect(loadKg, s.reason).toBeGreaterThan(s.currentKg as number)
      expect((loadKg - (s.currentKg as number)) / (s.currentKg as number), s.reason).toBeLessThanOrEqual(
        0.1 + 1e-9
      )
    }
  })
})

describe('validation', () => {
  it('rejects bad input with a field and writes nothing', () => {
    const { clientId, squat } = clientWithProgram()
    logSession(clientId, '2026-11-24', squat, [[12, 60, 7]])
    const other = clientWithProgram('Someone else')
    const tables = ['prescriptions', 'suggestion_decisions', 'settings']
    const snapshot = () => tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all())
    const before = snapshot()
    const load = { kind: 'load', loadKg: 65 }
    const cases: Array<[OperationName, unknown, string, string]> = [
      ['suggestions.list', { clientId: 999 }, 'not_found', 'clientId'],
      [
        'suggestions.accept',
        { clientId, prescriptionId: squat.id, change: { kind: 'load', loadKg: 0 } },
        'validation',
        'change.loadKg'
      ],
      [
        'suggestions.accept',
        { clientId, prescriptionId: squat.id, change: { kind: 'load', loadKg: 5000 } },
        'validation',
        'change.loadKg'
      ],
      ['suggestions.accept', { clientId, prescriptionId: squat.id }, 'validation', 'change'],
      [
        'suggestions.accept',
        { clientId, prescriptionId: squat.id, change: { kind: 'weight', loadKg: 60 } },
        'validation',
        'change.kind'
      ],
      [
        'suggestions.accept',
        { clientId, prescriptionId: squat.id, change: { ...load, extra: 1 } },
        'validation',
        'change.extra'
      ],
      [
        'suggestions.accept',
        { clientId, prescriptionId: squat.id, change: { kind: 'reps', repsMin: 14, repsMax: 10 } },
        'validation',
        'change.repsMax'
      ],
      [
        'suggestions.accept',
        { clientId, prescriptionId: squat.id, change: { kind: 'reps', repsMin: 10, repsMax: 999 } },
        'validation',
        'change.repsMax'
      ],
      [
        'suggestions.accept',
        { clientId, prescriptionId: squat.id, change: { kind: 'hold', holdMinS: 30, holdMaxS: 40 } },
        'validation',
        'change.holdMinS'
      ],
      [
        'suggestions.accept',
        {
          clientId,
          prescriptionId: squat.id,
          change: { kind: 'exercise', exerciseId: 99999, exerciseName: 'x' }
        },
        'not_found',
        'change.exerciseId'
      ],
      [
        'suggestions.accept',
        { clientId, prescriptionId: other.squat.id, change: load },
        'not_found',
        'prescriptionId'
      ],
      [
        'suggestions.accept',
        { clientId: 999, prescriptionId: squat.id, change: load },
        'not_found',
        'clientId'
      ],
      ['suggestions.dismiss', { clientId, prescriptionId: -1 }, 'validation', 'prescriptionId'],
      [
        'suggestions.dismiss',
        { clientId: other.clientId, prescriptionId: other.squat.id },
        'conflict',
        'prescriptionId'
      ],
      ['suggestions.dismiss', { clientId, prescriptionId: other.squat.id }, 'not_found', 'prescriptionId'],
      [
        'prescriptions.update',
        { id: squat.id, patch: { progressionPct: 25 } },
        'validation',
        'patch.progressionPct'
      ],
      [
        'prescriptions.update',
        { id: squat.id, patch: { progressionPct: 0 } },
        'validation',
        'patch.progressionPct'
      ],
      ['settings.update', { dumbbellStepKg: 2.5 }, 'validation', 'dumbbellStepKg'],
      ['settings.update', { kettlebellStepLb: 4 }, 'validation', 'kettlebellStepLb'],
      ['settings.update', { machineStepKg: 0 }, 'validation', 'machineStepKg']
    ]
    for (const [name, input, code, field] of cases) {
      const result = dispatch(handlers, name, input)
      expect(result, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code, field } })
    }
    expect(snapshot()).toEqual(before)
  })
})
