import type { Database } from 'better-sqlite3'
import type { Client, ClientInput, Injury } from '@shared/contract'
import { foldText } from '@shared/fold-text'

interface ClientRow {
  id: number
  name: string
  email: string | null
  phone: string | null
  birth_date: string | null
  goals: string
  weekly_distance_m: number | null
  next_race_name: string | null
  next_race_date: string | null
  next_race_distance_m: number | null
  next_race_target_s: number | null
  notes: string
  status: 'active' | 'archived'
  created_at: string
  updated_at: string
}

/** The one place a clients row becomes a domain object. */
function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    birthDate: row.birth_date,
    goals: row.goals,
    weeklyDistanceM: row.weekly_distance_m,
    nextRaceName: row.next_race_name,
    nextRaceDate: row.next_race_date,
    nextRaceDistanceM: row.next_race_distance_m,
    nextRaceTargetS: row.next_race_target_s,
    notes: row.notes,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

function toParams(input: ClientInput): Record<string, unknown> {
  return {
    name: input.name,
    name_folded: foldText(input.name),
    email: input.email,
    phone: input.phone,
    birth_date: input.birthDate,
    goals: input.goals,
    weekly_distance_m: input.weeklyDistanceM,
    next_race_name: input.nextRaceName,
    next_race_date: input.nextRaceDate,
    next_race_distance_m: input.nextRaceDistanceM,
    next_race_target_s: input.nextRaceTargetS,
    notes: input.notes
  }
}

/** Lists clients by status ('all' for both), ordered by name ignoring accents and case. */
export function listClients(db: Database, status: 'active' | 'archived' | 'all'): Client[] {
  const rows = db
    .prepare<[string, string], ClientRow>(
      `SELECT * FROM clients WHERE (? = 'all' OR status = ?) ORDER BY name_folded, id`
    )
    .all(status, status)
  return rows.map(toClient)
}

/** One client, or undefined when there is none with that id. */
export function getClient(db: Database, id: number): Client | undefined {
  const row = db.prepare<[number], ClientRow>('SELECT * FROM clients WHERE id = ?').get(id)
  return row ? toClient(row) : undefined
}

/** Inserts a client and returns it as stored. */
export function insertClient(db: Database, input: ClientInput, now: string): Client {
  const result = db
    .prepare(
      `INSERT INTO clients (name, name_folded, email, phone, birth_date, goals, weekly_distance_m,
         next_race_name, next_race_date, next_race_distance_m, next_race_target_s, notes, created_at, updated_at)
       VALUES (@name, @name_folded, @email, @phone, @birth_date, @goals, @weekly_distance_m,
         @next_race_name, @next_race_date, @next_race_distance_m, @next_race_target_s, @notes, @now, @now)`
    )
    .run({ ...toParams(input), now })
  return getClient(db, Number(result.lastInsertRowid)) as Client
}

/** Replaces a client's editable fields. */
export function updateClient(db: Database, id: number, input: ClientInput, now: string): void {
  db.prepare(
    `UPDATE clients SET name = @name, name_folded = @name_folded, email = @email, phone = @phone,
       birth_date = @birth_date, goals = @goals, weekly_distance_m = @weekly_distance_m,
       next_race_name = @next_race_name, next_race_date = @next_race_date,
       next_race_distance_m = @next_race_distance_m, next_race_target_s = @next_race_target_s,
       notes = @notes, updated_at = @now WHERE id = @id`
  ).run({ ...toParams(input), now, id })
}

/** Sets a client's status (archive or restore). */
export function setClientStatus(db: Database, id: number, status: 'active' | 'archived', now: string): void {
  db.prepare('UPDATE clients SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id)
}

/** Deletes a client; foreign keys cascade to every record of theirs. */
export function deleteClient(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM clients WHERE id = ?').run(id).changes > 0
}

interface InjuryRow {
  id: number
  client_id: number
  body_area: string
  note: string
  since: string | null
  resolved_on: string | null
}

function toInjury(row: InjuryRow): Injury {
  return {
    id: row.id,
    clientId: row.client_id,
    bodyArea: row.body_area,
    note: row.note,
    since: row.since,
    resolvedOn: row.resolved_on
  }
}

/** A client's injuries, active ones first. */
export function listInjuries(db: Database, clientId: number): Injury[] {
  return db
    .prepare<[number], InjuryRow>(
      'SELECT * FROM injuries WHERE client_id = ? ORDER BY resolved_on IS NOT NULL, since DESC, id'
    )
    .all(clientId)
    .map(toInjury)
}

/** Records an injury for a client. */
export function insertInjury(db: Database, injury: Omit<Injury, 'id'>): Injury {
  const result = db
    .prepare('INSERT INTO injuries (client_id, body_area, note, since, resolved_on) VALUES (?, ?, ?, ?, ?)')
    .run(injury.clientId, injury.bodyArea, injury.note, injury.since, injury.resolvedOn)
  return { ...injury, id: Number(result.lastInsertRowid) }
}
