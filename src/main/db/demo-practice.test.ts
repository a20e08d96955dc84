import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { installBuiltins } from '../services/builtins'
import { openTestDatabase } from '../test-db'
import { generateDemo } from './demo-practice'

const now = '2026-11-24T10:00:00.000Z'
const opened: Array<() => void> = []
function practice(clients: number, seed = 1): Database {
  const t = openTestDatabase()
  opened.push(t.cleanup)
  installBuiltins(t.db, now)
  generateDemo(t.db, { clients, today: '2026-11-24', seed }, now)
  return t.db
}
afterEach(() => opened.splice(0).forEach((cleanup) => cleanup()))

const clientTables = [
  'injuries',
  'programs',
  'week_plan_days',
  'sessions',
  'run_logs',
  'measurements',
  'client_maxes'
]
const dump = (db: Database): string =>
  ['clients', ...clientTables, 'workouts', 'prescriptions', 'set_logs']
    .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all()))
    .join('\n')

describe('demo practice', () => {
  let db: Database
  beforeEach(() => {
    db = practice(30)
  })

  it('is the same practice every time for the same seed, and another for another seed', () => {
    expect(dump(practice(30))).toBe(dump(db))
    expect(dump(practice(30, 2))).not.toBe(dump(db))
  })

  it('gives every active client one active program copied from a runner template', () => {
    const active = db.prepare(`SELECT id FROM clients WHERE status = 'active'`).pluck().all() as number[]
    expect(active.length).toBeGreaterThan(20)
    for (const id of active) {
      expect(
        db.prepare(`SELECT count(*) FROM programs WHERE client_id = ? AND status = 'active'`).pluck().get(id)
      ).toBe(1)
    }
    const template = db
      .prepare(`SELECT id FROM programs WHERE builtin_key = 'runner-lower-body'`)
      .pluck()
      .get()
    expect(
      db.prepare('SELECT count(*) FROM programs WHERE source_program_id = ?').pluck().get(template)
    ).toBe(30)
    const names = db.prepare('SELECT name FROM clients').pluck().all() as string[]
    expect(names).toContain('Дмитрий Волков')
    expect(names).toContain('Σοφία Παπαδοπούλου')
  })

  it('keeps the template untouched when a copied prescription changes', () => {
    const templateSets = (): unknown =>
      db
        .prepare(
          `SELECT group_concat(r.sets_max) FROM prescriptions r JOIN workouts w ON w.id = r.workout_id
           JOIN programs p ON p.id = w.program_id WHERE p.builtin_key IS NOT NULL`
        )
        .pluck()
        .get()
    const before = templateSets()
    db.prepare(
      'UPDATE prescriptions SET sets_max = 9 WHERE workout_id IN (SELECT id FROM workouts WHERE program_id IN (SELECT id FROM programs WHERE client_id IS NOT NULL))'
    ).run()
    expect(templateSets()).toBe(before)
  })

  it('logs months of sessions with loads that rise, plus runs and body weights', () => {
    const squat = db
      .prepare(
        `SELECT s.date, max(l.load_kg) AS top FROM set_logs l JOIN sessions s ON s.id = l.session_id
         JOIN exercises e ON e.id = l.exercise_id
         WHERE e.builtin_key = 'barbell-back-squat' AND s.client_id = 1 GROUP BY s.date ORDER BY s.date`
      )
      .all() as Array<{ date: string; top: number }>
    expect(squat.length).toBeGreaterThan(8)
    expect((squat[squat.length - 1] as { top: number }).top).toBeGreaterThan(
      (squat[0] as { top: number }).top
    )
    expect(db.prepare('SELECT count(*) FROM run_logs').pluck().get()).toBeGreaterThan(1000)
    expect(db.prepare('SELECT count(*) FROM measurements').pluck().get()).toBeGreaterThan(300)
    expect((db.prepare('SELECT max(date) FROM sessions').pluck().get() as string) < '2026-11-24').toBe(true)
    expect(db.pragma('foreign_key_check')).toEqual([])
  })

  it('deleting a demo client removes every record of theirs and nobody else’s', () => {
    const counts = (): number[] =>
      clientTables.map(
        (table) => db.prepare(`SELECT count(*) FROM ${table} WHERE client_id = 3`).pluck().get() as number
      )
    const othersBefore = db.prepare('SELECT count(*) FROM sessions WHERE client_id <> 3').pluck().get()
    expect(counts().reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
    db.prepare('DELETE FROM clients WHERE id = 3').run()
    expect(counts()).toEqual(clientTables.map(() => 0))
    expect(
      db
        .prepare('SELECT count(*) FROM set_logs WHERE session_id NOT IN (SELECT id FROM sessions)')
        .pluck()
        .get()
    ).toBe(0)
    expect(db.prepare('SELECT count(*) FROM sessions WHERE client_id <> 3').pluck().get()).toBe(othersBefore)
  })
})
