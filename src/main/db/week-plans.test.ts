import { describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { useTestDatabase } from '../../../test/support/test-db'
import { planHistory } from './progress'
import { planHistoryStart, reconcilePlanHistory, recordPlanWeekdays } from './week-plans'

let db: Database
useTestDatabase((opened) => {
  db = opened
  db.exec(`
    INSERT INTO clients (id, name, name_folded, created_at, updated_at) VALUES
      (1, 'Ann', 'ann', 'x', 'x'), (2, 'Bea', 'bea', 'x', 'x'), (3, 'Cy', 'cy', 'x', 'x'), (4, 'Di', 'di', 'x', 'x');
    INSERT INTO programs (id, client_id, name, status, created_at, updated_at) VALUES (1, 1, 'Block', 'active', 'x', 'x');
    INSERT INTO workouts (id, program_id, name, position) VALUES (1, 1, 'Lower', 0);`)
})

/** Places the workout on the client's days (the day rows made as needed). */
function place(clientId: number, weekdays: number[]): void {
  db.prepare('DELETE FROM week_plan_days WHERE client_id = ?').run(clientId)
  for (const weekday of new Set(weekdays)) {
    db.prepare("INSERT INTO week_plan_days (client_id, weekday, run_kind) VALUES (?, ?, 'easy')").run(
      clientId,
      weekday
    )
  }
  weekdays.forEach((weekday, position) =>
    db
      .prepare(
        'INSERT INTO week_plan_workouts (client_id, weekday, position, workout_id) VALUES (?, ?, ?, 1)'
      )
      .run(clientId, weekday, position)
  )
}

describe('the week plan’s history', () => {
  it('records the strength days from a day, replacing that day’s row and dropping later ones', () => {
    place(1, [4, 1])
    recordPlanWeekdays(db, 1, '2026-11-02')
    // A row after today (a clock that was ahead) is superseded by what was saved today.
    db.prepare("INSERT INTO week_plan_history VALUES (1, '2027-01-01', '[0]')").run()
    place(1, [1, 4, 4])
    recordPlanWeekdays(db, 1, '2026-11-24')
    expect(planHistory(db, 1)).toEqual([
      { from: '2026-11-02', weekdays: [1, 4] },
      { from: '2026-11-24', weekdays: [1, 4, 4] }
    ])
    // Unchanged against the day before: no row of its own.
    place(1, [1, 4])
    recordPlanWeekdays(db, 1, '2026-11-24')
    expect(planHistory(db, 1)).toEqual([{ from: '2026-11-02', weekdays: [1, 4] }])
    // A client who never had a plan gets no history.
    recordPlanWeekdays(db, 2, '2026-11-24')
    expect(planHistory(db, 2)).toEqual([])
  })

  it('after an import, seeds plans without history and records plans that differ from their last row', () => {
    place(1, [0, 2])
    db.prepare("INSERT INTO week_plan_history VALUES (1, '2026-10-01', '[0]')").run()
    place(2, [3])
    place(3, [5])
    db.prepare("INSERT INTO week_plan_history VALUES (3, '2026-10-01', '[5]')").run()
    reconcilePlanHistory(db, '2026-11-24')
    expect(planHistory(db, 1)).toEqual([
      { from: '2026-10-01', weekdays: [0] },
      { from: '2026-11-24', weekdays: [0, 2] }
    ])
    expect(planHistory(db, 2)).toEqual([{ from: planHistoryStart, weekdays: [3] }])
    expect(planHistory(db, 3)).toEqual([{ from: '2026-10-01', weekdays: [5] }])
    expect(planHistory(db, 4)).toEqual([])
  })
})
