import { describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import type { OperationName, Output } from '@shared/contract'
import type { Handlers } from '.'
import { expectOk, useTestStore } from '../../../test/support/test-store'

const now = '2026-11-24T10:00:00.000Z'

let db: Database
let handlers: Handlers

useTestStore(now, (store) => ({ db, handlers } = store))

const ok = <N extends OperationName>(name: N, input: unknown): Output<N> => expectOk(handlers, name, input)

/** A client racing a marathon on `raceDate`, with an active 8-week program started 5 Oct 2026. */
function racer(raceDate: string) {
  const client = ok('clients.create', { name: 'Σοφία', nextRaceDate: raceDate, nextRaceDistanceM: 42_195 })
  const template = db.prepare("SELECT id FROM programs WHERE builtin_key = 'runner-lower-body'").pluck().get()
  const program = ok('programs.create', {
    clientId: client.id,
    fromProgramId: template,
    name: 'Marathon block',
    status: 'active',
    startDate: '2026-10-05',
    weeks: 8
  })
  const squat = program.workouts[0]?.prescriptions[0]
  if (!squat) throw new Error('no squat')
  return { clientId: client.id, squat }
}

/** Logs every set of the squat at the top of its range at 60 kg: a clear case for an increase. */
function logTopSets(
  clientId: number,
  squat: { id: number; exerciseId: number; workoutId: number },
  date: string,
  kg = 60
) {
  const session = Number(
    db
      .prepare('INSERT INTO sessions (client_id, date, workout_id, created_at) VALUES (?, ?, ?, ?)')
      .run(clientId, date, squat.workoutId, now).lastInsertRowid
  )
  const insert = db.prepare(
    'INSERT INTO set_logs (session_id, exercise_id, prescription_id, set_number, reps, load_kg, rpe, warmup) VALUES (?, ?, ?, ?, 12, ?, 7, 0)'
  )
  for (let set = 1; set <= 3; set++) insert.run(session, squat.exerciseId, squat.id, set, kg)
}

describe('the taper holds loads', () => {
  it('suggests no increase in a taper week, and does again outside it', () => {
    // Race on Sunday 29 Nov 2026: today (Tue 24 Nov) is in program week 8, race week: taper.
    const tapering = racer('2026-11-29')
    logTopSets(tapering.clientId, tapering.squat, '2026-11-23')
    expect(ok('suggestions.list', { clientId: tapering.clientId })).toEqual([])

    // The same logs with the race months away: the increase comes back.
    const building = racer('2027-04-25')
    logTopSets(building.clientId, building.squat, '2026-11-23')
    expect(ok('suggestions.list', { clientId: building.clientId }).map((s) => s.kind)).toEqual(['increase'])
  })

  it('estimates maxes as of a day, so the taper’s prefill uses the loads from before it', () => {
    const { clientId, squat } = racer('2026-11-29')
    logTopSets(clientId, squat, '2026-11-02', 60)
    logTopSets(clientId, squat, '2026-11-23', 70)
    const latest = ok('maxes.estimated', { clientId })
    const held = ok('maxes.estimated', { clientId, asOf: '2026-11-16' })
    expect(latest[0]?.kg).toBeGreaterThan(held[0]?.kg ?? Infinity)
    expect(held).toEqual([{ exerciseId: squat.exerciseId, kg: 84, date: '2026-11-02' }])
  })
})
