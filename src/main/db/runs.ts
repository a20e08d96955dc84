import type { Database } from 'better-sqlite3'
import type { Run, RunInput } from '@shared/schemas/logs'
import { statement } from './statements'

interface RunRow {
  id: number
  client_id: number
  date: string
  kind: Run['kind']
  distance_m: number
  duration_s: number
  avg_hr: number | null
  effort: number | null
  notes: string
}

function toRun(row: RunRow): Run {
  return {
    id: row.id,
    clientId: row.client_id,
    date: row.date,
    kind: row.kind,
    distanceM: row.distance_m,
    durationS: row.duration_s,
    avgHr: row.avg_hr,
    effort: row.effort,
    notes: row.notes
  }
}

/** A client's runs, newest first. */
export function listRuns(db: Database, clientId: number): Run[] {
  return statement<[number], RunRow>(
    db,
    'SELECT * FROM run_logs WHERE client_id = ? ORDER BY date DESC, id DESC'
  )
    .all(clientId)
    .map(toRun)
}

export function getRun(db: Database, id: number): Run | undefined {
  const row = statement<[number], RunRow>(db, 'SELECT * FROM run_logs WHERE id = ?').get(id)
  return row ? toRun(row) : undefined
}

/** Stores a new run and returns its id. */
export function insertRun(db: Database, run: Omit<RunInput, 'id'>): number {
  return Number(
    statement(
      db,
      `INSERT INTO run_logs (client_id, date, kind, distance_m, duration_s, avg_hr, effort, notes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(run.clientId, run.date, run.kind, run.distanceM, run.durationS, run.avgHr, run.effort, run.notes)
      .lastInsertRowid
  )
}

/** Replaces a run's fields (not its client). */
export function updateRun(db: Database, id: number, run: Omit<RunInput, 'id' | 'clientId'>): void {
  statement(
    db,
    `UPDATE run_logs SET date = ?, kind = ?, distance_m = ?, duration_s = ?, avg_hr = ?, effort = ?, notes = ?
     WHERE id = ?`
  ).run(run.date, run.kind, run.distanceM, run.durationS, run.avgHr, run.effort, run.notes, id)
}

export function deleteRun(db: Database, id: number): boolean {
  return statement(db, 'DELETE FROM run_logs WHERE id = ?').run(id).changes > 0
}
