import type { Database } from 'better-sqlite3'

/**
 * The client list reads this index instead of the clients table: the columns the list shows, in
 * id order within each status. Reading it costs the same per client however long the clients'
 * notes grow, and walking clients in id order looks up their sessions, programs and injuries in
 * the order those indexes are stored, so each lookup finds its pages already in memory. The
 * list then sorts the rows by name (see `clientListSql`).
 */
export function up(db: Database): void {
  db.exec(`CREATE INDEX clients_list ON clients (status, id, name_folded, name, goals, tags,
    next_race_name, next_race_date, next_race_distance_m)`)
}
