import BetterSqlite3, { type Database } from 'better-sqlite3'
import { migrate } from './migrate'

/** Opens (creating if needed) the Spotter data file and migrates it to the current schema. */
export function openDatabase(filePath: string): Database {
  const db = new BetterSqlite3(filePath)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    migrate(db, filePath)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
