import type { Database } from 'better-sqlite3'
import type { Client, ClientInput, ClientSummary, Injury } from '@shared/contract'
import { foldText } from '@shared/fold-text'
import { statement } from './statements'

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
  sex: Client['sex']
  height_m: number | null
  tags: string
  priority: Client['priority']
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
    sex: row.sex,
    heightM: row.height_m,
    tags: JSON.parse(row.tags),
    priority: row.priority,
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
    notes: input.notes,
    sex: input.sex,
    height_m: input.heightM,
    tags: JSON.stringify(input.tags),
    priority: input.priority
  }
}

interface ClientSummaryRow extends ClientRow {
  active_program_id: number | null
  active_program_name: string | null
  last_session_date: string | null
  active_injury_areas: string | null
}

/**
 * The client list with what each row shows about training, in one query: the active program,
 * the last session and active injuries come from indexed lookups per client.
 */
export function listClientSummaries(db: Database, status: 'active' | 'archived' | 'all'): ClientSummary[] {
  const rows = statement<[string, string], ClientSummaryRow>(
    db,
    `SELECT c.*, p.id AS active_program_id, p.name AS active_program_name,
       (SELECT max(s.date) FROM sessions s WHERE s.client_id = c.id) AS last_session_date,
       (SELECT group_concat(i.body_area, char(31)) FROM injuries i
         WHERE i.client_id = c.id AND i.resolved_on IS NULL) AS active_injury_areas
     FROM clients c
     LEFT JOIN programs p ON p.client_id = c.id AND p.status = 'active'
     WHERE (? = 'all' OR c.status = ?)
     ORDER BY c.name_folded, c.id`
  ).all(status, status)
  return rows.map((row) => ({
    ...toClient(row),
    activeProgramId: row.active_program_id,
    activeProgramName: row.active_program_name,
    lastSessionDate: row.last_session_date,
    activeInjuryAreas: row.active_injury_areas ? row.active_injury_areas.split('\x1f') : []
  }))
}

/** One client, or undefined when there is none with that id. */
export function getClient(db: Database, id: number): Client | undefined {
  const row = statement<[number], ClientRow>(db, 'SELECT * FROM clients WHERE id = ?').get(id)
  return row ? toClient(row) : undefined
}

/** Inserts a client and returns it as stored. */
export function insertClient(db: Database, input: ClientInput, now: string): Client {
  const result = statement(
    db,
    `INSERT INTO clients (name, name_folded, email, phone, birth_date, goals, weekly_distance_m,
       next_race_name, next_race_date, next_race_distance_m, next_race_target_s, notes, sex, height_m, tags,
       priority, created_at, updated_at)
     VALUES (@name, @name_folded, @email, @phone, @birth_date, @goals, @weekly_distance_m,
       @next_race_name, @next_race_date, @next_race_distance_m, @next_race_target_s, @notes, @sex, @height_m, @tags,
       @priority, @now, @now)`
  ).run({ ...toParams(input), now })
  return getClient(db, Number(result.lastInsertRowid)) as Client
}

/** Replaces a client's editable fields. */
export function updateClient(db: Database, id: number, input: ClientInput, now: string): void {
  statement(
    db,
    `UPDATE clients SET name = @name, name_folded = @name_folded, email = @email, phone = @phone,
       birth_date = @birth_date, goals = @goals, weekly_distance_m = @weekly_distance_m,
       next_race_name = @next_race_name, next_race_date = @next_race_date,
       next_race_distance_m = @next_race_distance_m, next_race_target_s = @next_race_target_s,
       notes = @notes, sex = @sex, height_m = @height_m, tags = @tags, priority = @priority, updated_at = @now
     WHERE id = @id`
  ).run({ ...toParams(input), now, id })
}

/** Sets a client's status (archive or restore). */
export function setClientStatus(db: Database, id: number, status: 'active' | 'archived', now: string): void {
  statement(db, 'UPDATE clients SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id)
}

/** Deletes a client; foreign keys cascade to every record of theirs. */
export function deleteClient(db: Database, id: number): boolean {
  return statement(db, 'DELETE FROM clients WHERE id = ?').run(id).changes > 0
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
  return statement<[number], InjuryRow>(
    db,
    'SELECT * FROM injuries WHERE client_id = ? ORDER BY resolved_on IS NOT NULL, since DESC, id'
  )
    .all(clientId)
    .map(toInjury)
}

/** Records an injury for a client. */
export function insertInjury(db: Database, injury: Omit<Injury, 'id'>): Injury {
  const result = statement(
    db,
    'INSERT INTO injuries (client_id, body_area, note, since, resolved_on) VALUES (?, ?, ?, ?, ?)'
  ).run(injury.clientId, injury.bodyArea, injury.note, injury.since, injury.resolvedOn)
  return { ...injury, id: Number(result.lastInsertRowid) }
}

/** One injury, or undefined. */
export function getInjury(db: Database, id: number): Injury | undefined {
  const row = statement<[number], InjuryRow>(db, 'SELECT * FROM injuries WHERE id = ?').get(id)
  return row ? toInjury(row) : undefined
}

/** Replaces an injury's fields (its client never changes). */
export function updateInjury(db: Database, injury: Omit<Injury, 'clientId'>): void {
  statement(db, 'UPDATE injuries SET body_area = ?, note = ?, since = ?, resolved_on = ? WHERE id = ?').run(
    injury.bodyArea,
    injury.note,
    injury.since,
    injury.resolvedOn,
    injury.id
  )
}

/** Removes an injury record entered by mistake. */
export function deleteInjury(db: Database, id: number): boolean {
  return statement(db, 'DELETE FROM injuries WHERE id = ?').run(id).changes > 0
}
