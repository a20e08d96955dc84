import { afterEach, beforeEach } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { openDatabase } from '../../src/main/db/connection'

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
