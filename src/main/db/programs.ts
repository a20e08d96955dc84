import type { Database } from 'better-sqlite3'
import type { Load, PrescriptionBody } from '@shared/schemas/program'
import type { Prescription, ProgramFields } from '@shared/schemas/program-views'
import { loadFromColumns, loadColumns } from './load-columns'
import { jsonColumn } from './json-column'
import { statement } from './statements'

export interface NewProgram {
  clientId: number | null
  builtinKey: string | null
  name: string
  goal: string
  notes: string
  startDate: string | null
  weeks: number
  status: ProgramFields['status']
  sourceProgramId: number | null
}

/** Inserts a program (a template when clientId is null) and returns its id. */
export function insertProgram(db: Database, program: NewProgram, now: string): number {
  const result = statement(
    db,
    `INSERT INTO programs (client_id, builtin_key, name, goal, notes, start_date, weeks, status, source_program_id,
       created_at, updated_at)
     VALUES (@clientId, @builtinKey, @name, @goal, @notes, @startDate, @weeks, @status, @sourceProgramId, @now, @now)`
  ).run({ ...program, now })
  return Number(result.lastInsertRowid)
}

/** Ids of built-in templates by their key. */
export function builtinTemplateIds(db: Database): Map<string, number> {
  const rows = statement<[], { id: number; builtin_key: string }>(
    db,
    'SELECT id, builtin_key FROM programs WHERE builtin_key IS NOT NULL'
  ).all()
  return new Map(rows.map((row) => [row.builtin_key, row.id]))
}

/** Appends a workout to a program and returns its id. */
export function insertWorkout(
  db: Database,
  programId: number,
  name: string,
  position: number,
  notes: string
): number {
  return Number(
    statement(db, 'INSERT INTO workouts (program_id, name, position, notes) VALUES (?, ?, ?, ?)').run(
      programId,
      name,
      position,
      notes
    ).lastInsertRowid
  )
}

/** A prescription's fields as the named parameters both the insert and the update bind. */
function prescriptionParams(body: PrescriptionBody): Record<string, unknown> {
  return {
    setsMin: body.setsMin,
    setsMax: body.setsMax,
    repsMin: body.repsMin,
    repsMax: body.repsMax,
    holdMinS: body.holdMinS,
    holdMaxS: body.holdMaxS,
    ...loadColumns(body.load),
    restMinS: body.restMinS,
    restMaxS: body.restMaxS,
    tempo: body.tempo,
    perSide: body.perSide ? 1 : 0,
    supersetGroup: body.supersetGroup,
    notes: body.notes,
    progressionPct: body.progressionPct ?? null
  }
}

/** Inserts a prescription into a workout and returns its id. */
export function insertPrescription(
  db: Database,
  workoutId: number,
  exerciseId: number,
  position: number,
  body: PrescriptionBody
): number {
  return Number(
    statement(
      db,
      `INSERT INTO prescriptions (workout_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max,
         hold_min_s, hold_max_s, load_kind, load_value, load_band, rest_min_s, rest_max_s, tempo, per_side,
         superset_group, notes, progression_pct)
       VALUES (@workoutId, @exerciseId, @position, @setsMin, @setsMax, @repsMin, @repsMax, @holdMinS, @holdMaxS,
         @loadKind, @loadValue, @loadBand, @restMinS, @restMaxS, @tempo, @perSide, @supersetGroup, @notes,
         @progressionPct)`
    ).run({ workoutId, exerciseId, position, ...prescriptionParams(body) }).lastInsertRowid
  )
}

interface ProgramRow {
  id: number
  client_id: number | null
  builtin_key: string | null
  name: string
  goal: string
  notes: string
  start_date: string | null
  weeks: number
  status: ProgramFields['status']
  source_program_id: number | null
  source_name: string | null
  updated_at: string
}

/** A program as read back: what was inserted, plus its id, its source's name and when it changed. */
export interface StoredProgram extends NewProgram {
  id: number
  sourceName: string | null
  updatedAt: string
}

function toProgram(row: ProgramRow): StoredProgram {
  return {
    id: row.id,
    clientId: row.client_id,
    builtinKey: row.builtin_key,
    name: row.name,
    goal: row.goal,
    notes: row.notes,
    startDate: row.start_date,
    weeks: row.weeks,
    status: row.status,
    sourceProgramId: row.source_program_id,
    sourceName: row.source_name,
    updatedAt: row.updated_at
  }
}

const programSelect = `SELECT p.*, s.name AS source_name FROM programs p LEFT JOIN programs s ON s.id = p.source_program_id`

export function getProgramRow(db: Database, id: number): StoredProgram | undefined {
  const row = statement<[number], ProgramRow>(db, `${programSelect} WHERE p.id = ?`).get(id)
  return row ? toProgram(row) : undefined
}

interface SummaryRow extends ProgramRow {
  workout_count: number
  exercise_count: number
}

const summarySelect = `SELECT p.*, NULL AS source_name,
   (SELECT count(*) FROM workouts w WHERE w.program_id = p.id) AS workout_count,
   (SELECT count(*) FROM prescriptions r JOIN workouts w ON w.id = r.workout_id WHERE w.program_id = p.id) AS exercise_count
 FROM programs p`

function toSummary(row: SummaryRow) {
  return { ...toProgram(row), workoutCount: row.workout_count, exerciseCount: row.exercise_count }
}

/** Templates (programs without a client), built-ins first, then by name. */
export function listTemplates(db: Database) {
  return statement<[], SummaryRow>(
    db,
    `${summarySelect} WHERE p.client_id IS NULL ORDER BY p.builtin_key IS NULL, p.name COLLATE NOCASE`
  )
    .all()
    .map(toSummary)
}

/** A client's programs: the active one first, then drafts, then completed, newest first. */
export function listClientPrograms(db: Database, clientId: number) {
  return statement<[number], SummaryRow>(
    db,
    `${summarySelect} WHERE p.client_id = ?
     ORDER BY CASE p.status WHEN 'active' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, p.updated_at DESC`
  )
    .all(clientId)
    .map(toSummary)
}

export function updateProgramFields(
  db: Database,
  id: number,
  fields: Pick<StoredProgram, 'name' | 'goal' | 'notes' | 'startDate' | 'weeks' | 'status'>,
  now: string
): void {
  statement(
    db,
    `UPDATE programs SET name = @name, goal = @goal, notes = @notes, start_date = @startDate, weeks = @weeks,
       status = @status, updated_at = @now WHERE id = @id`
  ).run({ ...fields, now, id })
}

/** Marks any other active program of the client completed, so only one stays active. */
export function completeOtherActivePrograms(
  db: Database,
  clientId: number,
  keepId: number,
  now: string
): number {
  return statement(
    db,
    `UPDATE programs SET status = 'completed', updated_at = ? WHERE client_id = ? AND status = 'active' AND id <> ?`
  ).run(now, clientId, keepId).changes
}

export function touchProgram(db: Database, id: number, now: string): void {
  statement(db, 'UPDATE programs SET updated_at = ? WHERE id = ?').run(now, id)
}

export function deleteProgram(db: Database, id: number): boolean {
  return statement(db, 'DELETE FROM programs WHERE id = ?').run(id).changes > 0
}

/** Copies one workout with all its prescriptions into a program, at a position. */
export function copyWorkout(
  db: Database,
  workoutId: number,
  programId: number,
  position: number,
  name?: string
): number {
  const newId = Number(
    statement(
      db,
      `INSERT INTO workouts (program_id, name, position, notes)
       SELECT ?, coalesce(?, name), ?, notes FROM workouts WHERE id = ?`
    ).run(programId, name ?? null, position, workoutId).lastInsertRowid
  )
  statement(
    db,
    `INSERT INTO prescriptions (workout_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max, hold_min_s,
       hold_max_s, load_kind, load_value, load_band, rest_min_s, rest_max_s, tempo, per_side, superset_group, notes,
       progression_pct)
     SELECT ?, exercise_id, position, sets_min, sets_max, reps_min, reps_max, hold_min_s, hold_max_s, load_kind,
       load_value, load_band, rest_min_s, rest_max_s, tempo, per_side, superset_group, notes, progression_pct
     FROM prescriptions WHERE workout_id = ? ORDER BY position`
  ).run(newId, workoutId)
  return newId
}

/** Deep-copies every workout of one program into another (template → program, program → template). */
export function copyWorkouts(db: Database, fromProgramId: number, toProgramId: number): void {
  const ids = statement<[number], { id: number; position: number }>(
    db,
    'SELECT id, position FROM workouts WHERE program_id = ? ORDER BY position'
  ).all(fromProgramId)
  for (const workout of ids) copyWorkout(db, workout.id, toProgramId, workout.position)
}

export function deleteWorkoutsOf(db: Database, programId: number): void {
  statement(db, 'DELETE FROM workouts WHERE program_id = ?').run(programId)
}

export interface StoredWorkout {
  id: number
  programId: number
  name: string
  notes: string
  position: number
}

export function listWorkouts(db: Database, programId: number): StoredWorkout[] {
  return statement<[number], StoredWorkout>(
    db,
    'SELECT id, program_id AS programId, name, notes, position FROM workouts WHERE program_id = ? ORDER BY position, id'
  ).all(programId)
}

export function getWorkout(db: Database, id: number): StoredWorkout | undefined {
  return statement<[number], StoredWorkout>(
    db,
    'SELECT id, program_id AS programId, name, notes, position FROM workouts WHERE id = ?'
  ).get(id)
}

export function updateWorkout(db: Database, id: number, name: string, notes: string): void {
  statement(db, 'UPDATE workouts SET name = ?, notes = ? WHERE id = ?').run(name, notes, id)
}

export function deleteWorkout(db: Database, id: number): void {
  statement(db, 'DELETE FROM workouts WHERE id = ?').run(id)
}

/** Rewrites positions 0..n-1 in the given order. */
export function setWorkoutOrder(db: Database, ids: readonly number[]): void {
  const update = statement(db, 'UPDATE workouts SET position = ? WHERE id = ?')
  ids.forEach((id, position) => update.run(position, id))
}

interface PrescriptionRow {
  id: number
  workout_id: number
  exercise_id: number
  exercise_name: string
  exercise_cautions: string
  exercise_category: 'lower' | 'upper' | 'core' | 'full'
  position: number
  sets_min: number
  sets_max: number
  reps_min: number | null
  reps_max: number | null
  hold_min_s: number | null
  hold_max_s: number | null
  load_kind: Load['kind']
  load_value: number | null
  load_band: string | null
  rest_min_s: number | null
  rest_max_s: number | null
  tempo: string
  per_side: number
  superset_group: string | null
  notes: string
  progression_pct: number | null
}

function toPrescription(row: PrescriptionRow): Prescription {
  return {
    id: row.id,
    workoutId: row.workout_id,
    exerciseId: row.exercise_id,
    exerciseName: row.exercise_name,
    exerciseCautions: jsonColumn<Prescription['exerciseCautions']>(row.exercise_cautions),
    exerciseCategory: row.exercise_category,
    position: row.position,
    setsMin: row.sets_min,
    setsMax: row.sets_max,
    repsMin: row.reps_min,
    repsMax: row.reps_max,
    holdMinS: row.hold_min_s,
    holdMaxS: row.hold_max_s,
    load: loadFromColumns(row.load_kind, row.load_value, row.load_band),
    restMinS: row.rest_min_s,
    restMaxS: row.rest_max_s,
    tempo: row.tempo,
    perSide: row.per_side === 1,
    supersetGroup: row.superset_group,
    notes: row.notes,
    progressionPct: row.progression_pct
  }
}

const prescriptionSelect = `SELECT r.*, e.name AS exercise_name, e.cautions AS exercise_cautions,
   e.category AS exercise_category FROM prescriptions r JOIN exercises e ON e.id = r.exercise_id`

export function getPrescription(db: Database, id: number): Prescription | undefined {
  const row = statement<[number], PrescriptionRow>(db, `${prescriptionSelect} WHERE r.id = ?`).get(id)
  return row ? toPrescription(row) : undefined
}

/** Every prescription of a program's workouts in one query, grouped by workout. */
export function prescriptionsByWorkout(db: Database, programId: number): Map<number, Prescription[]> {
  const rows = statement<[number], PrescriptionRow>(
    db,
    `${prescriptionSelect} JOIN workouts w ON w.id = r.workout_id WHERE w.program_id = ? ORDER BY r.position, r.id`
  ).all(programId)
  const map = new Map<number, Prescription[]>()
  for (const row of rows) {
    const list = map.get(row.workout_id) ?? []
    list.push(toPrescription(row))
    map.set(row.workout_id, list)
  }
  return map
}

/** A workout's prescription ids in their order: what a copy's set logs point at. */
export function prescriptionIds(db: Database, workoutId: number): number[] {
  return statement<[number], number>(
    db,
    'SELECT id FROM prescriptions WHERE workout_id = ? ORDER BY position, id'
  )
    .pluck()
    .all(workoutId)
}

export function listPrescriptions(db: Database, workoutId: number): Prescription[] {
  return statement<[number], PrescriptionRow>(
    db,
    `${prescriptionSelect} WHERE r.workout_id = ? ORDER BY r.position, r.id`
  )
    .all(workoutId)
    .map(toPrescription)
}

/** Replaces a prescription's fields. */
export function updatePrescription(db: Database, id: number, body: PrescriptionBody): void {
  statement(
    db,
    `UPDATE prescriptions SET sets_min = @setsMin, sets_max = @setsMax, reps_min = @repsMin, reps_max = @repsMax,
       hold_min_s = @holdMinS, hold_max_s = @holdMaxS, load_kind = @loadKind, load_value = @loadValue,
       load_band = @loadBand, rest_min_s = @restMinS, rest_max_s = @restMaxS, tempo = @tempo, per_side = @perSide,
       superset_group = @supersetGroup, notes = @notes, progression_pct = @progressionPct WHERE id = @id`
  ).run({ id, ...prescriptionParams(body) })
}

export function setPrescriptionExercise(db: Database, id: number, exerciseId: number): void {
  statement(db, 'UPDATE prescriptions SET exercise_id = ? WHERE id = ?').run(exerciseId, id)
}

export function setSupersetGroup(db: Database, id: number, group: string | null): void {
  statement(db, 'UPDATE prescriptions SET superset_group = ? WHERE id = ?').run(group, id)
}

export function deletePrescription(db: Database, id: number): void {
  statement(db, 'DELETE FROM prescriptions WHERE id = ?').run(id)
}

export function setPrescriptionOrder(db: Database, ids: readonly number[]): void {
  const update = statement(db, 'UPDATE prescriptions SET position = ? WHERE id = ?')
  ids.forEach((id, position) => update.run(position, id))
}

/** The program a workout or a prescription belongs to. */
export function programOfWorkout(db: Database, workoutId: number): number | undefined {
  return statement<[number], { program_id: number }>(db, 'SELECT program_id FROM workouts WHERE id = ?').get(
    workoutId
  )?.program_id
}

export interface StoredMax {
  exerciseId: number
  kind: '1rm' | 'tm'
  kg: number
  setOn: string
}

export function listMaxes(db: Database, clientId: number): StoredMax[] {
  return statement<[number], StoredMax>(
    db,
    'SELECT exercise_id AS exerciseId, kind, kg, set_on AS setOn FROM client_maxes WHERE client_id = ?'
  ).all(clientId)
}

export function upsertMax(db: Database, clientId: number, max: StoredMax): void {
  statement(
    db,
    `INSERT INTO client_maxes (client_id, exercise_id, kind, kg, set_on) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (client_id, exercise_id) DO UPDATE SET kind = excluded.kind, kg = excluded.kg, set_on = excluded.set_on`
  ).run(clientId, max.exerciseId, max.kind, max.kg, max.setOn)
}

export function deleteMax(db: Database, clientId: number, exerciseId: number): boolean {
  return (
    statement(db, 'DELETE FROM client_maxes WHERE client_id = ? AND exercise_id = ?').run(
      clientId,
      exerciseId
    ).changes > 0
  )
}
