import type { Database } from 'better-sqlite3'
import * as m0001 from './migrations/0001-init'
import * as m0002 from './migrations/0002-domain'
import * as m0003 from './migrations/0003-progress'
import * as m0004 from './migrations/0004-week-plan'
import * as m0005 from './migrations/0005-library-upgrades'
import * as m0006 from './migrations/0006-imports'
import * as m0007 from './migrations/0007-client-list'
import * as m0008 from './migrations/0008-client-list-facts'
import * as m0009 from './migrations/0009-week-plan-history'

/**
 * Append-only list: a shipped migration is never edited, only followed by a new one. Exported so
 * each migration's test can build the version just before it.
 */
export const migrations: ReadonlyArray<(db: Database) => void> = [
  m0001.up,
  m0002.up,
  m0003.up,
  m0004.up,
  m0005.up,
  m0006.up,
  m0007.up,
  m0008.up,
  m0009.up
]

/** The schema version this build of Spotter writes. */
export const latestVersion = migrations.length

/** Raised when the data file was written by a newer Spotter. */
export class DatabaseTooNewError extends Error {}

/** The schema version a database is at now. */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Whether `migrate` would change this database: true for an existing practice at an older
 * version (a brand-new file at version 0 has nothing to protect). The store opener backs such a
 * file up with SQLite's online backup API before migrating it.
 */
export function needsBackupBeforeMigrating(
  db: Database,
  steps: ReadonlyArray<(db: Database) => void> = migrations
): boolean {
  const current = schemaVersion(db)
  return current > 0 && current < steps.length
}

/**
 * Brings the database up to `latestVersion`, each step in its own transaction with its
 * user_version bump. The copy of an existing file is made before this runs (see
 * `needsBackupBeforeMigrating`); `_filePath` is kept so older callers still compile.
 */
export function migrate(
  db: Database,
  _filePath?: string,
  steps: ReadonlyArray<(db: Database) => void> = migrations
): void {
  const target = steps.length
  const current = schemaVersion(db)
  if (current > target) {
    throw new DatabaseTooNewError(
      `This data file was written by a newer Spotter (schema ${current}, this app knows ${target}). Update Spotter to open it.`
    )
  }
  for (let version = current; version < target; version++) {
    const step = steps[version]
    if (!step) break
    db.transaction(() => {
      step(db)
      db.pragma(`user_version = ${version + 1}`)
    })()
  }
}
