import { afterEach, describe, expect, it } from 'vitest'
import { openDatabaseBefore, openTestDatabase } from '../../../test/support/test-db'
import { openDatabase } from './connection'
import * as m0003 from './migrations/0003-progress'

let cleanup: () => void = () => {}
afterEach(() => cleanup())

describe('migration 0003: suggestion decisions', () => {
  it('migrates a version-2 practice, keeping its logs, and cascades decisions with their session', () => {
    const { db: v2, file, cleanup: remove } = openDatabaseBefore(m0003.up)
    cleanup = remove
    v2.exec(`
      INSERT INTO clients (id, name, name_folded, created_at, updated_at) VALUES (1, 'Zoë', 'zoe', 'x', 'x');
      INSERT INTO exercises (id, name, name_folded, category, pattern, created_at, updated_at)
        VALUES (1, 'Squat', 'squat', 'lower', 'squat', 'x', 'x');
      INSERT INTO programs (id, client_id, name, status, created_at, updated_at) VALUES (1, 1, 'Block', 'active', 'x', 'x');
      INSERT INTO workouts (id, program_id, name, position) VALUES (1, 1, 'A', 0);
      INSERT INTO prescriptions (id, workout_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max, load_kind, load_value)
        VALUES (1, 1, 1, 0, 3, 3, 8, 12, 'rpe', 7);
      INSERT INTO sessions (id, client_id, date, workout_id, created_at) VALUES (1, 1, '2026-11-24', 1, 'x');
      INSERT INTO set_logs (session_id, exercise_id, prescription_id, set_number, reps, load_kg) VALUES (1, 1, 1, 1, 12, 60);
    `)
    expect(v2.pragma('user_version', { simple: true })).toBe(2)
    v2.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(3)
    expect(db.prepare('SELECT count(*) FROM set_logs').pluck().get()).toBe(1)
    db.prepare(
      "INSERT INTO suggestion_decisions (prescription_id, session_id, decision, load_kg, decided_at) VALUES (1, 1, 'dismissed', NULL, 'now')"
    ).run()
    expect(() =>
      db
        .prepare(
          "INSERT INTO suggestion_decisions (prescription_id, session_id, decision, decided_at) VALUES (1, 1, 'maybe', 'now')"
        )
        .run()
    ).toThrow(/CHECK/)
    db.prepare('DELETE FROM sessions WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM suggestion_decisions').pluck().get()).toBe(0)
    db.close()
  })

  it('uses indexes for the progress reads', () => {
    const t = openTestDatabase()
    cleanup = t.cleanup
    const plan = (sql: string): string =>
      (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join('\n')
    expect(
      plan(`SELECT s.id, l.exercise_id, max(l.load_kg) FROM sessions s JOIN set_logs l ON l.session_id = s.id
            WHERE s.client_id = 1 AND l.warmup = 0 GROUP BY s.id, l.exercise_id`)
    ).toMatch(/sessions_client_date[\s\S]*set_logs_session/)
    // The Progress tab's one pass over the sets groups in index order: no sort of its thousands of rows.
    const bests =
      plan(`SELECT s.id, l.exercise_id, max(l.load_kg) FROM sessions s JOIN set_logs l ON l.session_id = s.id
            WHERE s.client_id = 1 AND l.warmup = 0
            GROUP BY s.date, s.id, l.exercise_id ORDER BY s.date, s.id, l.exercise_id`)
    expect(bests).toMatch(/COVERING INDEX sessions_client_date[\s\S]*set_logs_session/)
    expect(bests).not.toMatch(/TEMP B-TREE/)
    expect(plan('SELECT id, date FROM sessions WHERE client_id = 1 ORDER BY date, id')).toMatch(
      /^SEARCH sessions USING COVERING INDEX sessions_client_date \(client_id=\?\)$/
    )
    expect(
      plan(
        "SELECT sum(distance_m) FROM run_logs WHERE client_id = 1 AND date BETWEEN '2020-01-01' AND '2026-01-01'"
      )
    ).toMatch(/run_logs_client_date/)
    expect(plan('SELECT session_id FROM set_logs WHERE prescription_id = 1 AND warmup = 0')).toMatch(
      /set_logs_prescription/
    )
    expect(plan('DELETE FROM suggestion_decisions WHERE session_id = 1')).toMatch(
      /suggestion_decisions_session/
    )
  })
})
