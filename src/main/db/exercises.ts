import type { Database } from 'better-sqlite3'
import type { Exercise } from '@shared/schemas/exercise'
import { foldText } from '@shared/fold-text'
import { jsonColumn } from './json-column'
import { statement } from './statements'

type ExerciseBody = Omit<Exercise, 'id' | 'builtinKey' | 'archived' | 'alternatives'>

interface ExerciseRow {
  id: number
  builtin_key: string | null
  name: string
  category: Exercise['category']
  pattern: Exercise['pattern']
  equipment: string
  primary_muscles: string
  secondary_muscles: string
  unilateral: number
  steps: string
  cues: string
  cautions: string
  runner_benefit: string
  archived: number
}

function toExercise(row: ExerciseRow, alternatives: Exercise['alternatives']): Exercise {
  return {
    id: row.id,
    builtinKey: row.builtin_key,
    name: row.name,
    category: row.category,
    pattern: row.pattern,
    equipment: jsonColumn<Exercise['equipment']>(row.equipment),
    primaryMuscles: jsonColumn<Exercise['primaryMuscles']>(row.primary_muscles),
    secondaryMuscles: jsonColumn<Exercise['secondaryMuscles']>(row.secondary_muscles),
    unilateral: row.unilateral === 1,
    steps: jsonColumn<Exercise['steps']>(row.steps),
    cues: jsonColumn<Exercise['cues']>(row.cues),
    cautions: jsonColumn<Exercise['cautions']>(row.cautions),
    runnerBenefit: row.runner_benefit,
    archived: row.archived === 1,
    alternatives
  }
}

function toParams(body: ExerciseBody): Record<string, unknown> {
  return {
    name: body.name,
    name_folded: foldText(body.name),
    category: body.category,
    pattern: body.pattern,
    equipment: JSON.stringify(body.equipment),
    primary_muscles: JSON.stringify(body.primaryMuscles),
    secondary_muscles: JSON.stringify(body.secondaryMuscles),
    unilateral: body.unilateral ? 1 : 0,
    steps: JSON.stringify(body.steps),
    cues: JSON.stringify(body.cues),
    cautions: JSON.stringify(body.cautions),
    runner_benefit: body.runnerBenefit
  }
}

/** Inserts an exercise (built-in when a key is given) and returns its id. */
export function insertExercise(
  db: Database,
  body: ExerciseBody,
  builtinKey: string | null,
  now: string
): number {
  const result = statement(
    db,
    `INSERT INTO exercises (builtin_key, name, name_folded, category, pattern, equipment, primary_muscles,
       secondary_muscles, unilateral, steps, cues, cautions, runner_benefit, created_at, updated_at)
     VALUES (@builtin_key, @name, @name_folded, @category, @pattern, @equipment, @primary_muscles,
       @secondary_muscles, @unilateral, @steps, @cues, @cautions, @runner_benefit, @now, @now)`
  ).run({ ...toParams(body), builtin_key: builtinKey, now })
  return Number(result.lastInsertRowid)
}

/** Ids of built-in exercises by their key. */
export function builtinExerciseIds(db: Database): Map<string, number> {
  const rows = statement<[], { id: number; builtin_key: string }>(
    db,
    'SELECT id, builtin_key FROM exercises WHERE builtin_key IS NOT NULL'
  ).all()
  return new Map(rows.map((row) => [row.builtin_key, row.id]))
}

/** A built-in exercise as the library upgrade compares it: its content, links and fingerprint. */
export interface StoredBuiltin {
  id: number
  key: string
  /** The fingerprint of the content last installed; null in stores from before it was kept. */
  fingerprint: string | null
  body: ExerciseBody
  /** Links to other built-ins, by their keys. */
  alternatives: Array<{ kind: Exercise['alternatives'][number]['kind']; key: string }>
}

/** Every built-in exercise (archived ones included) with what the library upgrade compares. */
export function listBuiltinExercises(db: Database): StoredBuiltin[] {
  const links = statement<
    [],
    { exercise_id: number; kind: Exercise['alternatives'][number]['kind']; key: string }
  >(
    db,
    `SELECT a.exercise_id, a.kind, e.builtin_key AS key FROM exercise_alternatives a
     JOIN exercises e ON e.id = a.alternative_id WHERE e.builtin_key IS NOT NULL`
  ).all()
  const byExercise = new Map<number, StoredBuiltin['alternatives']>()
  for (const link of links) {
    const list = byExercise.get(link.exercise_id) ?? []
    list.push({ kind: link.kind, key: link.key })
    byExercise.set(link.exercise_id, list)
  }
  return statement<[], ExerciseRow & { builtin_fingerprint: string | null }>(
    db,
    'SELECT * FROM exercises WHERE builtin_key IS NOT NULL ORDER BY id'
  )
    .all()
    .map((row) => {
      const {
        id,
        builtinKey: _key,
        archived: _archived,
        alternatives: _alternatives,
        ...body
      } = toExercise(row, [])
      return {
        id,
        key: row.builtin_key as string,
        fingerprint: row.builtin_fingerprint,
        body,
        alternatives: byExercise.get(id) ?? []
      }
    })
}

/** Records the fingerprint of the built-in content an exercise now holds. */
export function setBuiltinFingerprint(db: Database, id: number, fingerprint: string): void {
  statement(db, 'UPDATE exercises SET builtin_fingerprint = ? WHERE id = ?').run(fingerprint, id)
}

/** Links an alternative to an exercise; an existing link is kept as it is. */
export function addAlternative(
  db: Database,
  exerciseId: number,
  alternativeId: number,
  kind: Exercise['alternatives'][number]['kind']
): void {
  statement(
    db,
    'INSERT OR IGNORE INTO exercise_alternatives (exercise_id, alternative_id, kind) VALUES (?, ?, ?)'
  ).run(exerciseId, alternativeId, kind)
}

function alternativesByExercise(db: Database): Map<number, Exercise['alternatives']> {
  const rows = statement<
    [],
    { exercise_id: number; alternative_id: number; kind: 'easier' | 'harder' | 'substitute'; name: string }
  >(
    db,
    `SELECT a.exercise_id, a.alternative_id, a.kind, e.name FROM exercise_alternatives a
     JOIN exercises e ON e.id = a.alternative_id ORDER BY a.kind, e.name_folded`
  ).all()
  const map = new Map<number, Exercise['alternatives']>()
  for (const row of rows) {
    const list = map.get(row.exercise_id) ?? []
    list.push({ kind: row.kind, exerciseId: row.alternative_id, name: row.name })
    map.set(row.exercise_id, list)
  }
  return map
}

/** The whole library (a few hundred rows at most), ordered by name. */
export function listExercises(db: Database, includeArchived: boolean): Exercise[] {
  const alternatives = alternativesByExercise(db)
  return statement<[number], ExerciseRow>(
    db,
    'SELECT * FROM exercises WHERE archived = 0 OR ? ORDER BY name_folded'
  )
    .all(includeArchived ? 1 : 0)
    .map((row) => toExercise(row, alternatives.get(row.id) ?? []))
}

function alternativesOf(db: Database, exerciseId: number): Exercise['alternatives'] {
  return statement<
    [number],
    { alternative_id: number; kind: Exercise['alternatives'][number]['kind']; name: string }
  >(
    db,
    `SELECT a.alternative_id, a.kind, e.name FROM exercise_alternatives a
     JOIN exercises e ON e.id = a.alternative_id WHERE a.exercise_id = ? ORDER BY a.kind, e.name_folded`
  )
    .all(exerciseId)
    .map((row) => ({ kind: row.kind, exerciseId: row.alternative_id, name: row.name }))
}

/** One exercise with its alternatives, or undefined when there is none with that id. */
export function getExercise(db: Database, id: number): Exercise | undefined {
  const row = statement<[number], ExerciseRow>(db, 'SELECT * FROM exercises WHERE id = ?').get(id)
  return row ? toExercise(row, alternativesOf(db, id)) : undefined
}

/** Replaces every described field of an exercise; its key, archived flag and links stay. */
export function updateExercise(db: Database, id: number, body: ExerciseBody, now: string): void {
  statement(
    db,
    `UPDATE exercises SET name = @name, name_folded = @name_folded, category = @category, pattern = @pattern,
       equipment = @equipment, primary_muscles = @primary_muscles, secondary_muscles = @secondary_muscles,
       unilateral = @unilateral, steps = @steps, cues = @cues, cautions = @cautions,
       runner_benefit = @runner_benefit, updated_at = @now
     WHERE id = @id`
  ).run({ ...toParams(body), id, now })
}

/** Archives (hides from lists and pickers) or restores an exercise. */
export function setExerciseArchived(db: Database, id: number, archived: boolean, now: string): void {
  statement(db, 'UPDATE exercises SET archived = ?, updated_at = ? WHERE id = ?').run(
    archived ? 1 : 0,
    now,
    id
  )
}

/** Removes every alternative link of an exercise; callers re-add the new set in the same transaction. */
export function clearAlternatives(db: Database, exerciseId: number): void {
  statement(db, 'DELETE FROM exercise_alternatives WHERE exercise_id = ?').run(exerciseId)
}

/** Removes an exercise's links to built-in exercises, keeping any to the trainer's own. */
export function clearBuiltinAlternatives(db: Database, exerciseId: number): void {
  statement(
    db,
    `DELETE FROM exercise_alternatives WHERE exercise_id = ?
       AND alternative_id IN (SELECT id FROM exercises WHERE builtin_key IS NOT NULL)`
  ).run(exerciseId)
}

/**
 * The names of those of these ids that name a stored exercise (archived ones included): one query
 * both checks a logged session's exercises and names its sets, so the saved session need not be
 * read back.
 */
export function exerciseNames(db: Database, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map()
  const rows = statement<[string], [number, string]>(
    db,
    'SELECT id, name FROM exercises WHERE id IN (SELECT value FROM json_each(?))'
  )
    .raw(true)
    .all(JSON.stringify([...new Set(ids)]))
  return new Map(rows)
}

/** Which of these ids name a stored exercise (archived ones included). */
export function existingExerciseIds(db: Database, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set()
  // One bound JSON array instead of a variable-length IN list keeps a single cached statement.
  return new Set(
    statement<[string], number>(db, 'SELECT id FROM exercises WHERE id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(ids))
  )
}

/**
 * The id of an exercise with this name, compared case- and accent-insensitively; only
 * exercises in the library (not archived) count unless `includeArchived` is set.
 */
export function exerciseIdByName(db: Database, name: string, includeArchived = false): number | undefined {
  return statement<[string, number], number>(
    db,
    'SELECT id FROM exercises WHERE name_folded = ? AND (archived = 0 OR ?) ORDER BY id LIMIT 1'
  )
    .pluck()
    .get(foldText(name.trim()), includeArchived ? 1 : 0)
}
