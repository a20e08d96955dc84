import type { Database } from 'better-sqlite3'
import {
  listGoalsLength,
  type Client,
  type ClientInput,
  type ClientListRow,
  type Injury
} from '@shared/contract'
import { foldText } from '@shared/fold-text'
import { jsonColumn } from './json-column'
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
    tags: jsonColumn<string[]>(row.tags),
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

/**
 * A page of the client list: the columns of the contract's `clientListRowSchema`, what the table
 * shows and nothing else (goals cut to `listGoalsLength` characters), for clients after the
 * cursor in (folded name, id) order.
 *
 * The rows come from the `clients_list` index alone (migrations 0007 and 0008), which holds
 * exactly these columns in that order, the last session, active program and active injuries
 * included (triggers keep those on the client row): no other table and not the bulky clients
 * table is read, nothing is sorted, and each page starts where the last one ended. So a page costs
 * the same at any size of practice (the EXPLAIN QUERY PLAN test holds the query to that plan).
 */
export const clientListSql = `SELECT c.id, c.name,
   CASE WHEN length(c.goals) > ${listGoalsLength} THEN substr(c.goals, 1, ${listGoalsLength - 1}) || '…' ELSE c.goals END,
   c.tags, c.next_race_name, c.next_race_date, c.next_race_distance_m, c.active_program_name,
   c.last_session_date, c.active_injury_areas, c.name_folded
 FROM clients c INDEXED BY clients_list
 WHERE (c.name_folded, c.id) > (@name, @id) AND (@status = 'all' OR c.status = @status)
 ORDER BY c.name_folded, c.id
 LIMIT @limit`

/** The injury areas of the many clients without one: a single list, frozen since rows share it. */
const noInjuries = Object.freeze([]) as unknown as string[]

/** Where a page of the client list ends: the last row's folded name and id. */
export type ClientListCursor = [nameFolded: string, id: number]

/**
 * A list row as SQL returns it: the contract's values with tags as JSON text and active injury
 * areas joined by U+001F (or null), then the folded name for the cursor.
 */
type ClientListSqlRow = unknown[]

/**
 * Up to `limit` clients of one status (or everyone) after `after`, sorted by folded name, as the
 * contract's tuples; `next` is the cursor of the following page, or null after the last. Rows are
 * finished in place: at ten thousand clients a second array per row is a measurable share.
 */
export function listClientPage(
  db: Database,
  status: 'active' | 'archived' | 'all',
  after: ClientListCursor | null,
  limit: number
): { rows: ClientListRow[]; next: ClientListCursor | null } {
  const [name, id] = after ?? ['', 0]
  const rows = statement<[{ name: string; id: number; status: string; limit: number }], ClientListSqlRow>(
    db,
    clientListSql
  )
    .raw(true)
    .all({ name, id, status, limit })
  const last = rows[rows.length - 1]
  const next: ClientListCursor | null =
    last && rows.length === limit ? [last[10] as string, last[0] as number] : null
  // A practice uses a few sets of tags over and over: each is read once a page, not once a row.
  const tagLists = new Map<string, string[]>()
  for (const row of rows) {
    const tagsJson = row[3] as string
    let tags = tagLists.get(tagsJson)
    if (tags === undefined) {
      tags = JSON.parse(tagsJson) as string[]
      tagLists.set(tagsJson, tags)
    }
    row[3] = tags
    row[9] = row[9] === null ? noInjuries : (row[9] as string).split('\x1f')
    // The folded name was only for the cursor.
    row.length = 10
  }
  return { rows: rows as unknown as ClientListRow[], next }
}

/** Every client's name and e-mail, of any status: what tells an imported client from a known one. */
export function listClientIdentities(db: Database): Array<{ name: string; email: string | null }> {
  return statement<[], { name: string; email: string | null }>(db, 'SELECT name, email FROM clients').all()
}

/**
 * How many clients are active and archived: every client counted from the smallest index, the
 * archived ones by a range of the status index, which skips reading each active client's entry
 * as a GROUP BY over the statuses would.
 */
export function clientCounts(db: Database): { active: number; archived: number } {
  const all = statement<[], number>(db, 'SELECT count(*) FROM clients').pluck().get() as number
  const archived = statement<[], number>(db, "SELECT count(*) FROM clients WHERE status = 'archived'")
    .pluck()
    .get() as number
  return { active: all - archived, archived }
}

/** One client, or undefined when there is none with that id. */
export function getClient(db: Database, id: number): Client | undefined {
  const row = statement<[number], ClientRow>(db, 'SELECT * FROM clients WHERE id = ?').get(id)
  return row ? toClient(row) : undefined
}

/** Whether a client with this id exists: the check before writing a client's records, without reading the row. */
export function clientExists(db: Database, id: number): boolean {
  return statement<[number], number>(db, 'SELECT 1 FROM clients WHERE id = ?').pluck().get(id) !== undefined
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
