import type { Database } from 'better-sqlite3'

/**
 * The client list reads this index instead of the clients table: the columns the list shows, in
 * the list's order (folded name, then id). Reading it costs the same per client however long the
 * clients' notes grow, and a page of the list starts where the previous one ended without sorting
 * anything (see `listClientPage`). The status is in the index so each status's list is filtered
 * there too.
 */
export function up(db: Database): void {
  db.exec(`CREATE INDEX clients_list ON clients (name_folded, id, status, name, goals, tags,
    next_race_name, next_race_date, next_race_distance_m)`)
}
