import type { Database } from 'better-sqlite3'
import type { WeekPlanDay } from '@shared/handout/build-model'
import { statement } from './statements'

/** A client's week plan, Monday (0) to Sunday (6), with the names of the strength workouts. */
export function listWeekPlan(db: Database, clientId: number): WeekPlanDay[] {
  return statement<[number], WeekPlanDay>(
    db,
    `SELECT d.weekday, d.run_kind AS runKind, w.name AS workoutName, d.strength_order AS strengthOrder, d.notes
     FROM week_plan_days d LEFT JOIN workouts w ON w.id = d.workout_id
     WHERE d.client_id = ? ORDER BY d.weekday`
  ).all(clientId)
}
