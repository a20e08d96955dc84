import { existsSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import { backupDatabase } from '../db/backup'
import { openConnection } from '../db/connection'
import {
  inspectFileBytes,
  inspectWriteAccess,
  problemFromError,
  quickCheck,
  type FileProblem
} from '../db/file-health'
import { latestVersion, migrate, migrations, needsBackupBeforeMigrating, schemaVersion } from '../db/migrate'
import { installBuiltins } from '../services/builtins'
import { listBackupFiles, newBackupPath, pruneBackups } from './backups-folder'

export type OpenOutcome = { db: Database; created: boolean } | { problem: FileProblem }

/**
 * Opens the data file for the app, or says why it must not be opened. In order:
 * the bytes (empty, not SQLite, cut short), read and write access, SQLite's quick_check, the
 * schema version; then a backup with SQLite's online backup API before any migration; then the
 * migrations and the built-in library. A missing file is created only when the folder has no
 * backups; otherwise the trainer is asked, because their file was there before.
 * Call it with the data folder's lock held.
 */
export async function openDataFile(
  dataFile: string,
  dataDir: string,
  options: { now?: () => Date; keepBackups?: number; steps?: ReadonlyArray<(db: Database) => void> } = {}
): Promise<OpenOutcome> {
  const now = options.now ?? (() => new Date())
  const steps = options.steps ?? migrations
  const exists = existsSync(dataFile)
  if (!exists && listBackupFiles(dataDir).length > 0) {
    return {
      problem: {
        kind: 'missing',
        message:
          'The data file is gone, but this folder has backups of it. Spotter will not start an empty practice over them.'
      }
    }
  }
  const byBytes = inspectFileBytes(dataFile) ?? inspectWriteAccess(dataFile)
  if (byBytes) return { problem: byBytes }

  let db: Database
  try {
    db = openConnection(dataFile, { mustExist: exists })
  } catch (error) {
    return { problem: problemFromError(error) }
  }
  try {
    const damage = quickCheck(db)
    if (damage) {
      db.close()
      return { problem: damage }
    }
    const version = schemaVersion(db)
    if (version > steps.length) {
      db.close()
      return {
        problem: {
          kind: 'too_new',
          message: `The data file was written by a newer Spotter (data format ${version}; this one reads up to ${latestVersion}). Update Spotter to open it.`
        }
      }
    }
    if (needsBackupBeforeMigrating(db, steps)) {
      await backupDatabase(db, newBackupPath(dataDir, now(), `before-v${version + 1}`))
      if (options.keepBackups) pruneBackups(dataDir, options.keepBackups)
    }
    migrate(db, undefined, steps)
    installBuiltins(db, now().toISOString())
    return { db, created: !exists }
  } catch (error) {
    if (db.open) db.close()
    return { problem: problemFromError(error) }
  }
}
