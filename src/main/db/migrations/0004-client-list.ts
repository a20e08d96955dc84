import type { Database } from 'better-sqlite3'

/**
 * The client list of everyone ("All") in name order: walking this index gives the rows sorted,
 * where without it SQLite would sort ten thousand clients on every visit. The active and
 * archived lists already walk `clients_status_name`.
 */
export function up(db: Database): void {
  db.exec('CREATE INDEX clients_name ON clients (name_folded)')
}
