import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { daysBetween } from '@shared/dates'
import { foldText } from '@shared/fold-text'
import { openTestDatabase } from '../../../test/support/test-db'
import { installBuiltins } from '../services/builtins'
import { generateDemo } from './generate-demo'
import { readWeekPlan } from '../services/week-plans'
import { planHistory } from '../db/progress'
import { planHistoryStart } from '../db/week-plans'
import { checkWeek, planWeekOf } from '@shared/training/week-rules'
import { bodyAreas } from '@shared/schemas/exercise'

const now = '2026-11-24T10:00:00.000Z'
const today = '2026-11-24'
const daysFromToday = (iso: string): number => daysBetween(today, iso)

let cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups) cleanup()
  cleanups = []
})

function openDb(builtins = true): Database {
  const t = openTestDatabase()
  cleanups.push(t.cleanup)
  if (builtins) installBuiltins(t.db, now)
  return t.db
}

const all = <T = Record<string, unknown>>(db: Database, sql: string, ...params: unknown[]): T[] =>
  db.prepare(sql).all(...params) as T[]
const value = <T = number>(db: Database, sql: string, ...params: unknown[]): T =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as T

const domainTables = [
  'clients',
  'injuries',
  'programs',
  'workouts',
  'prescriptions',
  'week_plan_days',
  'week_plan_workouts',
  'week_plan_history',
  'sessions',
  'set_logs',
  'run_logs',
  'measurements'
]
const dump = (db: Database): Record<string, unknown[]> =>
  Object.fromEntries(domainTables.map((table) => [table, all(db, `SELECT * FROM ${table} ORDER BY 1, 2`)]))

interface TemplatePrescriptionRow {
  exercise_id: number
  position: number
  sets_min: number
  sets_max: number
  reps_min: number
  reps_max: number
  load_kind: string
  notes: string
}
const prescriptionShape = `p.exercise_id, p.position, p.sets_min, p.sets_max, p.reps_min, p.reps_max, p.load_kind, p.notes`

// Whole practices are generated: seconds on a busy machine, so an explicit, generous timeout.
describe('generateDemo', { timeout: 60_000 }, () => {
  it('gives identical rows for identical options, and other rows for another seed', () => {
    const a = openDb()
    const b = openDb()
    const c = openDb()
    generateDemo(a, { clients: 25, today, seed: 7 }, now)
    generateDemo(b, { clients: 25, today, seed: 7 }, now)
    generateDemo(c, { clients: 25, today, seed: 8 }, now)
    const dumpA = dump(a)
    expect(dumpA.set_logs?.length).toBeGreaterThan(1000)
    expect(dump(b)).toEqual(dumpA)
    expect(all(c, 'SELECT name FROM clients ORDER BY id')).not.toEqual(
      all(a, 'SELECT name FROM clients ORDER BY id')
    )
  }, 60_000)

  it('refuses to run without the built-in templates', () => {
    const db = openDb(false)
    expect(() => generateDemo(db, { clients: 3, today }, now)).toThrow(/runner-lower-body.*built-ins/)
    expect(value(db, 'SELECT count(*) FROM clients')).toBe(0)
  })

  it('rejects a malformed today', () => {
    const db = openDb()
    expect(() => generateDemo(db, { clients: 1, today: '24/11/2026' }, now)).toThrow(/YYYY-MM-DD/)
    expect(() => generateDemo(db, { clients: 1, today: '2026-02-30' }, now)).toThrow(/real date/)
  })

  describe('a 30-client practice', () => {
    let db: Database
    const setup = (): ReturnType<typeof generateDemo> => {
      db = openDb()
      return generateDemo(db, { clients: 30, today }, now)
    }

    it('counts what it wrote and keeps every foreign key valid', () => {
      const summary = setup()
      expect(summary).toEqual({
        clients: value(db, 'SELECT count(*) FROM clients'),
        programs: value(db, 'SELECT count(*) FROM programs WHERE client_id IS NOT NULL'),
        sessions: value(db, 'SELECT count(*) FROM sessions'),
        sets: value(db, 'SELECT count(*) FROM set_logs'),
        runs: value(db, 'SELECT count(*) FROM run_logs'),
        measurements: value(db, 'SELECT count(*) FROM measurements')
      })
      expect(summary.clients).toBe(30)
      expect(all(db, 'PRAGMA foreign_key_check')).toEqual([])
      expect(value(db, 'SELECT count(*) FROM settings')).toBe(0)
    })

    it('fills realistic client records', () => {
      setup()
      const clients = all<{
        name: string
        name_folded: string
        email: string | null
        status: string
        goals: string
        tags: string
        next_race_date: string | null
        next_race_target_s: number | null
        weekly_distance_m: number | null
        created_at: string
      }>(db, 'SELECT * FROM clients')
      for (const client of clients) {
        expect(client.name_folded).toBe(foldText(client.name))
        expect(client.name).not.toBe('Zoë Łukasz-Ørsted')
        expect(client.goals.length).toBeGreaterThan(10)
        expect(Array.isArray(JSON.parse(client.tags))).toBe(true)
        expect(client.weekly_distance_m).toBeGreaterThan(0)
        expect(client.created_at).toBe(now)
        if (client.email !== null) expect(client.email).toMatch(/^[a-z]+\.[a-z]+\d*@example\.(com|org|net)$/)
        if (client.next_race_date !== null) {
          const days = daysFromToday(client.next_race_date)
          expect(days).toBeGreaterThanOrEqual(14)
          expect(days).toBeLessThanOrEqual(30 * 7)
          expect(client.next_race_target_s).toBeGreaterThan(0)
        }
      }
      const archived = clients.filter((c) => c.status === 'archived').length
      expect(archived).toBeGreaterThan(0)
      expect(archived).toBeLessThanOrEqual(8)
      expect(clients.filter((c) => c.next_race_date !== null).length).toBeGreaterThan(15)

      const injuries = all<{ body_area: string; resolved_on: string | null; since: string }>(
        db,
        'SELECT * FROM injuries'
      )
      expect(injuries.length).toBeGreaterThan(3)
      for (const injury of injuries) {
        expect(bodyAreas).toContain(injury.body_area)
        if (injury.resolved_on) expect(injury.resolved_on > injury.since).toBe(true)
      }
      expect(injuries.some((i) => i.resolved_on === null)).toBe(true)
      expect(injuries.some((i) => i.resolved_on !== null)).toBe(true)
    })

    it('gives each active client one active program copied from a template, separate from it', () => {
      setup()
      const templates = all<{ id: number; builtin_key: string }>(
        db,
        'SELECT id, builtin_key FROM programs WHERE client_id IS NULL'
      )
      const templatePrescriptions = (programId: number): TemplatePrescriptionRow[] =>
        all(
          db,
          `SELECT w.position AS workout_position, w.name AS workout_name, ${prescriptionShape}
           FROM workouts w JOIN prescriptions p ON p.workout_id = w.id
           WHERE w.program_id = ? ORDER BY w.position, p.position`,
          programId
        )
      const before = Object.fromEntries(templates.map((t) => [t.id, templatePrescriptions(t.id)]))
      expect(Object.values(before).every((rows) => rows.length === 6)).toBe(true)

      const active = all<{ id: number }>(db, `SELECT id FROM clients WHERE status = 'active'`)
      for (const client of active) {
        const programs = all<{ id: number; source_program_id: number; start_date: string; weeks: number }>(
          db,
          `SELECT * FROM programs WHERE client_id = ? AND status = 'active'`,
          client.id
        )
        expect(programs).toHaveLength(1)
        const program = programs[0] as (typeof programs)[number]
        expect(daysFromToday(program.start_date)).toBeLessThan(0)
        const copy = templatePrescriptions(program.id)
        // The source template's workouts come first, unchanged; a second day may follow.
        const source = before[program.source_program_id] as TemplatePrescriptionRow[]
        expect(copy.slice(0, source.length)).toEqual(source)
      }
      expect(
        value(
          db,
          `SELECT count(*) FROM programs p JOIN clients c ON c.id = p.client_id WHERE c.status = 'archived' AND p.status = 'active'`
        )
      ).toBe(0)
      expect(value(db, `SELECT count(*) FROM programs WHERE status = 'completed'`)).toBeGreaterThan(0)

      // Editing a client's copy leaves the template alone.
      const copyPrescription = value(
        db,
        `SELECT p.id FROM prescriptions p JOIN workouts w ON w.id = p.workout_id
         JOIN programs pr ON pr.id = w.program_id WHERE pr.client_id IS NOT NULL LIMIT 1`
      )
      db.prepare('UPDATE prescriptions SET sets_max = 5, notes = ? WHERE id = ?').run(
        'Edited',
        copyPrescription
      )
      db.prepare(
        `DELETE FROM prescriptions WHERE id = (SELECT p.id FROM prescriptions p JOIN workouts w ON w.id = p.workout_id
           JOIN programs pr ON pr.id = w.program_id WHERE pr.client_id IS NOT NULL ORDER BY p.id DESC LIMIT 1)`
      ).run()
      for (const template of templates)
        expect(templatePrescriptions(template.id)).toEqual(before[template.id])
    })

    it('lays out week plans that pass every check, most with three strength days', () => {
      setup()
      const clientIds = all<{ client_id: number }>(db, 'SELECT DISTINCT client_id FROM week_plan_days').map(
        (row) => row.client_id
      )
      expect(clientIds.length).toBeGreaterThan(20)
      let threeDays = 0
      for (const clientId of clientIds) {
        const plan = readWeekPlan(db, clientId)
        const warnings = checkWeek(planWeekOf(plan)).filter((check) => check.level === 'warning')
        expect(warnings, `client ${clientId}`).toEqual([])
        const sessions = plan.days.flatMap((day) => day.workouts)
        expect(sessions.length).toBeGreaterThanOrEqual(2)
        if (sessions.length === 3) threeDays++
        // Every placed workout is the client's own, and days with a run and strength say which comes first.
        for (const workout of sessions) {
          expect(value(db, 'SELECT client_id FROM programs WHERE id = ?', workout.programId)).toBe(clientId)
        }
        for (const day of plan.days) {
          if (day.runKind !== 'rest' && day.workouts.length > 0) expect(day.order).not.toBeNull()
        }
        // The logs follow the plan from their start, so its history is one row from before them.
        expect(planHistory(db, clientId)).toEqual([
          {
            from: planHistoryStart,
            weekdays: plan.days.flatMap((day) => day.workouts.map(() => day.weekday))
          }
        ])
      }
      expect(value(db, 'SELECT count(DISTINCT client_id) FROM week_plan_history')).toBe(clientIds.length)
      expect(threeDays / clientIds.length).toBeGreaterThan(0.6)
      const priorities = all<{ priority: string }>(db, 'SELECT DISTINCT priority FROM clients').map(
        (r) => r.priority
      )
      expect(new Set(priorities)).toEqual(new Set(['running', 'strength', 'balanced']))
    })

    it('logs sessions whose sets follow the prescriptions, with loads that progress', () => {
      const summary = setup()
      expect(summary.sessions).toBeGreaterThan(30 * 16)
      const sets = all<{
        session_id: number
        session_workout: number
        prescription_workout: number
        exercise_id: number
        prescribed_exercise: number
        reps_min: number
        reps_max: number
        load_kind: string
        set_number: number
        reps: number
        load_kg: number | null
        rpe: number | null
        warmup: number
      }>(
        db,
        `SELECT s.session_id, se.workout_id AS session_workout, p.workout_id AS prescription_workout, s.exercise_id,
           p.exercise_id AS prescribed_exercise, p.reps_min, p.reps_max, p.load_kind, s.set_number, s.reps,
           s.load_kg, s.rpe, s.warmup
         FROM set_logs s JOIN sessions se ON se.id = s.session_id JOIN prescriptions p ON p.id = s.prescription_id
         ORDER BY s.id`
      )
      expect(sets).toHaveLength(summary.sets)
      for (const set of sets) {
        expect(set.prescription_workout).toBe(set.session_workout)
        expect(set.exercise_id).toBe(set.prescribed_exercise)
        expect(set.reps).toBeGreaterThanOrEqual(set.reps_min)
        expect(set.reps).toBeLessThanOrEqual(set.reps_max)
        if (set.load_kind === 'bodyweight') expect(set.load_kg).toBeNull()
        if (set.warmup) {
          expect(set.set_number).toBe(1)
          expect(set.load_kg).toBeGreaterThan(0)
        } else {
          expect(set.rpe).toBeGreaterThanOrEqual(6)
          expect(set.rpe).toBeLessThanOrEqual(9)
        }
      }
      // Warm-up then three work sets for a loaded lift, numbered from 1.
      const squat = all<{ n: number; numbers: string; warmups: number }>(
        db,
        `SELECT count(*) AS n, group_concat(set_number) AS numbers, sum(warmup) AS warmups
         FROM set_logs s JOIN exercises e ON e.id = s.exercise_id
         WHERE e.builtin_key = 'barbell-back-squat' GROUP BY s.session_id, s.prescription_id`
      )
      expect(squat.length).toBeGreaterThan(100)
      for (const group of squat) expect(group).toEqual({ n: 4, numbers: '1,2,3,4', warmups: 1 })

      // Working loads rise over the weeks: compare each client's first and last squat session.
      const progression = all<{ first: number; last: number }>(
        db,
        `WITH work AS (
           SELECT se.client_id, se.date, max(s.load_kg) AS load FROM set_logs s
           JOIN sessions se ON se.id = s.session_id JOIN exercises e ON e.id = s.exercise_id
           WHERE e.builtin_key = 'barbell-back-squat' AND s.warmup = 0 GROUP BY se.client_id, se.date)
         SELECT (SELECT load FROM work w WHERE w.client_id = c.client_id ORDER BY date LIMIT 1) AS first,
                (SELECT load FROM work w WHERE w.client_id = c.client_id ORDER BY date DESC LIMIT 1) AS last
         FROM (SELECT DISTINCT client_id FROM work) c`
      )
      expect(progression.length).toBeGreaterThan(10)
      expect(progression.every((p) => p.last >= p.first)).toBe(true)
      expect(progression.filter((p) => p.last > p.first).length).toBeGreaterThan(progression.length / 2)

      const dates = all<{ date: string; effort: number }>(db, 'SELECT date, effort FROM sessions')
      for (const session of dates) {
        expect(daysFromToday(session.date)).toBeLessThanOrEqual(0)
        expect(session.effort).toBeGreaterThanOrEqual(1)
        expect(session.effort).toBeLessThanOrEqual(10)
      }
    }, 60_000)

    it('logs three to five runs a week at realistic paces, and weekly body weights', () => {
      const summary = setup()
      const perClientWeek = summary.runs / (30 * 16)
      expect(perClientWeek).toBeGreaterThanOrEqual(3)
      expect(perClientWeek).toBeLessThanOrEqual(5)
      const runs = all<{
        kind: string
        distance_m: number
        duration_s: number
        avg_hr: number
        effort: number
      }>(db, 'SELECT * FROM run_logs')
      for (const run of runs) {
        if (run.kind === 'cross') continue
        const pace = run.duration_s / (run.distance_m / 1000)
        expect(pace).toBeGreaterThanOrEqual(239)
        expect(pace).toBeLessThanOrEqual(391)
        expect(run.avg_hr).toBeGreaterThan(100)
        expect(run.avg_hr).toBeLessThan(200)
      }
      expect(new Set(runs.map((r) => r.kind))).toEqual(new Set(['easy', 'quality', 'long', 'race', 'cross']))

      const weights = all<{ client_id: number; n: number; low: number; high: number }>(
        db,
        `SELECT m.client_id, count(*) AS n, min(value) AS low, max(value) AS high FROM measurements m
         JOIN measurement_kinds k ON k.id = m.kind_id WHERE k.builtin_key = 'body_weight' GROUP BY m.client_id`
      )
      expect(weights).toHaveLength(30)
      for (const w of weights) {
        expect(w.n).toBeGreaterThanOrEqual(10)
        expect(w.low).toBeGreaterThan(40)
        expect(w.high).toBeLessThan(110)
        expect(w.high - w.low).toBeLessThan(4)
      }
      expect(
        value(
          db,
          `SELECT count(*) FROM measurements m JOIN measurement_kinds k ON k.id = m.kind_id
           WHERE k.builtin_key = 'resting_hr'`
        )
      ).toBeGreaterThan(0)
    })
  })

  it('sizes the logs by setsPerClient, ending at today', () => {
    const db = openDb()
    const summary = generateDemo(db, { clients: 40, today, setsPerClient: 100 }, now)
    expect(summary.sets / summary.clients).toBeGreaterThan(80)
    expect(summary.sets / summary.clients).toBeLessThan(130)
    const last = all<{ last: string }>(
      db,
      `SELECT max(s.date) AS last FROM sessions s JOIN clients c ON c.id = s.client_id
       WHERE c.status = 'active' GROUP BY c.id`
    )
    for (const row of last) expect(daysFromToday(row.last)).toBeGreaterThan(-14)
  })

  it('can run again on the same store, adding different clients', () => {
    const db = openDb()
    const first = generateDemo(db, { clients: 10, today }, now)
    const second = generateDemo(db, { clients: 10, today }, now)
    expect(first.clients + second.clients).toBe(20)
    expect(value(db, 'SELECT count(*) FROM clients')).toBe(20)
    const names = all<{ name: string; email: string | null }>(
      db,
      'SELECT name, email FROM clients ORDER BY id'
    )
    expect(names.slice(10)).not.toEqual(names.slice(0, 10))
    expect(all(db, 'PRAGMA foreign_key_check')).toEqual([])
  })

  it('writes a 200-client practice with names in several scripts', () => {
    const db = openDb()
    const started = performance.now()
    const summary = generateDemo(db, { clients: 200, today }, now)
    const seconds = (performance.now() - started) / 1000
    expect(summary.clients).toBe(200)
    expect(summary.sets).toBeGreaterThan(50_000)
    expect(seconds).toBeLessThan(20)
    const names = all<{ name: string }>(db, 'SELECT name FROM clients').map((row) => row.name)
    expect(names.some((name) => /\p{Script=Cyrillic}/u.test(name))).toBe(true)
    expect(names.some((name) => /\p{Script=Greek}/u.test(name))).toBe(true)
    expect(names.filter((name) => /[^\x20-\x7e]/.test(name)).length).toBeGreaterThan(60)
    const injured = value(db, 'SELECT count(DISTINCT client_id) FROM injuries')
    expect(injured).toBeGreaterThan(40)
    expect(injured).toBeLessThan(85)
    const areas = all<{ body_area: string; n: number }>(
      db,
      'SELECT body_area, count(*) AS n FROM injuries GROUP BY body_area ORDER BY n DESC'
    )
    expect(['knee', 'achilles']).toContain(areas[0]?.body_area)
    expect(all(db, 'PRAGMA foreign_key_check')).toEqual([])
  }, 60_000)
})
