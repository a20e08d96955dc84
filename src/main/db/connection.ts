import BetterSqlite3, { type Database } from 'better-sqlite3'
import { migrate } from './migrate'

/** Sets what every Spotter connection relies on: WAL, full syncs, and foreign keys. */
export function configureConnection(db: Database): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  // A page cache of 64 MiB (SQLite's default here is 16): the client list and a long Progress
  // history of a ten-thousand-client practice then stay in memory between visits instead of
  // being read from the file again, which made the list grow faster than the practice.
  db.pragma('cache_size = -65536')
}

/**
 * Opens a connection to a data file without migrating it. `mustExist` refuses to create a new
 * file, so a file that disappeared is never silently replaced by an empty one.
 */
export function openConnection(
  filePath: string,
  options: { mustExist?: boolean; busyMs?: number } = {}
): Database {
  const db = new BetterSqlite3(filePath, {
    fileMustExist: options.mustExist ?? false,
    timeout: options.busyMs ?? 5000
  })
  try {
    configureConnection(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Opens (creating if needed) a data file and migrates it to the current schema, with no copy
 * first: for tests, benchmarks and brand-new files. The app opens its data through
 * `openDataFile`, which checks the file and backs it up before a migration.
 */
export function openDatabase(filePath: string): Database {
  const db = openConnection(filePath)
  try {
    migrate(db, filePath)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
