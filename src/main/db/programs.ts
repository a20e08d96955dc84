import type { Database } from 'better-sqlite3'
import type { PrescriptionBody } from '@shared/schemas/program'
import { statement } from './statements'

export interface ProgramFields {
  clientId: number | null
  builtinKey: string | null
  name: string
  goal: string
  notes: string
  startDate: string | null
  weeks: number
  status: 'draft' | 'active' | 'completed'
  sourceProgramId: number | null
}

/** Inserts a program (a template when clientId is null) and returns its id. */
export function insertProgram(db: Database, program: ProgramFields, now: string): number {
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

/** Inserts a prescription into a workout and returns its id. */
export function insertPrescription(
  db: Database,
  workoutId: number,
  exerciseId: number,
  position: number,
  body: PrescriptionBody
): number {
  const load = body.load
  return Number(
    statement(
      db,
      `INSERT INTO prescriptions (workout_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max,
         hold_min_s, hold_max_s, load_kind, load_value, load_band, rest_min_s, rest_max_s, tempo, per_side,
         superset_group, notes)
       VALUES (@workoutId, @exerciseId, @position, @setsMin, @setsMax, @repsMin, @repsMax, @holdMinS, @holdMaxS,
         @loadKind, @loadValue, @loadBand, @restMinS, @restMaxS, @tempo, @perSide, @supersetGroup, @notes)`
    ).run({
      workoutId,
      exerciseId,
      position,
      setsMin: body.setsMin,
      setsMax: body.setsMax,
      repsMin: body.repsMin,
      repsMax: body.repsMax,
      holdMinS: body.holdMinS,
      holdMaxS: body.holdMaxS,
      loadKind: load.kind,
      loadValue: 'value' in load && typeof load.value === 'number' ? load.value : null,
      loadBand: load.kind === 'band' ? load.value : null,
      restMinS: body.restMinS,
      restMaxS: body.restMaxS,
      tempo: body.tempo,
      perSide: body.perSide ? 1 : 0,
      supersetGroup: body.supersetGroup,
      notes: body.notes
    }).lastInsertRowid
  )
}
