import type { Database } from 'better-sqlite3'
import type { Session, SessionSummary, SetInput, SetLog } from '@shared/schemas/logs'
import { statement } from './statements'

/** A session's own fields as stored (SI units, ISO date). */
export interface SessionRow {
  clientId: number
  date: string
  workoutId: number | null
  durationS: number | null
  effort: number | null
  notes: string
}

/** A session row with its workout's name and program, as the session queries select it. */
interface SessionSelectRow {
  id: number
  client_id: number
  date: string
  workout_id: number | null
  workout_name: string | null
  program_id: number | null
  duration_s: number | null
  effort: number | null
  notes: string
  created_at: string
}

interface SummaryRow extends SessionSelectRow {
  set_count: number
  exercise_count: number
}

interface SetRow {
  id: number
  exercise_id: number
  exercise_name: string
  prescription_id: number | null
  set_number: number
  reps: number | null
  hold_s: number | null
  load_kg: number | null
  rpe: number | null
  warmup: number
}

const summarySelect = `SELECT s.id, s.client_id, s.date, s.workout_id, w.name AS workout_name, w.program_id,
   s.duration_s, s.effort, s.notes, s.created_at,
   (SELECT count(*) FROM set_logs l WHERE l.session_id = s.id) AS set_count,
   (SELECT count(DISTINCT l.exercise_id) FROM set_logs l WHERE l.session_id = s.id) AS exercise_count
 FROM sessions s LEFT JOIN workouts w ON w.id = s.workout_id`

const sessionSelect = `SELECT s.id, s.client_id, s.date, s.workout_id, w.name AS workout_name, w.program_id,
   s.duration_s, s.effort, s.notes, s.created_at
 FROM sessions s LEFT JOIN workouts w ON w.id = s.workout_id`

function toFields(row: SessionSelectRow): Omit<Session, 'sets' | 'createdAt'> {
  return {
    id: row.id,
    clientId: row.client_id,
    date: row.date,
    workoutId: row.workout_id,
    workoutName: row.workout_name,
    programId: row.program_id,
    durationS: row.duration_s,
    effort: row.effort,
    notes: row.notes
  }
}

function toSummary(row: SummaryRow): SessionSummary {
  return { ...toFields(row), setCount: row.set_count, exerciseCount: row.exercise_count }
}

function toSet(row: SetRow): SetLog {
  return {
    id: row.id,
    exerciseId: row.exercise_id,
    exerciseName: row.exercise_name,
    prescriptionId: row.prescription_id,
    setNumber: row.set_number,
    reps: row.reps,
    holdS: row.hold_s,
    loadKg: row.load_kg,
    rpe: row.rpe,
    warmup: row.warmup === 1
  }
}

/** A client's sessions, newest first (by date, then by when they were entered). */
export function listSessions(db: Database, clientId: number): SessionSummary[] {
  return statement<[number], SummaryRow>(
    db,
    `${summarySelect} WHERE s.client_id = ? ORDER BY s.date DESC, s.id DESC`
  )
    .all(clientId)
    .map(toSummary)
}

/** One session with its sets in the order they were entered. */
export function getSession(db: Database, id: number): Session | undefined {
  // Not summarySelect: a session shows its sets, so the per-session counts would be wasted work.
  const row = statement<[number], SessionSelectRow>(db, `${sessionSelect} WHERE s.id = ?`).get(id)
  if (!row) return undefined
  const sets = statement<[number], SetRow>(
    db,
    `SELECT l.id, l.exercise_id, e.name AS exercise_name, l.prescription_id, l.set_number, l.reps, l.hold_s,
       l.load_kg, l.rpe, l.warmup
     FROM set_logs l JOIN exercises e ON e.id = l.exercise_id WHERE l.session_id = ? ORDER BY l.id`
  )
    .all(id)
    .map(toSet)
  return { ...toFields(row), createdAt: row.created_at, sets }
}

/** Which client a session belongs to, or undefined when there is no such session. */
export function sessionClient(db: Database, id: number): number | undefined {
  return statement<[number], { client_id: number }>(db, 'SELECT client_id FROM sessions WHERE id = ?').get(id)
    ?.client_id
}

export function insertSession(db: Database, session: SessionRow, now: string): number {
  return Number(
    statement(
      db,
      `INSERT INTO sessions (client_id, date, workout_id, duration_s, effort, notes, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`
    ).run(
      session.clientId,
      session.date,
      session.workoutId,
      session.durationS,
      session.effort,
      session.notes,
      now
    ).lastInsertRowid
  )
}

export function updateSession(db: Database, id: number, session: SessionRow): void {
  statement(
    db,
    'UPDATE sessions SET date = ?, workout_id = ?, duration_s = ?, effort = ?, notes = ? WHERE id = ?'
  ).run(session.date, session.workoutId, session.durationS, session.effort, session.notes, id)
}

/**
 * Adds sets to a session that has none (a new one, or one whose sets were just deleted). Each
 * exercise's sets are numbered 1, 2, … in the order given; the caller runs this inside the
 * transaction that wrote the session. Returns each set's id and number, in the order given.
 */
export function insertSets(
  db: Database,
  sessionId: number,
  sets: readonly SetInput[]
): Array<{ id: number; setNumber: number }> {
  const insert = statement(
    db,
    `INSERT INTO set_logs (session_id, exercise_id, prescription_id, set_number, reps, hold_s, load_kg, rpe, warmup)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const numbers = new Map<number, number>()
  return sets.map((set) => {
    const number = (numbers.get(set.exerciseId) ?? 0) + 1
    numbers.set(set.exerciseId, number)
    const { lastInsertRowid } = insert.run(
      sessionId,
      set.exerciseId,
      set.prescriptionId,
      number,
      set.reps,
      set.holdS,
      set.loadKg,
      set.rpe,
      set.warmup ? 1 : 0
    )
    return { id: Number(lastInsertRowid), setNumber: number }
  })
}

/** Replaces an existing session's sets, inside the transaction that updated the session. */
export function replaceSets(
  db: Database,
  sessionId: number,
  sets: readonly SetInput[]
): Array<{ id: number; setNumber: number }> {
  statement(db, 'DELETE FROM set_logs WHERE session_id = ?').run(sessionId)
  return insertSets(db, sessionId, sets)
}

export function deleteSession(db: Database, id: number): boolean {
  return statement(db, 'DELETE FROM sessions WHERE id = ?').run(id).changes > 0
}

/**
 * A workout as a session names it: the client whose program it belongs to (null for a
 * template's), its name and program; undefined when there is no such workout.
 */
export function workoutForSession(
  db: Database,
  workoutId: number
): { clientId: number | null; name: string; programId: number } | undefined {
  return statement<[number], { clientId: number | null; name: string; programId: number }>(
    db,
    // The program's client as a subquery: written as a two-table join this lookup took fifteen
    // times as long per call on a large file, and it runs on every save.
    `SELECT (SELECT p.client_id FROM programs p WHERE p.id = w.program_id) AS clientId, w.name,
       w.program_id AS programId
     FROM workouts w WHERE w.id = ?`
  ).get(workoutId)
}

/** For each of the given prescriptions that exists: its workout and exercise (one query for all). */
export function prescriptionOwners(
  db: Database,
  ids: readonly number[]
): Map<number, { workoutId: number; exerciseId: number }> {
  const found = new Map<number, { workoutId: number; exerciseId: number }>()
  if (ids.length === 0) return found
  // One bound JSON array instead of a variable-length IN list keeps a single cached statement.
  const rows = statement<[string], [number, number, number]>(
    db,
    'SELECT id, workout_id, exercise_id FROM prescriptions WHERE id IN (SELECT value FROM json_each(?))'
  )
    .raw(true)
    .all(JSON.stringify([...new Set(ids)]))
  for (const [id, workoutId, exerciseId] of rows) found.set(id, { workoutId, exerciseId })
  return found
}
