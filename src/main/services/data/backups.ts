import { renameSync, rmSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import type { z } from 'zod'
import type { backupInfoSchema } from '@shared/operations/data'
import { backupDatabase, inspectDatabaseFile } from '../../db/backup'
import { openConnection } from '../../db/connection'
import { latestVersion } from '../../db/migrate'
import type { JobContext } from '../../jobs/job-context'
import {
  listBackupFiles,
  newBackupPath,
  pruneBackups,
  type BackupFile,
  type BackupReason
} from '../../store/backups-folder'

export type BackupInfo = z.output<typeof backupInfoSchema>

/** A backup file with what it holds, checked the way a restore checks it. */
export function describeBackup(file: BackupFile): BackupInfo {
  const facts = inspectDatabaseFile(file.path, latestVersion)
  return {
    name: file.name,
    createdAt: file.createdAt,
    reason: file.reason,
    sizeBytes: file.sizeBytes,
    clients: facts.clients,
    schemaVersion: facts.schemaVersion,
    problem: facts.problem?.message ?? null
  }
}

/** Every backup, newest first, each checked. */
export function listBackups(dataDir: string): BackupInfo[] {
  return listBackupFiles(dataDir).map(describeBackup)
}

/** Job: copies the data file into backups/ with the online backup API, then keeps the newest `keep`. */
export async function createBackupJob(
  input: { reason: BackupReason; keep: number; at?: string },
  ctx: JobContext
): Promise<BackupInfo> {
  const db = openConnection(ctx.dataFile, { mustExist: true })
  try {
    const path = newBackupPath(ctx.dataDir, input.at ? new Date(input.at) : new Date(), input.reason)
    await backupDatabase(db, path, {
      onProgress: (done, total) => ctx.progress(done, total, 'Copying the data file'),
      isCancelled: ctx.isCancelled
    })
    // What the copy holds is read from the snapshot's source in the same breath: checking the new
    // file again would read it all a second time, and SQLite's backup API copies pages verbatim.
    const clients = db.prepare('SELECT count(*) FROM clients').pluck().get() as number
    const version = db.pragma('user_version', { simple: true }) as number
    pruneBackups(ctx.dataDir, input.keep)
    const file = listBackupFiles(ctx.dataDir).find((f) => f.path === path)
    if (!file) throw new Error('The backup was removed as soon as it was made; keep at least one backup.')
    return {
      name: file.name,
      createdAt: file.createdAt,
      reason: file.reason,
      sizeBytes: file.sizeBytes,
      clients,
      schemaVersion: version,
      problem: null
    }
  } finally {
    db.close()
  }
}

/** Job: checks a database file (integrity, schema version, clients) without changing it. */
export function inspectFileJob(input: { path: string }): ReturnType<typeof inspectDatabaseFile> {
  return inspectDatabaseFile(input.path, latestVersion)
}

/**
 * Job: puts a checked database file in place of the data file. The copy is made with the online
 * backup API beside the data file and renamed over it only when whole; the caller has closed
 * every connection to the data file first, so no stale WAL can be replayed over the new file.
 */
export async function copyIntoPlaceJob(input: { from: string }, ctx: JobContext): Promise<{ done: true }> {
  const staging = `${ctx.dataFile}.incoming`
  const source = new BetterSqlite3(input.from, { readonly: true, fileMustExist: true })
  try {
    await backupDatabase(source, staging, {
      onProgress: (done, total) => ctx.progress(done, total, 'Putting the backup in place')
    })
  } finally {
    source.close()
  }
  rmSync(`${ctx.dataFile}-wal`, { force: true })
  rmSync(`${ctx.dataFile}-shm`, { force: true })
  renameSync(staging, ctx.dataFile)
  return { done: true }
}
