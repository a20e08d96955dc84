import type { Database } from 'better-sqlite3'
import { statement } from './statements'

/** The trainer's remembered answer for an exercise name from another app. */
export interface NameMapping {
  target: 'exercise' | 'run' | 'cross' | 'skip'
  exerciseId: number | null
}

/** Every remembered name mapping, by folded name. */
export function readNameMappings(db: Database): Map<string, NameMapping> {
  const rows = statement<
    [],
    { name_folded: string; target: NameMapping['target']; exercise_id: number | null }
  >(db, 'SELECT name_folded, target, exercise_id FROM exercise_name_map').all()
  return new Map(rows.map((row) => [row.name_folded, { target: row.target, exerciseId: row.exercise_id }]))
}

/** Remembers (or replaces) the answer for one name. */
export function saveNameMapping(db: Database, nameFolded: string, mapping: NameMapping): void {
  statement(
    db,
    `INSERT INTO exercise_name_map (name_folded, target, exercise_id) VALUES (?, ?, ?)
     ON CONFLICT (name_folded) DO UPDATE SET target = excluded.target, exercise_id = excluded.exercise_id`
  ).run(nameFolded, mapping.target, mapping.exerciseId)
}

/** Whether a workout with this key was already imported for the client. */
export function hasImportKey(db: Database, clientId: number, key: string): boolean {
  return (
    statement<[number, string], { one: number }>(
      db,
      'SELECT 1 AS one FROM import_keys WHERE client_id = ? AND key = ?'
    ).get(clientId, key) !== undefined
  )
}

/** Records what an imported workout became, so the next import of the same file skips it. */
export function addImportKey(
  db: Database,
  clientId: number,
  key: string,
  target: { sessionId?: number; runId?: number }
): void {
  statement(
    db,
    'INSERT OR IGNORE INTO import_keys (client_id, key, session_id, run_id) VALUES (?, ?, ?, ?)'
  ).run(clientId, key, target.sessionId ?? null, target.runId ?? null)
}
