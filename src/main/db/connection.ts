import BetterSqlite3, { type Database } from 'better-sqlite3'
import { migrate } from './migrate'

/** Opens (creating if needed) the Spotter data file and migrates it to the current schema. */
export function openDatabase(filePath: string): Database {
  const db = new BetterSqlite3(filePath)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    // A page cache of 64 MiB (SQLite's default here is 16): the client list and a long Progress
    // history of a ten-thousand-client practice then stay in memory between visits instead of
    // being read from the file again, which made the list grow faster than the practice.
    db.pragma('cache_size = -65536')
    migrate(db, filePath)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
