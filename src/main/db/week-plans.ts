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
