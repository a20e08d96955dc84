import { afterEach, describe, expect, it } from 'vitest'
import { openDatabaseBefore } from '../../../test/support/test-db'
import { openDatabase } from './connection'
import * as m0009 from './migrations/0009-week-plan-history'
import { planHistory } from './progress'

let cleanup: () => void = () => {}
afterEach(() => cleanup())

describe('migration 0009: the week plan’s history', () => {
  it('lets each plan of an existing practice stand for the past, and keeps the history in form', () => {
    const { db: old, file, version: before, cleanup: remove } = openDatabaseBefore(m0009.up)
    cleanup = remove
    old.exec(`
      INSERT INTO clients (id, name, name_folded, created_at, updated_at) VALUES
        (1, 'Ann', 'ann', 'x', 'x'), (2, 'Bea', 'bea', 'x', 'x'), (3, 'Cy', 'cy', 'x', 'x');
      INSERT INTO programs (id, client_id, name, status, created_at, updated_at) VALUES
        (1, 1, 'Block', 'active', 'x', 'x');
      INSERT INTO workouts (id, program_id, name, position) VALUES (1, 1, 'Lower', 0), (2, 1, 'Upper', 1);
      -- Ann: Tuesday twice (two workouts) and Friday; Bea: a plan of runs only; Cy: no plan.
      INSERT INTO week_plan_days (client_id, weekday, run_kind) VALUES
        (1, 4, 'easy'), (1, 1, 'rest'), (1, 6, 'long'), (2, 0, 'easy');
      INSERT INTO week_plan_workouts (client_id, weekday, position, workout_id) VALUES
        (1, 4, 0, 2), (1, 1, 1, 2), (1, 1, 0, 1)`)
    old.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(before)
    expect(planHistory(db, 1)).toEqual([{ from: '0001-01-01', weekdays: [1, 1, 4] }])
    expect(planHistory(db, 2)).toEqual([{ from: '0001-01-01', weekdays: [] }])
    expect(planHistory(db, 3)).toEqual([])

    // Anything but a real day and a flat list of weekdays is refused (imports are checked against it).
    const insert = db.prepare(
      'INSERT INTO week_plan_history (client_id, from_date, weekdays) VALUES (3, ?, ?)'
    )
    for (const [from, weekdays] of [
      ['2026-02-30', '[1]'],
      ['26-11-24', '[1]'],
      ['2026-11-24', '[7]'],
      ['2026-11-24', '[1, 2]'],
      ['2026-11-24', '[12]'],
      ['2026-11-24', '[[1]]'],
      ['2026-11-24', '1,2'],
      ['2026-11-24', '[1,]']
    ]) {
      expect(() => insert.run(from, weekdays), `${from} ${weekdays}`).toThrow(/CHECK constraint/)
    }
    insert.run('2026-11-24', '[0,0,6]')
    expect(planHistory(db, 3)).toEqual([{ from: '2026-11-24', weekdays: [0, 0, 6] }])

    // The history goes with its client, and is read by client in date order from its key.
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT from_date, weekdays FROM week_plan_history WHERE client_id = 1 ORDER BY from_date'
      )
      .all() as Array<{ detail: string }>
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/SEARCH week_plan_history USING PRIMARY KEY/)
    expect(plan.map((row) => row.detail).join(' ')).not.toMatch(/TEMP B-TREE/)
    db.prepare('DELETE FROM clients WHERE id = 1').run()
    expect(planHistory(db, 1)).toEqual([])
    db.close()
  })
})
