import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The folder inside the data folder where Spotter keeps its backups. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups')
}

/** Why a backup was made; shown in the restore list. */
export type BackupReason = 'manual' | 'daily' | 'before-restore' | 'before-import' | `before-v${number}`

/** A backup file as listed in the folder, newest first. */
export interface BackupFile {
  name: string
  path: string
  createdAt: string
  reason: string
  sizeBytes: number
}

const namePattern = /^spotter-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z-([a-z0-9-]+)\.db$/

/** A new backup's file name: the UTC time it was made, to the millisecond, and its reason. */
export function backupFileName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/:/g, '-')
  return `spotter-${stamp}-${reason}.db`
}

/** Every backup in the folder, newest first; files that are not Spotter backups are ignored. */
export function listBackupFiles(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const files: BackupFile[] = []
  for (const name of names) {
    const match = namePattern.exec(name)
    if (!match) continue
    const [, day, h, m, s, ms, reason] = match
    try {
      const sizeBytes = statSync(join(dir, name)).size
      files.push({
        name,
        path: join(dir, name),
        createdAt: `${day}T${h}:${m}:${s}.${ms}Z`,
        reason: reason as string,
        sizeBytes
      })
    } catch {
      // Removed while listing: not a backup any more.
    }
  }
  return files.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

/** The path a new backup goes to, creating the folder on first use. */
export function newBackupPath(dataDir: string, at: Date, reason: BackupReason): string {
  mkdirSync(backupsDir(dataDir), { recursive: true })
  return join(backupsDir(dataDir), backupFileName(at, reason))
}

/** Removes all but the newest `keep` backups; returns the names removed. */
export function pruneBackups(dataDir: string, keep: number): string[] {
  const removed: string[] = []
  for (const file of listBackupFiles(dataDir).slice(Math.max(1, keep))) {
    rmSync(file.path, { force: true })
    rmSync(`${file.path}-wal`, { force: true })
    rmSync(`${file.path}-shm`, { force: true })
    removed.push(file.name)
  }
  return removed
}
