import { afterEach, beforeEach } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { openDatabase } from '../../src/main/db/connection'
import { migrate, migrations } from '../../src/main/db/migrate'

/** A real Spotter data file in its own temp folder, for tests; `cleanup` closes and removes it. */
export function openTestDatabase(): { db: Database; dir: string; file: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'spotter-test-'))
  const file = join(dir, 'spotter.db')
  const db = openDatabase(file)
  return {
    db,
    dir,
    file,
    cleanup: () => {
      if (db.open) db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/**
 * A fresh data file for each test of the calling file, opened before each test and removed after
 * it; `open` receives its connection, so the file keeps its own `db` variable.
 */
export function useTestDatabase(open: (db: Database) => void): void {
  let cleanup: (() => void) | undefined
  beforeEach(() => {
    const t = openTestDatabase()
    cleanup = t.cleanup
    open(t.db)
  })
  afterEach(() => {
    cleanup?.()
    cleanup = undefined
  })
}

/**
 * A data file as the Spotter before migration `step` left it, in its own temp folder: migrated up
 * to the version just before `step`, foreign keys on. A migration's test fills it the old way,
 * closes it, and opens `file` with `openDatabase` to migrate it; `cleanup` removes the folder.
 */
export function openDatabaseBefore(step: (db: Database) => void): {
  db: Database
  file: string
  version: number
  cleanup: () => void
} {
  const version = migrations.indexOf(step)
  if (version < 0) throw new Error('Not one of the migrations')
  const dir = mkdtempSync(join(tmpdir(), 'spotter-test-'))
  const file = join(dir, 'spotter.db')
  const db = new BetterSqlite3(file)
  db.pragma('foreign_keys = ON')
  migrate(db, undefined, migrations.slice(0, version))
  return {
    db,
    file,
    version,
    cleanup: () => {
      if (db.open) db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
