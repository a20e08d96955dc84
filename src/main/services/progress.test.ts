import { beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import type { OperationName, Output } from '@shared/contract'
import { addDays, dayToIso } from '@shared/dates'
import { bestE1rm } from '@shared/training/e1rm'
import { personalRecords } from '@shared/training/records'
import { setVolumeKg } from '@shared/training/volume'
import { generateDemo } from '../demo/generate-demo'
import { dispatch } from '../dispatch'
import { createHandlers, type Handlers } from '.'
import { expectOk, useTestStore } from '../../../test/support/test-store'

const now = '2026-11-24T10:00:00.000Z'
const today = '2026-11-24'

let db: Database
let handlers: Handlers

useTestStore(now, (store) => ({ db, handlers } = store))

const ok = <N extends OperationName>(name: N, input: unknown): Output<N> => expectOk(handlers, name, input)

const all = <T>(sql: string, ...params: unknown[]): T[] => db.prepare(sql).all(...params) as T[]
const one = <T = number>(sql: string, ...params: unknown[]): T =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as T

/** An e1RM line's columns as one object per point, its day as a date. */
function pointsOf(line: Output<'progress.charts'>['e1rm'][number]) {
  const { days, kgs, sessionIds, records } = line.points
  return days.map((day, i) => ({
    date: dayToIso(day),
    kg: kgs[i],
    sessionId: sessionIds[i],
    record: records[i]
  }))
}

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
  const squat = program.workouts[0]?.prescriptions[0]
  if (!squat) throw new Error('no squat')
  return { clientId: client.id, program, squat }
}

/** Logs a session with sets of [reps, kg, rpe] against a prescription, plus a warm-up set. */
function logSession(
  clientId: number,
  date: string,
  prescription: { id: number; exerciseId: number; workoutId: number },
  sets: Array<[number, number, number | null]>
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

const tables = [
  'clients',
  'programs',
  'workouts',
  'prescriptions',
  'sessions',
  'set_logs',
  'run_logs',
  'measurements',
  'suggestion_decisions',
  'settings'
]
const snapshot = (): Record<string, unknown[]> =>
  Object.fromEntries(tables.map((t) => [t, all(`SELECT * FROM ${t} ORDER BY 1`)]))

// Demo practices with months or years of logs: slow on a busy machine.
describe('progress charts from demo logs', { timeout: 60_000 }, () => {
  beforeEach(() => {
    generateDemo(db, { clients: 4, today, weeksOfLogs: 30 }, now)
  }, 60_000)
  const demoClient = (): number =>
    one(`SELECT client_id FROM sessions GROUP BY client_id ORDER BY count(*) DESC LIMIT 1`)

  it('computes e1RM per session in SQL exactly as the shared Epley rule does', () => {
    const clientId = demoClient()
    const charts = ok('progress.charts', { clientId })
    expect(charts.to).toBe(today)
    expect(charts.e1rm.length).toBeGreaterThan(0)
    const line = charts.e1rm[0]
    if (!line) throw new Error('no line')
    for (const point of pointsOf(line)) {
      const sets = all<{ reps: number | null; loadKg: number | null; warmup: number }>(
        'SELECT reps, load_kg AS loadKg, warmup FROM set_logs WHERE session_id = ? AND exercise_id = ?',
        point.sessionId,
        line.exerciseId
      ).map((s) => ({ ...s, warmup: s.warmup === 1 }))
      expect(point.kg).toBeCloseTo(bestE1rm(sets) as number, 1)
    }
    // Series come oldest first, and the most-logged exercise first.
    const dates = pointsOf(line).map((p) => p.date)
    expect([...dates].sort()).toEqual(dates)
    expect(line.sessions).toBeGreaterThanOrEqual(charts.e1rm[1]?.sessions ?? 0)
  })

  it('sums weekly volume in SQL as load × reps of work sets, the same total by category and by muscle', () => {
    const clientId = demoClient()
    const charts = ok('progress.charts', { clientId, from: '2026-10-01', to: today })
    const expected = all<{ reps: number | null; loadKg: number | null; warmup: number }>(
      `SELECT l.reps, l.load_kg AS loadKg, l.warmup FROM set_logs l JOIN sessions s ON s.id = l.session_id
       WHERE s.client_id = ? AND s.date BETWEEN '2026-10-01' AND ?`,
      clientId,
      today
    ).reduce((sum, s) => sum + setVolumeKg({ ...s, warmup: s.warmup === 1 }), 0)
    const total = (rows: typeof charts.volumeByCategory.rows): number =>
      rows.reduce((sum, r) => sum + Object.values(r.values).reduce((a, b) => a + b, 0), 0)
    // 1 Oct 2026 is a Thursday: its week starts Monday 28 Sep.
    expect(charts.volumeByCategory.rows[0]?.week).toBe('2026-09-28')
    expect(total(charts.volumeByCategory.rows)).toBeCloseTo(expected, -1)
    expect(total(charts.volumeByMuscle.rows)).toBeCloseTo(expected, -1)
    expect(charts.volumeByCategory.keys).toContain('lower')
  })

  it('charts body weight, weekly running and easy pace, and adherence against the week plan', () => {
    const clientId = demoClient()
    const charts = ok('progress.charts', { clientId, from: '2026-09-01', to: '2026-11-30' })
    expect(charts.bodyWeight.length).toBeGreaterThan(5)
    expect(charts.bodyWeight.every((p) => p.date >= '2026-09-01')).toBe(true)
    const run = all<{ distance: number; easyDistance: number; easyTime: number }>(
      `SELECT sum(distance_m) AS distance,
         total(CASE WHEN kind = 'easy' AND distance_m > 0 THEN distance_m END) AS easyDistance,
         total(CASE WHEN kind = 'easy' AND distance_m > 0 THEN duration_s END) AS easyTime
       FROM run_logs WHERE client_id = ? AND date BETWEEN '2026-11-16' AND '2026-11-22'`,
      clientId
    )[0]
    const week = charts.running.find((r) => r.week === '2026-11-16')
    expect(week?.distanceM).toBeCloseTo(run?.distance ?? 0, 6)
    expect(week?.easyDurationS).toBe(run?.easyTime)
    expect(charts.running.at(-1)?.week).toBe('2026-11-30')
    const planned = one('SELECT count(*) FROM week_plan_workouts WHERE client_id = ?', clientId)
    expect(charts.adherence.plannedPerWeek).toBe(planned)
    const done = one(
      "SELECT count(*) FROM sessions WHERE client_id = ? AND date BETWEEN '2026-11-16' AND '2026-11-22'",
      clientId
    )
    expect(charts.adherence.weeks.find((w) => w.week === '2026-11-16')).toEqual({
      week: '2026-11-16',
      planned,
      done
    })
    // The adherence weeks stop at today even when the range runs past it.
    expect(charts.adherence.weeks.at(-1)?.week).toBe('2026-11-23')
  })

  it('lists records per exercise with the sessions that set them, matching the shared rules', () => {
    const clientId = demoClient()
    const { records, recordSessionIds } = ok('progress.records', { clientId })
    const squat = records.find((r) => r.exerciseName === 'Barbell back squat')
    expect(squat).toBeDefined()
    const rows = all<{ sessionId: number; date: string; reps: number; loadKg: number }>(
      `SELECT s.id AS sessionId, s.date, l.reps, l.load_kg AS loadKg FROM set_logs l JOIN sessions s ON s.id = l.session_id
       WHERE s.client_id = ? AND l.exercise_id = ? AND l.warmup = 0`,
      clientId,
      squat?.exerciseId
    )
    const heaviest = Math.max(...rows.map((r) => r.loadKg))
    const first = rows.filter((r) => r.loadKg === heaviest).sort((a, b) => a.date.localeCompare(b.date))[0]
    expect(squat?.heaviest).toEqual({ value: heaviest, date: first?.date, sessionId: first?.sessionId })
    const expected = personalRecords(
      [...new Set(rows.map((r) => r.sessionId))].map((sessionId) => {
        const sets = rows.filter((r) => r.sessionId === sessionId)
        const top = [...sets].sort((a, b) => b.reps - a.reps || b.loadKg - a.loadKg)[0]
        return {
          sessionId,
          date: sets[0]?.date ?? '',
          exerciseId: squat?.exerciseId ?? 0,
          topKg: Math.max(...sets.map((s) => s.loadKg)),
          e1rmKg: bestE1rm(sets.map((s) => ({ ...s, warmup: false }))),
          topReps: top?.reps ?? null,
          topRepsKg: top?.loadKg ?? null
        }
      })
    )[0]
    expect(squat?.mostReps).toEqual(expected?.mostReps)
    expect(squat?.bestE1rm?.sessionId).toBe(expected?.bestE1rm?.sessionId)
    expect(recordSessionIds).toContain(squat?.bestE1rm?.sessionId)
  })

  it('gives estimated maxes for the builder', () => {
    const clientId = demoClient()
    const maxes = ok('maxes.estimated', { clientId })
    expect(maxes.length).toBeGreaterThan(0)
    for (const max of maxes) {
      expect(max.kg).toBeGreaterThan(0)
      expect(max.date <= today).toBe(true)
    }
  })
})

describe('records and weeks from a few sessions', () => {
  it('keeps fractional loads and bodyweight reps, and counts weeks from the chosen week start', () => {
    const { clientId, squat } = clientWithProgram()
    const first = logSession(clientId, '2026-11-14', squat, [
      [10, 62.3, null],
      [10, 62.25, null],
      [0, 200, null]
    ])
    const second = logSession(clientId, '2026-11-15', squat, [[3, 80, null]])
    const other = one('SELECT id FROM exercises WHERE id <> ? ORDER BY id LIMIT 1', squat.exerciseId)
    db.prepare(
      `INSERT INTO set_logs (session_id, exercise_id, set_number, reps, load_kg, warmup)
       VALUES (?, ?, 1, 15, NULL, 0)`
    ).run(second, other)
    const { records } = ok('progress.records', { clientId })
    const squatRecords = records.find((r) => r.exerciseId === squat.exerciseId)
    expect(squatRecords).toMatchObject({
      heaviest: { value: 200, sessionId: first },
      bestE1rm: { value: 88, sessionId: second },
      mostReps: { value: { reps: 10, kg: 62.3 }, sessionId: first }
    })
    expect(records.find((r) => r.exerciseId === other)).toMatchObject({
      heaviest: null,
      bestE1rm: null,
      mostReps: { value: { reps: 15, kg: null }, sessionId: second }
    })
    // Saturday 14 and Sunday 15 November: one Monday week, two Sunday weeks.
    const monday = ok('progress.charts', { clientId })
    expect(monday.adherence.weeks.map((w) => [w.week, w.done])).toEqual([
      ['2026-11-09', 2],
      ['2026-11-16', 0],
      ['2026-11-23', 0]
    ])
    expect(monday.volumeByCategory.rows[0]?.values.lower).toBeCloseTo(623 + 622.5 + 240, 6)
    ok('settings.update', { weekStart: 'sunday' })
    const sunday = ok('progress.charts', { clientId })
    expect(sunday.adherence.weeks.map((w) => [w.week, w.done])).toEqual([
      ['2026-11-08', 1],
      ['2026-11-15', 1],
      ['2026-11-22', 0]
    ])
    expect(sunday.volumeByCategory.rows.map((r) => r.values.lower)).toEqual([1245.5, 240, 0])
  })
})

describe('estimated 1RM of a single', () => {
  it('takes the load of a single as its 1RM, in SQL as in the shared rule', () => {
    const { clientId, squat } = clientWithProgram()
    const session = logSession(clientId, '2026-11-20', squat, [
      [1, 100, 9.5],
      [5, 80, 8]
    ])
    const charts = ok('progress.charts', { clientId })
    const line = charts.e1rm.find((l) => l.exerciseId === squat.exerciseId)
    expect(line && pointsOf(line)).toEqual([
      { date: '2026-11-20', kg: 100, sessionId: session, record: true }
    ])
    expect(ok('maxes.estimated', { clientId })).toEqual([
      { exerciseId: squat.exerciseId, kg: 100, date: '2026-11-20' }
    ])
  })
})

describe('progress with years of logs', { timeout: 60_000 }, () => {
  it('downsamples long lines to at most 300 points, keeping record sessions', () => {
    generateDemo(db, { clients: 1, today, weeksOfLogs: 260, setsPerClient: 40_000 }, now)
    const clientId = one<number>('SELECT id FROM clients LIMIT 1')
    const charts = ok('progress.charts', { clientId })
    const { records } = ok('progress.records', { clientId })
    const longest = charts.e1rm[0]
    expect(longest?.sessions).toBeGreaterThan(300)
    for (const line of charts.e1rm) {
      const points = pointsOf(line)
      expect(points.length).toBeLessThanOrEqual(300)
      const record = records.find((r) => r.exerciseId === line.exerciseId)
      // The session of the best estimate is always kept, and marked.
      const best = points.find((p) => p.sessionId === record?.bestE1rm?.sessionId)
      expect(best?.record).toBe(true)
    }
    expect(longest && pointsOf(longest).some((p) => p.record)).toBe(true)
    expect(charts.bodyWeight.length).toBeLessThanOrEqual(300)
    expect(charts.running.length).toBeLessThanOrEqual(300)
  })
})

describe('adherence against the week plan as it stood each week', () => {
  it('keeps the past weeks’ plan when the plan changes today', () => {
    const { clientId, program, squat } = clientWithProgram()
    const workoutId = program.workouts[0]?.id as number
    const day = (weekday: number) => ({ weekday, runKind: 'easy', distanceM: 6000, workoutIds: [workoutId] })
    // Planned on Sunday 20 Sep, before anything was logged: Monday, Wednesday and Friday.
    const then = createHandlers(db, { now: () => '2026-09-20T18:00:00.000Z' })
    expectOk(then, 'weekPlan.replace', { clientId, days: [0, 2, 4].map(day) })
    // Eight weeks logged as planned, from Monday 28 Sep, and this Monday (today is Tuesday 24 Nov).
    for (let week = 0; week < 8; week++) {
      for (const offset of [0, 2, 4]) {
        logSession(clientId, addDays('2026-09-28', week * 7 + offset), squat, [[8, 60, 7]])
      }
    }
    logSession(clientId, '2026-11-23', squat, [[8, 60, 7]])
    const before = ok('progress.charts', { clientId, from: null, to: null })
    expect(before.adherence.rate).toBeCloseTo(25 / 25, 6)

    // Today the trainer makes it six strength days, Monday to Saturday.
    ok('weekPlan.replace', { clientId, days: [0, 1, 2, 3, 4, 5].map(day) })
    const charts = ok('progress.charts', { clientId, from: null, to: null })
    expect(charts.adherence.weeks.map((w) => [w.week, w.planned, w.done])).toEqual([
      ['2026-09-28', 3, 3],
      ['2026-10-05', 3, 3],
      ['2026-10-12', 3, 3],
      ['2026-10-19', 3, 3],
      ['2026-10-26', 3, 3],
      ['2026-11-02', 3, 3],
      ['2026-11-09', 3, 3],
      ['2026-11-16', 3, 3],
      // This week asks for six from today: Monday and Tuesday are due so far.
      ['2026-11-23', 2, 1]
    ])
    expect(charts.adherence.plannedPerWeek).toBe(6)
    expect(charts.adherence.rate).toBeCloseTo(25 / 26, 6)
    expect(all('SELECT from_date, weekdays FROM week_plan_history WHERE client_id = ?', clientId)).toEqual([
      { from_date: '2026-09-20', weekdays: '[0,2,4]' },
      { from_date: '2026-11-24', weekdays: '[0,1,2,3,4,5]' }
    ])
  })

  it('charts no rate for a client who never had a plan', () => {
    const { clientId, squat } = clientWithProgram()
    logSession(clientId, '2026-11-16', squat, [[8, 60, 7]])
    const charts = ok('progress.charts', { clientId, from: null, to: null })
    expect(charts.adherence.weeks.map((w) => [w.week, w.planned, w.done])).toEqual([
      ['2026-11-16', 0, 1],
      ['2026-11-23', 0, 0]
    ])
    expect(charts.adherence.rate).toBeNull()
    expect(charts.adherence.plannedPerWeek).toBe(0)
  })
})

describe('validation', () => {
  it('rejects bad input with a field and writes nothing', () => {
    const { clientId, squat } = clientWithProgram()
    logSession(clientId, '2026-11-24', squat, [[12, 60, 7]])
    const before = snapshot()
    const cases: Array<[OperationName, unknown, string, string]> = [
      ['progress.charts', { clientId: 0 }, 'validation', 'clientId'],
      ['progress.charts', { clientId, from: '2026-02-30' }, 'validation', 'from'],
      ['progress.charts', { clientId, from: '2026-11-24', to: '2026-01-01' }, 'validation', 'to'],
      ['progress.charts', { clientId: 999 }, 'not_found', 'clientId'],
      ['progress.records', { clientId: 'x' }, 'validation', 'clientId'],
      ['maxes.estimated', {}, 'validation', 'clientId']
    ]
    for (const [name, input, code, field] of cases) {
      const result = dispatch(handlers, name, input)
      expect(result, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code, field } })
    }
    expect(snapshot()).toEqual(before)
  })
})
