import type { Database } from 'better-sqlite3'
import { julianDayOffset } from '@shared/dates'
import type { Load } from '@shared/schemas/program'
import type { PlanPeriod } from '@shared/training/adherence'
import { maxE1rmReps } from '@shared/training/e1rm'
import type { LoggedSession, ProgressionPrescription } from '@shared/training/progression'
import type { SessionBest } from '@shared/training/records'
import { loadFromColumns } from './load-columns'
import { jsonColumn } from './json-column'
import { statement } from './statements'

/**
 * Reads behind the Progress tab, estimated maxes and progression suggestions. Years of sets are
 * reduced inside SQLite (per session and exercise, runs per week) so only a few thousand short
 * rows reach JavaScript. Weeks are numbered from the first week charted: a date's week is
 * `(its day number - the first week's day number) / 7`, in integers, the day numbers being
 * `CAST(julianday(date) AS INTEGER)` (see `julianDayOffset` in shared/dates.ts), cheaper per row than date().
 */

/** Reps are packed above the load in kg, so one max() finds the most reps and, among equals, the heaviest load. */
export const repsPack = 1_000_000

/**
 * One exercise's bests in one session, as `sessionBestRows` returns it (arrays, not objects: a
 * five-year client has thousands). `packedReps` is reps × `repsPack` + load of the set with the
 * most reps (then the heaviest load), see `packedReps`. Values that are not above 0 mean none.
 */
export type SessionBestRow = [
  sessionId: number,
  exerciseId: number,
  topKg: number | null,
  e1rmKg: number | null,
  packedReps: number | null,
  volumeKg: number
]

/**
 * Each exercise's bests in each of the client's sessions, oldest first (by session date, then
 * id): heaviest work load, best Epley estimate (work sets of 1 to 12 reps, a single counting as
 * its load, as in shared/training/e1rm.ts), most reps in a work set with the heaviest load done for that many,
 * and the volume (load × reps of work sets). One pass over the client's sets feeds the e1RM
 * lines, the records and the weekly volume: the sets are the only large table here, so they are
 * read once. The session dates come from `clientSessions` (a string per row costs more here than
 * the lookup). Plain aggregates: loads and reps are never negative (the log's input rules), so a
 * set without a load or reps adds nothing to max() and total(), and 0 reads as none.
 */
export function sessionBestRows(db: Database, clientId: number): SessionBestRow[] {
  return statement<[number], SessionBestRow>(
    db,
    `SELECT s.id, l.exercise_id, max(l.load_kg),
       max(CASE WHEN l.reps = 1 THEN l.load_kg
         WHEN l.reps BETWEEN 2 AND ${maxE1rmReps} THEN l.load_kg * (1 + l.reps / 30.0) END),
       max(l.reps * ${repsPack} + ifnull(l.load_kg, 0)),
       total(l.load_kg * l.reps)
     FROM sessions s JOIN set_logs l ON l.session_id = s.id
     WHERE s.client_id = ? AND l.warmup = 0
     GROUP BY s.date, s.id, l.exercise_id
     ORDER BY s.date, s.id, l.exercise_id`
  )
    .raw(true)
    .all(clientId)
}

/** Most reps in one set, from a row's `packedReps` (null: no set with reps). */
export function packedReps(packed: number | null): number | null {
  return packed === null || packed < repsPack ? null : Math.floor(packed / repsPack)
}

/** The heaviest load done for the most reps, to 0.01 kg, from a row's `packedReps` (null: bodyweight or none). */
export function packedRepsKg(packed: number | null): number | null {
  if (packed === null || packed < repsPack) return null
  // The packed sum carries the load as the fraction of a float near reps × 1,000,000: round it.
  const kg = Math.round((packed % repsPack) * 100) / 100
  return kg > 0 ? kg : null
}

/** The client's sessions, oldest first (by date, then id), as [id, date] rows. */
export function clientSessions(db: Database, clientId: number): Array<[id: number, date: string]> {
  return statement<[number], [number, string]>(
    db,
    'SELECT id, date FROM sessions WHERE client_id = ? ORDER BY date, id'
  )
    .raw(true)
    .all(clientId)
}

/** `sessionBestRows` as objects, for the records list and estimated maxes. */
export function sessionBests(db: Database, clientId: number): Array<SessionBest & { volumeKg: number }> {
  const dates = new Map(clientSessions(db, clientId))
  // Indexed rather than destructured, as in the Progress walk: thousands of rows a call.
  return sessionBestRows(db, clientId).map((row) => {
    const topKg = row[2]
    const e1rmKg = row[3]
    return {
      sessionId: row[0],
      date: dates.get(row[0]) ?? '',
      exerciseId: row[1],
      topKg: topKg !== null && topKg > 0 ? topKg : null,
      e1rmKg: e1rmKg !== null && e1rmKg > 0 ? e1rmKg : null,
      topReps: packedReps(row[4]),
      topRepsKg: packedRepsKg(row[4]),
      volumeKg: row[5]
    }
  })
}

export interface ProgressExercise {
  id: number
  name: string
  category: 'lower' | 'upper' | 'core' | 'full'
  primaryMuscles: string[]
}

/** Names, categories and primary muscles of the given exercises. */
export function progressExercises(db: Database, ids: readonly number[]): Map<number, ProgressExercise> {
  const rows = statement<[string], Omit<ProgressExercise, 'primaryMuscles'> & { primaryMuscles: string }>(
    db,
    `SELECT id, name, category, primary_muscles AS primaryMuscles FROM exercises
     WHERE id IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(ids))
  return new Map(
    rows.map((row) => [row.id, { ...row, primaryMuscles: jsonColumn<string[]>(row.primaryMuscles) }])
  )
}

/** Body weight measurements in a range, oldest first, in kg. */
export function bodyWeights(
  db: Database,
  clientId: number,
  from: string,
  to: string
): Array<{ date: string; kg: number }> {
  return statement<[number, string, string], { date: string; kg: number }>(
    db,
    `SELECT date, value AS kg FROM measurements
     WHERE client_id = ? AND kind_id = (SELECT id FROM measurement_kinds WHERE builtin_key = 'body_weight')
       AND date BETWEEN ? AND ?
     ORDER BY date, id`
  ).all(clientId, from, to)
}

/**
 * Running per week from `firstWeekDay` (the day number of the first week's first day; dates
 * before it are not asked for): week index (0 for the first week), total distance, and easy runs
 * (those with a distance) for the average easy pace. Weeks without runs are left out.
 */
export function weeklyRunning(
  db: Database,
  clientId: number,
  from: string,
  to: string,
  firstWeekDay: number
): Array<[week: number, distanceM: number, easyDistanceM: number, easyDurationS: number]> {
  return statement<[number, number, string, string], [number, number, number, number]>(
    db,
    `SELECT (CAST(julianday(date) AS INTEGER) - CAST(? AS INTEGER)) / 7 AS week, total(distance_m),
       total(CASE WHEN kind = 'easy' AND distance_m > 0 THEN distance_m END),
       total(CASE WHEN kind = 'easy' AND distance_m > 0 THEN duration_s END)
     FROM run_logs WHERE client_id = ? AND date BETWEEN ? AND ?
     GROUP BY week`
  )
    .raw(true)
    .all(firstWeekDay + julianDayOffset, clientId, from, to)
}

/** The week plan's strength sessions by weekday (0 = Monday … 6 = Sunday): a day with two workouts is there twice. */
export function plannedStrengthWeekdays(db: Database, clientId: number): number[] {
  return statement<[number], number>(
    db,
    'SELECT weekday FROM week_plan_workouts WHERE client_id = ? ORDER BY weekday, position'
  )
    .pluck()
    .all(clientId)
}

/**
 * The client's plan's strength weekdays as they stood over time, oldest first: each from its
 * `from` day until the next one's (see migration 0009). Empty for a client who never had a plan.
 */
export function planHistory(db: Database, clientId: number): PlanPeriod[] {
  return statement<[number], [string, string]>(
    db,
    'SELECT from_date, weekdays FROM week_plan_history WHERE client_id = ? ORDER BY from_date'
  )
    .raw(true)
    .all(clientId)
    .map(([from, weekdays]) => ({ from, weekdays: jsonColumn<number[]>(weekdays) }))
}

/** The client's first logged day of any kind (session, run, measurement), or null. */
export function firstLogDate(db: Database, clientId: number): string | null {
  return statement<[number, number, number], string | null>(
    db,
    `SELECT min(d) FROM (
       SELECT min(date) AS d FROM sessions WHERE client_id = ?
       UNION ALL SELECT min(date) FROM run_logs WHERE client_id = ?
       UNION ALL SELECT min(date) FROM measurements WHERE client_id = ?)`
  )
    .pluck()
    .get(clientId, clientId, clientId) as string | null
}

interface ProgressionRow {
  id: number
  exerciseId: number
  exerciseName: string
  category: ProgressionPrescription['category']
  equipment: string
  setsMin: number
  setsMax: number
  repsMin: number | null
  repsMax: number | null
  holdMinS: number | null
  holdMaxS: number | null
  loadKind: Load['kind']
  loadValue: number | null
  loadBand: string | null
  progressionPct: number | null
  workoutId: number
  workoutName: string
}

/** A prescription of the active program as the progression rules read it, before harder alternatives are chosen. */
export type ActivePrescription = Omit<ProgressionPrescription, 'harder'> & {
  workoutId: number
  workoutName: string
}

/** The prescriptions of the client's active program, in workout and position order. */
export function activePrescriptions(db: Database, clientId: number): ActivePrescription[] {
  return statement<[number], ProgressionRow>(
    db,
    `SELECT r.id, r.exercise_id AS exerciseId, e.name AS exerciseName, e.category, e.equipment,
       r.sets_min AS setsMin, r.sets_max AS setsMax, r.reps_min AS repsMin, r.reps_max AS repsMax,
       r.hold_min_s AS holdMinS, r.hold_max_s AS holdMaxS, r.load_kind AS loadKind, r.load_value AS loadValue,
       r.load_band AS loadBand, r.progression_pct AS progressionPct, w.id AS workoutId, w.name AS workoutName
     FROM programs p JOIN workouts w ON w.program_id = p.id JOIN prescriptions r ON r.workout_id = w.id
       JOIN exercises e ON e.id = r.exercise_id
     WHERE p.client_id = ? AND p.status = 'active'
     ORDER BY w.position, w.id, r.position, r.id`
  )
    .all(clientId)
    .map((row) => ({
      id: row.id,
      exerciseId: row.exerciseId,
      exerciseName: row.exerciseName,
      category: row.category,
      equipment: JSON.parse(row.equipment) as string[],
      setsMin: row.setsMin,
      setsMax: row.setsMax,
      repsMin: row.repsMin,
      repsMax: row.repsMax,
      holdMinS: row.holdMinS,
      holdMaxS: row.holdMaxS,
      load: loadFromColumns(row.loadKind, row.loadValue, row.loadBand),
      progressionPct: row.progressionPct,
      workoutId: row.workoutId,
      workoutName: row.workoutName
    }))
}

/** A harder alternative of an exercise, with what decides whether a client can take it on. */
export interface HarderAlternative {
  exerciseId: number
  alternativeId: number
  name: string
  cautions: string[]
}

/** The harder alternatives (not archived) of the given exercises, by name within each exercise. */
export function harderAlternatives(db: Database, exerciseIds: readonly number[]): HarderAlternative[] {
  return statement<[string], Omit<HarderAlternative, 'cautions'> & { cautions: string }>(
    db,
    `SELECT a.exercise_id AS exerciseId, e.id AS alternativeId, e.name, e.cautions
     FROM exercise_alternatives a JOIN exercises e ON e.id = a.alternative_id
     WHERE a.kind = 'harder' AND e.archived = 0 AND a.exercise_id IN (SELECT value FROM json_each(?))
     ORDER BY a.exercise_id, e.name_folded`
  )
    .all(JSON.stringify(exerciseIds))
    .map((row) => ({ ...row, cautions: JSON.parse(row.cautions) as string[] }))
}

/**
 * The latest sessions (newest first) with work sets logged against a prescription for the
 * exercise it holds now (sets of an exercise it was swapped from say nothing about this one),
 * and those sets.
 */
export function latestPrescriptionSessions(
  db: Database,
  prescriptionId: number,
  exerciseId: number,
  limit = 2
): LoggedSession[] {
  const sessions = statement<[number, number, number], { sessionId: number; date: string }>(
    db,
    `SELECT s.id AS sessionId, s.date FROM sessions s
     WHERE s.id IN (SELECT session_id FROM set_logs WHERE prescription_id = ? AND exercise_id = ? AND warmup = 0)
     ORDER BY s.date DESC, s.id DESC LIMIT ?`
  ).all(prescriptionId, exerciseId, limit)
  const sets = statement<
    [number, number, number],
    { reps: number | null; holdS: number | null; loadKg: number | null; rpe: number | null }
  >(
    db,
    `SELECT reps, hold_s AS holdS, load_kg AS loadKg, rpe FROM set_logs
     WHERE session_id = ? AND prescription_id = ? AND exercise_id = ? AND warmup = 0 ORDER BY set_number, id`
  )
  return sessions.map((s) => ({ ...s, sets: sets.all(s.sessionId, prescriptionId, exerciseId) }))
}

/** The client owning the program a prescription belongs to; undefined for none or a template. */
export function prescriptionClientId(db: Database, prescriptionId: number): number | null | undefined {
  const row = statement<[number], { clientId: number | null }>(
    db,
    `SELECT p.client_id AS clientId FROM prescriptions r JOIN workouts w ON w.id = r.workout_id
       JOIN programs p ON p.id = w.program_id WHERE r.id = ?`
  ).get(prescriptionId)
  return row ? row.clientId : undefined
}

export interface SuggestionDecision {
  prescriptionId: number
  sessionId: number
  decision: 'accepted' | 'dismissed'
}

/** The decisions recorded for the given prescriptions, by prescription. */
export function suggestionDecisions(
  db: Database,
  prescriptionIds: readonly number[]
): Map<number, SuggestionDecision> {
  const rows = statement<[string], SuggestionDecision>(
    db,
    `SELECT prescription_id AS prescriptionId, session_id AS sessionId, decision FROM suggestion_decisions
     WHERE prescription_id IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(prescriptionIds))
  return new Map(rows.map((row) => [row.prescriptionId, row]))
}

/** Records the trainer's decision about the suggestion based on `sessionId`, replacing an older one. */
export function saveSuggestionDecision(
  db: Database,
  decision: SuggestionDecision & { loadKg: number | null },
  now: string
): void {
  statement(
    db,
    `INSERT INTO suggestion_decisions (prescription_id, session_id, decision, load_kg, decided_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (prescription_id) DO UPDATE SET session_id = excluded.session_id,
       decision = excluded.decision, load_kg = excluded.load_kg, decided_at = excluded.decided_at`
  ).run(decision.prescriptionId, decision.sessionId, decision.decision, decision.loadKg, now)
}

/** Sets a prescription's rep range (accepting a suggestion of more reps). */
export function setPrescriptionReps(
  db: Database,
  prescriptionId: number,
  repsMin: number,
  repsMax: number
): void {
  statement(db, 'UPDATE prescriptions SET reps_min = ?, reps_max = ? WHERE id = ?').run(
    repsMin,
    repsMax,
    prescriptionId
  )
}

/** Sets a prescription's hold range in seconds (accepting a suggestion of longer holds). */
export function setPrescriptionHold(
  db: Database,
  prescriptionId: number,
  holdMinS: number,
  holdMaxS: number
): void {
  statement(db, 'UPDATE prescriptions SET hold_min_s = ?, hold_max_s = ? WHERE id = ?').run(
    holdMinS,
    holdMaxS,
    prescriptionId
  )
}

/** Sets a prescription's set range (accepting a suggestion of one more set). */
export function setPrescriptionSets(
  db: Database,
  prescriptionId: number,
  setsMin: number,
  setsMax: number
): void {
  statement(db, 'UPDATE prescriptions SET sets_min = ?, sets_max = ? WHERE id = ?').run(
    setsMin,
    setsMax,
    prescriptionId
  )
}

/** Sets a prescription's load to a fixed weight in kg. */
export function setPrescriptionLoadKg(db: Database, prescriptionId: number, kg: number): void {
  statement(
    db,
    "UPDATE prescriptions SET load_kind = 'kg', load_value = ?, load_band = NULL WHERE id = ?"
  ).run(kg, prescriptionId)
}
