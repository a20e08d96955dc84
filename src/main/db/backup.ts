import { renameSync, rmSync, statSync } from 'node:fs'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { inspectFileBytes, problemFromError, quickCheck, type FileProblem } from './file-health'

/** Raised inside a long step when the trainer cancelled it; nothing it started is kept. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled.')
  }
}

export interface CopyProgress {
  /** Called after each step with the pages copied so far and the total. */
  onProgress?: (done: number, total: number) => void
  /** Checked after each step; true stops the copy and removes the partial file. */
  isCancelled?: () => boolean
}

/**
 * Copies a live database to `destination` with SQLite's online backup API: a consistent
 * snapshot even while other connections write. The copy is written beside its final name and
 * renamed into place only when whole, so a crash or a cancel never leaves a half backup that
 * looks like a good one.
 */
export async function backupDatabase(
  db: Database,
  destination: string,
  progress: CopyProgress = {}
): Promise<void> {
  const partial = `${destination}.partial`
  rmSync(partial, { force: true })
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (progress.isCancelled?.()) throw new CancelledError()
        progress.onProgress?.(totalPages - remainingPages, totalPages)
        return 100
      }
    })
    // A backup is a file at rest: in rollback-journal mode it opens read-only without leaving
    // -wal and -shm files beside it.
    const copy = new BetterSqlite3(partial, { fileMustExist: true })
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    renameSync(partial, destination)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
}

/** What a backup or another data file holds, checked before Spotter relies on it. */
export interface DatabaseFileFacts {
  sizeBytes: number
  schemaVersion: number
  clients: number
  problem?: FileProblem
}

/**
 * Opens a database file read-only and checks it: its bytes, SQLite's integrity check, its schema
 * version, and how many clients it holds. Never writes to the file.
 */
export function inspectDatabaseFile(file: string, latestVersion: number): DatabaseFileFacts {
  const sizeBytes = statSync(file).size
  const byBytes = inspectFileBytes(file)
  if (byBytes) return { sizeBytes, schemaVersion: 0, clients: 0, problem: byBytes }
  let db: Database | undefined
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
    const problem = quickCheck(db)
    const schemaVersion = db.pragma('user_version', { simple: true }) as number
    if (problem) return { sizeBytes, schemaVersion, clients: 0, problem }
    if (schemaVersion > latestVersion) {
      return {
        sizeBytes,
        schemaVersion,
        clients: 0,
        problem: {
          kind: 'too_new',
          message: `This file was written by a newer Spotter (data format ${schemaVersion}; this one reads up to ${latestVersion}). Update Spotter to open it.`
        }
      }
    }
    const hasClients = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clients'")
      .get()
    if (schemaVersion < 1 || !hasClients) {
      return {
        sizeBytes,
        schemaVersion,
        clients: 0,
        problem: {
          kind: 'not_database',
          message: 'This file is an SQLite database, but not one of Spotter’s.'
        }
      }
    }
    const clients = db.prepare('SELECT count(*) FROM clients').pluck().get() as number
    return { sizeBytes, schemaVersion, clients }
  } catch (error) {
    return { sizeBytes, schemaVersion: 0, clients: 0, problem: problemFromError(error) }
  } finally {
    db?.close()
  }
}
