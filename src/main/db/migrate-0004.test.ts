import { rmSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../../../test/support/test-db'
import { openDatabase } from './connection'
import { migrate, migrations } from './migrate'
import * as m0004 from './migrations/0004-week-plan'

let cleanup: () => void = () => {}
afterEach(() => cleanup())

/** Every step before the week-plan migration, wherever it ends up in the list. */
const before = migrations.slice(0, migrations.indexOf(m0004.up))

describe('migration 0004: the runner’s week', () => {
  it('moves each day’s workout into the placements table and renames the order values', () => {
    expect(before.length).toBeGreaterThan(0)
    const t = openTestDatabase()
    cleanup = t.cleanup
    t.db.close()
    rmSync(t.file)
    const old = new BetterSqlite3(t.file)
    old.pragma('foreign_keys = ON')
    migrate(old, undefined, before)
    old.exec(`
      INSERT INTO clients (id, name, name_folded, created_at, updated_at) VALUES (1, 'Zoë', 'zoe', 'x', 'x');
      INSERT INTO programs (id, client_id, name, status, created_at, updated_at) VALUES (1, 1, 'Block', 'active', 'x', 'x');
      INSERT INTO workouts (id, program_id, name, position) VALUES (1, 1, 'Lower', 0), (2, 1, 'Upper', 1);
      INSERT INTO week_plan_days (client_id, weekday, run_kind, workout_id, strength_order, notes) VALUES
        (1, 0, 'rest', 1, NULL, ''),
        (1, 2, 'easy', 2, 'after_run', 'Flat route'),
        (1, 3, 'easy', 1, 'before_run', ''),
        (1, 5, 'long', NULL, NULL, 'Long run');
    `)
    old.close()

    const db = openDatabase(t.file)
    expect(db.prepare('SELECT priority FROM clients').pluck().get()).toBe('balanced')
    expect(
      db.prepare('SELECT weekday, run_kind, day_order, notes FROM week_plan_days ORDER BY weekday').all()
    ).toEqual([
      { weekday: 0, run_kind: 'rest', day_order: null, notes: '' },
      { weekday: 2, run_kind: 'easy', day_order: 'run_first', notes: 'Flat route' },
      { weekday: 3, run_kind: 'easy', day_order: 'lift_first', notes: '' },
      { weekday: 5, run_kind: 'long', day_order: null, notes: 'Long run' }
    ])
    expect(
      db.prepare('SELECT weekday, position, workout_id FROM week_plan_workouts ORDER BY weekday').all()
    ).toEqual([
      { weekday: 0, position: 0, workout_id: 1 },
      { weekday: 2, position: 0, workout_id: 2 },
      { weekday: 3, position: 0, workout_id: 1 }
    ])
    // Refused values and cascades: a bad distance, a deleted workout, a deleted client.
    expect(() => db.prepare('UPDATE week_plan_days SET distance_m = 0 WHERE weekday = 2').run()).toThrow(
      /CHECK/
    )
    expect(() => db.prepare("UPDATE clients SET priority = 'speed'").run()).toThrow(/CHECK/)
    db.prepare('DELETE FROM workouts WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM week_plan_workouts').pluck().get()).toBe(1)
    db.prepare('DELETE FROM clients WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM week_plan_days').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM week_plan_workouts').pluck().get()).toBe(0)
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.close()
  })

  it('finds a workout’s placements by index when the workout is deleted', () => {
    const t = openTestDatabase()
    cleanup = t.cleanup
    const plan = (
      t.db.prepare('EXPLAIN QUERY PLAN DELETE FROM week_plan_workouts WHERE workout_id = 1').all() as Array<{
        detail: string
      }>
    )
      .map((r) => r.detail)
      .join('\n')
    expect(plan).toMatch(/week_plan_workouts_workout/)
  })
})
