import type { Database } from 'better-sqlite3'
import type { DayOrder, QualityKind, RunKind, WeekPlanDayInput } from '@shared/schemas/week-plan'
import { statement } from './statements'

/** A stored day of a client's week plan, without its workouts. */
export interface StoredPlanDay {
  weekday: number
  runKind: RunKind
  qualityKind: QualityKind | null
  distanceM: number | null
  durationS: number | null
  order: DayOrder | null
  notes: string
}

/** A strength workout placed on a day, at a position within the day. */
export interface StoredPlacement {
  weekday: number
  position: number
  workoutId: number
}

/** The stored days of a client's week plan, Monday (0) first; days never set are absent. */
export function listPlanDays(db: Database, clientId: number): StoredPlanDay[] {
  return statement<[number], StoredPlanDay>(
    db,
    `SELECT weekday, run_kind AS runKind, quality_kind AS qualityKind, distance_m AS distanceM,
       duration_s AS durationS, day_order AS "order", notes
     FROM week_plan_days WHERE client_id = ? ORDER BY weekday`
  ).all(clientId)
}

/** The workouts placed in a client's week, by day and position. */
export function listPlacements(db: Database, clientId: number): StoredPlacement[] {
  return statement<[number], StoredPlacement>(
    db,
    `SELECT weekday, position, workout_id AS workoutId FROM week_plan_workouts
     WHERE client_id = ? ORDER BY weekday, position`
  ).all(clientId)
}

/**
 * Writes one day and its workouts, replacing what the day had. Run it inside the caller's
 * transaction with the other days it belongs with.
 */
export function savePlanDay(db: Database, clientId: number, day: WeekPlanDayInput): void {
  statement(
    db,
    `INSERT INTO week_plan_days (client_id, weekday, run_kind, quality_kind, distance_m, duration_s, day_order, notes)
     VALUES (@clientId, @weekday, @runKind, @qualityKind, @distanceM, @durationS, @order, @notes)
     ON CONFLICT (client_id, weekday) DO UPDATE SET run_kind = excluded.run_kind,
       quality_kind = excluded.quality_kind, distance_m = excluded.distance_m,
       duration_s = excluded.duration_s, day_order = excluded.day_order, notes = excluded.notes`
  ).run({
    clientId,
    weekday: day.weekday,
    runKind: day.runKind,
    qualityKind: day.qualityKind,
    distanceM: day.distanceM,
    durationS: day.durationS,
    order: day.order,
    notes: day.notes
  })
  statement(db, 'DELETE FROM week_plan_workouts WHERE client_id = ? AND weekday = ?').run(
    clientId,
    day.weekday
  )
  const place = statement(
    db,
    'INSERT INTO week_plan_workouts (client_id, weekday, position, workout_id) VALUES (?, ?, ?, ?)'
  )
  day.workoutIds.forEach((workoutId, position) => place.run(clientId, day.weekday, position, workoutId))
}

/** Removes a client's whole week plan (its placements go with the days). */
export function deletePlan(db: Database, clientId: number): void {
  statement(db, 'DELETE FROM week_plan_days WHERE client_id = ?').run(clientId)
}

/** The client that owns a workout through its program, or null for a template's workout. */
export function workoutOwners(db: Database, workoutIds: readonly number[]): Map<number, number | null> {
  const owner = statement<[number], { clientId: number | null }>(
    db,
    'SELECT p.client_id AS clientId FROM workouts w JOIN programs p ON p.id = w.program_id WHERE w.id = ?'
  )
  const owners = new Map<number, number | null>()
  for (const id of workoutIds) {
    const row = owner.get(id)
    if (row) owners.set(id, row.clientId)
  }
  return owners
}

/** The client's active program id, if any. */
export function activeProgramId(db: Database, clientId: number): number | undefined {
  return statement<[number], number>(db, "SELECT id FROM programs WHERE client_id = ? AND status = 'active'")
    .pluck()
    .get(clientId)
}

/**
 * The `from_date` of a plan that has stood since before any log: what migration 0009 gave each
 * plan of its day, and what the demo gives its plans, which its logs follow from their start.
 */
export const planHistoryStart = '0001-01-01'

/** The client's strength weekdays now, as `week_plan_history.weekdays` holds them. */
const currentWeekdaysSql = `(SELECT json_group_array(weekday ORDER BY weekday, position)
  FROM week_plan_workouts WHERE client_id = @clientId)`

/**
 * Records the client's plan's strength weekdays (see migration 0009) as standing from `from` (the
 * services' today), after a write that may have changed them: a row of the same day is replaced,
 * rows after it are dropped (what stands from today on is what was just saved), and no row is kept
 * when nothing changed against the plan before `from`, nor for a client who never had a plan. Run
 * it in the transaction of the write, after it; every write of week_plan_workouts, and every
 * delete of a workout that may be placed in a plan, is followed by it.
 */
export function recordPlanWeekdays(db: Database, clientId: number, from: string): void {
  const args = { clientId, from }
  statement(db, 'DELETE FROM week_plan_history WHERE client_id = @clientId AND from_date > @from').run(args)
  const previous = statement<[typeof args], string>(
    db,
    `SELECT weekdays FROM week_plan_history WHERE client_id = @clientId AND from_date < @from
     ORDER BY from_date DESC LIMIT 1`
  )
    .pluck()
    .get(args)
  const current = statement<[typeof args], { weekdays: string; planned: number }>(
    db,
    `SELECT ${currentWeekdaysSql} AS weekdays,
       EXISTS (SELECT 1 FROM week_plan_days WHERE client_id = @clientId) AS planned`
  ).get(args) as { weekdays: string; planned: number }
  const unchanged =
    previous === undefined
      ? current.weekdays === '[]' && current.planned === 0
      : previous === current.weekdays
  if (unchanged) {
    statement(db, 'DELETE FROM week_plan_history WHERE client_id = @clientId AND from_date = @from').run(args)
  } else {
    statement(
      db,
      `INSERT INTO week_plan_history (client_id, from_date, weekdays) VALUES (@clientId, @from, ${currentWeekdaysSql})
       ON CONFLICT (client_id, from_date) DO UPDATE SET weekdays = excluded.weekdays`
    ).run(args)
  }
}

/**
 * Makes every client's plan history end with the plan they have, after an import brought plans and
 * history that may not agree (a merge adds workouts to a plan here; an export from before version
 * 9 has no history, which the migrations seeded): a client with a plan and no history gets the
 * row migration 0009 seeds, from `planHistoryStart`; a client whose latest row is not their plan
 * now gets one from `today`.
 */
export function reconcilePlanHistory(db: Database, today: string): void {
  db.prepare(
    `INSERT INTO week_plan_history (client_id, from_date, weekdays)
     SELECT d.client_id, ?, (SELECT json_group_array(w.weekday ORDER BY w.weekday, w.position)
       FROM week_plan_workouts w WHERE w.client_id = d.client_id)
     FROM week_plan_days d
     WHERE NOT EXISTS (SELECT 1 FROM week_plan_history h WHERE h.client_id = d.client_id)
     GROUP BY d.client_id`
  ).run(planHistoryStart)
  const differing = db
    .prepare(
      `SELECT h.client_id FROM week_plan_history h
       WHERE h.from_date = (SELECT max(from_date) FROM week_plan_history WHERE client_id = h.client_id)
         AND h.weekdays IS NOT (SELECT json_group_array(w.weekday ORDER BY w.weekday, w.position)
           FROM week_plan_workouts w WHERE w.client_id = h.client_id)`
    )
    .pluck()
    .all() as number[]
  for (const clientId of differing) recordPlanWeekdays(db, clientId, today)
}
